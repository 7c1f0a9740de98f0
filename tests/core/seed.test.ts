/**
 * The seed corpus (rules.md §4): the faithful transcription of the seed's 13 project tables reports every seed example of
 * rules.md §3 at its cell with its rule id; corrected copies report no error and no warning.
 */
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { correctedSeedTables } from '../fixtures/seed/seed-corrected';
import { buildSeedGrid, type SeedLocator } from '../fixtures/seed/build-seed-grid';
import {
  SEED_EXPECTATIONS,
  SEED_IMPLIED,
  SEED_MUST_NOT,
  isHeaderExpectation,
  type SeedCellRef,
  type SeedExpectation,
} from '../fixtures/seed/seed-expectations';
import { checkWorkbook, toA1, type CellAddress, type Diagnostic } from '../../src/core';

const seed = buildSeedGrid(SEED_TABLES);
const result = checkWorkbook([seed.grid]);

function cellOf(locate: SeedLocator, table: number, ref: SeedCellRef): CellAddress {
  return 'header' in ref ? locate.header(table, ref.header) : locate.row(table, ref.row, ref.column);
}

function cellsOf(e: SeedExpectation): string[] {
  const main = isHeaderExpectation(e)
    ? cellOf(seed.locate, e.table, { header: e.header })
    : cellOf(seed.locate, e.table, e);
  return [main, ...(e.alsoAcceptable ?? []).map((r) => cellOf(seed.locate, e.table, r))].map(toA1);
}

function describeExpectation(e: SeedExpectation): string {
  const where = isHeaderExpectation(e) ? e.header : `${e.row} / ${e.column}`;
  return `T${e.table} ${where} → ${e.rule}`;
}

function findingsAt(cells: string[], rule: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.ruleId === rule && cells.includes(toA1(d.cell)));
}

describe('seed corpus: the faithful workbook', () => {
  it('finds the 13 project tables in the seed layout', () => {
    expect(result.tables).toHaveLength(13);
    expect(result.tables.every((t) => t.layout === 'project-seed' && t.profile === '88')).toBe(true);
    result.tables.forEach((t, i) => {
      const r = seed.locate.tableRange(i + 1);
      expect(t.range.top).toBe(r.top);
      expect(t.range.bottom).toBe(r.bottom);
      expect(t.title.startsWith(`${i + 1}.`)).toBe(true);
    });
  });

  it('reads every indicator row of every table (9 each, T13 truncated to 7)', () => {
    expect(result.read.map((t) => t.rows.length)).toEqual([9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 7]);
  });

  it.each(SEED_EXPECTATIONS.map((e) => [describeExpectation(e), e] as const))('reports %s', (_name, e) => {
    const found = findingsAt(cellsOf(e), e.rule);
    expect(found.map((d) => `${toA1(d.cell)} ${d.ruleId}`)).not.toEqual([]);
    expect(found.some((d) => d.severity === e.severity)).toBe(true);
  });

  it.each(SEED_IMPLIED.map((e) => [describeExpectation(e), e] as const))(
    'also reports (implied by the rule text) %s',
    (_name, e) => {
      expect(findingsAt(cellsOf(e), e.rule)).not.toEqual([]);
    },
  );

  it.each(SEED_MUST_NOT.map((e) => [describeExpectation(e), e] as const))(
    'does not report %s',
    (_name, e) => {
      expect(findingsAt(cellsOf(e), e.rule)).toEqual([]);
    },
  );

  it('puts every finding inside a table, on a real cell, with a rendered message', () => {
    for (const d of result.diagnostics) {
      const t = result.tables[d.table];
      expect(d.cell.row).toBeGreaterThanOrEqual(t.range.top);
      expect(d.cell.row).toBeLessThanOrEqual(t.range.bottom);
      expect(d.message).not.toMatch(/\{\{/);
    }
  });

  it('gives the same findings in English, with English messages', () => {
    const en = checkWorkbook([seed.grid], { locale: 'en-US' });
    expect(en.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId} ${d.messageId}`)).toEqual(
      result.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId} ${d.messageId}`),
    );
    expect(en.diagnostics.find((d) => d.ruleId === 'direction')!.message).toMatch(/lower|higher/);
  });
});

describe('seed corpus: the corrected tables', () => {
  const corrected = buildSeedGrid(correctedSeedTables());
  const fixed = checkWorkbook([corrected.grid]);

  it('still finds 13 tables', () => {
    expect(fixed.tables).toHaveLength(13);
  });

  it('report no error and no warning', () => {
    const bad = fixed.diagnostics.filter((d) => d.severity !== 'info');
    expect(bad.map((d) => `T${d.table + 1} ${toA1(d.cell)} ${d.ruleId}: ${d.message}`)).toEqual([]);
  });
});
