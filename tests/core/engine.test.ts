/** The engine's fix application and the `recommended` preset. */
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { table88 } from '../support/tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { RECOMMENDED, RULES, applyFixes, checkWorkbook, toA1, type Diagnostic } from '../../src/core';

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

describe('the order of findings', () => {
  const sev = { error: 0, warning: 1, info: 2 };
  const key = (d: {
    cell: { row: number; col: number };
    severity: 'error' | 'warning' | 'info';
    ruleId: string;
  }) => [d.cell.row, d.cell.col, sev[d.severity], d.ruleId] as const;
  const before = (a: readonly (number | string)[], b: readonly (number | string)[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return true;
  };

  it('is by sheet (in the order given), then row, column, severity and rule', () => {
    const two = [
      { ...seed, sheet: 'B' },
      { ...seed, sheet: 'A' },
    ];
    const r = checkWorkbook(two);
    expect(r.diagnostics.length).toBe(2 * checkWorkbook([seed]).diagnostics.length);
    const sheets = r.diagnostics.map((d) => d.sheet);
    expect(sheets.indexOf('A')).toBe(sheets.lastIndexOf('B') + 1);
    for (let i = 1; i < r.diagnostics.length; i++) {
      const a = r.diagnostics[i - 1];
      const b = r.diagnostics[i];
      if (a.sheet === b.sheet) expect(before(key(a), key(b))).toBe(true);
    }
  });

  it('keeps every finding exactly once: the union of the rules run one by one', () => {
    const id = (d: Diagnostic) => `${toA1(d.cell)} ${d.ruleId} ${d.messageId} ${d.message}`;
    const all = checkWorkbook([seed]).diagnostics.map(id);
    const oneByOne = RULES.flatMap((r) => checkWorkbook([seed], { only: [r.id] }).diagnostics.map(id));
    expect(all.length).toBeGreaterThan(300);
    expect([...all].sort()).toEqual(oneByOne.sort());
  });
});

describe('中期 values of 88号 layouts', () => {
  it('are checked by the rules about one value, with findings at the 中期 cells', () => {
    const r = checkWorkbook([table88({ set: { D13: '360百分比', D14: '≤95%', D19: '持续影响' } })]);
    const at = (a1: string) =>
      r.diagnostics
        .filter((d) => toA1(d.cell) === a1)
        .map((d) => d.ruleId)
        .sort();
    expect(at('D13')).toEqual([
      'unit-category-mismatch',
      'unit-name-mismatch',
      'value-normalize',
      'value-operator-missing',
      'value-range',
    ]);
    expect(at('D14')).toEqual(['direction']);
    expect(at('D19')).toEqual(['value-qualitative-vague']);
  });

  it('report nothing on the clean 88号 table', () => {
    expect(checkWorkbook([table88()]).diagnostics.filter((d) => d.cell.col === 3)).toEqual([]);
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
