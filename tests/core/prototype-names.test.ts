/**
 * Cell texts that are names on Object.prototype ("constructor", "toString", "__proto__" …) are plain text: no label
 * table, vocabulary or memo may answer them with an inherited property.
 */
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { checkWorkbook, renderMessage, type Grid } from '../../src/core';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
const seed = buildSeedGrid(SEED_TABLES.slice(0, 2)).grid;

/** The cells of the seed's indicator rows and header values, by field (as the reader finds them). */
const FIELDS: Record<string, { row: number; col: number }[]> = {};
for (const t of checkWorkbook([seed]).read) {
  const add = (k: string, c: { row: number; col: number } | undefined) => c && (FIELDS[k] ??= []).push(c);
  for (const r of t.rows) {
    add('level1', r.level1.cell);
    add('level2', r.level2.cell);
    add('level3', r.level3.cell);
    add('value', r.value.cell);
    add('description', r.description?.cell);
    add('basis', r.basis?.cell);
  }
  for (const [k, f] of Object.entries(t.header)) add(`header.${k}`, f?.cell);
  for (const f of t.plan ?? []) add('plan', f.cell);
}

/** The seed grid with the cells of one field replaced by `text`. */
function withField(field: string, text: string): Grid {
  const cells = seed.cells.map((row) => row?.slice());
  for (const { row, col } of FIELDS[field]) {
    const r = (cells[row] ??= []);
    while (r.length <= col) r.push(null);
    r[col] = { value: text, text };
  }
  return { ...seed, cells };
}

describe('texts that are Object.prototype names', () => {
  it('the seed has the fields replaced below', () => {
    expect(Object.keys(FIELDS).length).toBeGreaterThan(10);
  });

  it.each(NAMES)('%s in any field: no inherited value leaks into a finding', (name) => {
    for (const field of Object.keys(FIELDS)) {
      const r = checkWorkbook([withField(field, name)]);
      for (const d of r.diagnostics) {
        const texts = [
          d.message,
          renderMessage(d, 'en-US'),
          d.fix?.value ?? '',
          ...d.suggestions.map((s) => `${s.message} ${s.edit.value}`),
          ...Object.values(d.data).map(String),
        ];
        for (const t of texts) expect(t).not.toMatch(/native code|\[object |function |=>/);
      }
      for (const t of r.read)
        for (const row of t.rows) {
          expect(typeof (row.level1.canonical ?? '')).toBe('string');
          expect(typeof (row.level2.canonical ?? '')).toBe('string');
        }
    }
  });
});
