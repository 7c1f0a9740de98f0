/** The engine's fix application and the `recommended` preset. */
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { RECOMMENDED, RULES, applyFixes, checkWorkbook, toA1 } from '../../src/core';

const seed = buildSeedGrid(SEED_TABLES).grid;

describe('applyFixes', () => {
  const before = checkWorkbook([seed]);
  const fixable = before.diagnostics.filter((d) => d.fix);
  const snapshot = JSON.stringify(seed);
  const { grids, applied } = applyFixes([seed], before.diagnostics);
  const after = checkWorkbook(grids);

  it('applies one edit per fixable cell and leaves the input grid untouched', () => {
    expect(fixable.length).toBeGreaterThan(100);
    expect(applied).toBe(new Set(fixable.map((d) => `${d.sheet}!${toA1(d.cell)}`)).size);
    expect(JSON.stringify(seed)).toBe(snapshot);
  });

  it('writes exactly the fix values, and no fixed finding comes back', () => {
    for (const d of fixable) expect(grids[0].cells[d.cell.row]?.[d.cell.col]?.text).toBe(d.fix!.value);
    const again = after.diagnostics.filter((d) =>
      fixable.some((f) => f.ruleId === d.ruleId && toA1(f.cell) === toA1(d.cell)),
    );
    expect(again.map((d) => `${toA1(d.cell)} ${d.ruleId}`)).toEqual([]);
  });

  it('changes no other cell', () => {
    const fixed = new Set(fixable.map((d) => `${d.cell.row}:${d.cell.col}`));
    seed.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!fixed.has(`${r}:${col}`)) expect(grids[0].cells[r]?.[col]?.text ?? '').toBe(c?.text ?? '');
      }),
    );
  });
});

describe('the recommended preset', () => {
  it('names every rule at its default severity, and checking with it equals checking without a config', () => {
    expect(Object.keys(RECOMMENDED).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const r of RULES) expect(RECOMMENDED[r.id]).toBe(r.defaultSeverity);
    const key = (r: ReturnType<typeof checkWorkbook>) =>
      r.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId} ${d.messageId}`);
    // the same findings; a rule's per-finding variant (e.g. a warning for an empty 依据) yields to an explicit setting
    expect(key(checkWorkbook([seed], { config: { rules: RECOMMENDED } }))).toEqual(
      key(checkWorkbook([seed])),
    );
  });
});
