/**
 * Small builders of realistic grids for rule tests. Every builder returns a CLEAN table by default
 * (no error, no warning, no info under the recommended preset), so that a test case varies only what
 * it tests.
 *
 * Seed layout (`seedTable`, domain.md §1d F; mirrors tests/fixtures/seed/build-seed-grid.ts), 7 columns
 * A..G, Excel rows as the tests name them:
 *
 *   1   A1 title (A1:G1)                       "1.2021年法律援助办案经费绩效目标表"
 *   2   A2 unit line (A2:E2)                   | F2 单位：万元 (F2:G2)
 *   3   A3 项目编码 | B3 code (B3:C3)           | D3 项目名称 | E3 name (E3:G3)
 *   4   A4 预算规模及资金用途 (A4:A5) | B4 预算数 | C4 budget | D4 其中：财政    资金 | E4 fiscal | F4 其他资金 | G4 other
 *   5   B5 purpose (B5:G5)
 *   6   A6 资金支出计划（%） (A6:A7) | B6 3月底 | C6 6月底 | D6 10月底 | E6 12月底
 *   7   B7..E7 the four cumulative percents
 *   8   A8 绩效目标 | B8 goals (B8:G8)
 *   9   A9 一级指标 | B9 二级指标 | C9 三级指标 | D9 绩效指标描述 | E9 指标值 | F9 指标值确定依据
 *   10… one indicator row per row: A 一级 | B 二级 | C 三级 | D 描述 | E 指标值 | F 依据
 *
 * With the default rows (CLEAN_ROWS) the indicator rows are 10..17:
 *   10 数量 法律援助案件办理数 ≥120件     14 经济效益 为受援群众挽回经济损失金额 ≥50万元
 *   11 质量 法律援助案件办结率 ≥95%       15 社会效益 矛盾纠纷调解成功率 ≥95%
 *   12 时效 法律援助案件指派及时率 =100%  16 可持续影响 法律援助工作站覆盖率 ≥90%
 *   13 成本 项目总成本 ≤20万元            17 满意度 服务对象满意度 ≥90%
 *
 * `indicatorTable(rows)`: only the grid header on row 1 (A1..F1) and the rows from row 2 (C2 = 三级,
 * E2 = 指标值). Use it for rules that look at the indicator rows only.
 */
import type { CellRect } from '../../src/core/model/address';
import { fromA1 } from '../../src/core/model/address';
import type { Grid, GridCell } from '../../src/core/model/grid';
import { SEED_LABELS, type SeedTable } from '../fixtures/seed/seed-tables';

/** One indicator row: 一级, 二级, 三级, 描述, 指标值, 依据 (missing trailing cells are blank). */
export type Row = readonly string[];

/** Header fields of a seed-layout table: those of the seed fixture's tables. */
export type SeedHeader = Omit<SeedTable, 'no' | 'rows'>;

export const SATISFACTION_DESC = '抽样问卷调查中表示满意和基本满意的受访者人数占受访者总人数的比例';

export const CLEAN_HEADER: SeedHeader = Object.freeze({
  title: '1.2021年法律援助办案经费绩效目标表',
  unit: '315001司法部门秦皇岛市山海关区司法局本级',
  code: '13030321Y30U53UWH2HAS',
  name: '2021年法律援助办案经费',
  budget: '20.00',
  fiscal: '20.00',
  other: '0.00',
  purpose: '用于法律援助案件办理补贴和法律援助工作站运转',
  plan: Object.freeze(['25%', '50%', '80%', '100%']) as unknown as SeedHeader['plan'],
  goals: '1.全年办理法律援助案件不少于120件，案件办结率不低于95%\n2.受援群众满意度不低于90%',
});

/** The clean profile-88 rows: every 一级 block, blank 一级 cells under the first of each block (as in the seed). */
// prettier-ignore
export const CLEAN_ROWS: readonly Row[] = Object.freeze([
  ['产出指标', '数量指标', '法律援助案件办理数', '年度内受理并办结的法律援助案件件数', '≥120件', '年初工作计划'],
  ['', '质量指标', '法律援助案件办结率', '年度办结的法律援助案件数占受理案件数的比例', '≥95%', '历史标准'],
  ['', '时效指标', '法律援助案件指派及时率', '在规定时限内完成指派的案件数占受理案件数的比例', '=100%', '行业标准'],
  ['', '成本指标', '项目总成本', '全年项目实际支出金额，不超过年度预算', '≤20万元', '预算支出标准'],
  ['效益指标', '经济效益指标', '为受援群众挽回经济损失金额', '通过法律援助为受援群众避免或挽回的经济损失合计', '≥50万元', '历史标准'],
  ['', '社会效益指标', '矛盾纠纷调解成功率', '调解成功的矛盾纠纷件数占受理纠纷件数的比例', '≥95%', '行业标准'],
  ['', '可持续影响指标', '法律援助工作站覆盖率', '设立法律援助工作站的乡镇和街道数占乡镇和街道总数的比例', '≥90%', '计划标准'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', SATISFACTION_DESC, '≥90%', '历史标准'],
]);

/** The clean profile-101 rows: 成本指标 is the first 一级 (rows 10..16 in a seed-layout table). */
// prettier-ignore
export const CLEAN_ROWS_101: readonly Row[] = Object.freeze([
  ['成本指标', '经济成本指标', '项目总成本', '全年项目实际支出金额，不超过年度预算', '≤20万元', '预算支出标准'],
  ['产出指标', '数量指标', '法律援助案件办理数', '年度内受理并办结的法律援助案件件数', '≥120件', '年初工作计划'],
  ['', '质量指标', '法律援助案件办结率', '年度办结的法律援助案件数占受理案件数的比例', '≥95%', '历史标准'],
  ['', '时效指标', '法律援助案件指派及时率', '在规定时限内完成指派的案件数占受理案件数的比例', '=100%', '行业标准'],
  ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '调解成功的矛盾纠纷件数占受理纠纷件数的比例', '≥95%', '行业标准'],
  ['', '可持续影响指标', '法律援助工作站覆盖率', '设立法律援助工作站的乡镇和街道数占乡镇和街道总数的比例', '≥90%', '计划标准'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', SATISFACTION_DESC, '≥90%', '历史标准'],
]);

export const GRID_HEADER: readonly string[] = SEED_LABELS.gridHeader;

/** Rows of a seed-layout table above its first indicator row. */
export const SEED_HEADER_ROWS = 9;
/** Blank rows between stacked tables. */
export const STACK_GAP = 2;

// ---- a tiny sheet writer ----------------------------------------------------------------------------

const AMOUNT_RE = /^\d+(?:\.\d+)?$/;

function textCell(text: string): GridCell | null {
  return text === '' ? null : { value: text, text };
}

/** Amounts as Excel holds them: a number with format 0.00 and its displayed text; other text as text. */
function amountCell(text: string): GridCell | null {
  if (text === '') return null;
  if (!AMOUNT_RE.test(text)) return { value: text, text };
  return { value: Number(text), text, numberFormat: '0.00' };
}

/** A tiny sheet writer (also used by tests/fixtures/seed/build-seed-grid.ts). */
export class Sheet {
  readonly cells: (GridCell | null)[][] = [];
  readonly merges: CellRect[] = [];

  put(row: number, col: number, cell: GridCell | null): void {
    while (this.cells.length <= row) this.cells.push([]);
    const r = this.cells[row];
    while (r.length <= col) r.push(null);
    r[col] = cell;
  }

  text(row: number, col: number, text: string | undefined): void {
    this.put(row, col, textCell(text ?? ''));
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** Overrides cells by A1 address ('' empties the cell); every value is written as text. */
  set(cells: Readonly<Record<string, string>> | undefined, rowOffset = 0): void {
    for (const [a1, v] of Object.entries(cells ?? {})) {
      const at = fromA1(a1);
      if (!at) throw new Error(`tables: bad cell address "${a1}"`);
      this.text(at.row + rowOffset, at.col, v);
    }
  }

  grid(sheet: string): Grid {
    return { sheet, cells: this.cells, merges: this.merges };
  }
}

// ---- seed layout --------------------------------------------------------------------------------------

export interface SeedTableOptions {
  /** Sheet name (default "绩效目标"). */
  readonly sheet?: string;
  /** Header fields to override; the rest are CLEAN_HEADER's. */
  readonly header?: Partial<SeedHeader>;
  /** The indicator rows (default CLEAN_ROWS, or CLEAN_ROWS_101 with profile '101'). */
  readonly rows?: readonly Row[];
  /** Which clean rows to start from when `rows` is not given. */
  readonly profile?: '88' | '101';
  /** Merge each 一级 (and a 二级 spanning several rows) over its blank continuation cells, as the templates do. */
  readonly mergeLevels?: boolean;
  /** Last-word cell overrides by A1 address, relative to the table's own first row ('' empties a cell). */
  readonly set?: Readonly<Record<string, string>>;
  /** Leave out these header rows entirely (e.g. ['code'] for a table without 项目编码). */
  readonly omit?: ReadonlyArray<'title' | 'unit' | 'code' | 'budget' | 'plan' | 'goals'>;
}

/** Writes one seed-layout table at sheet row `top` (0-based); returns the number of rows it takes. */
export function writeSeedTable(s: Sheet, top: number, o: SeedTableOptions): number {
  const h: SeedHeader = { ...CLEAN_HEADER, ...o.header };
  const rows = o.rows ?? (o.profile === '101' ? CLEAN_ROWS_101 : CLEAN_ROWS);
  const omit = new Set(o.omit ?? []);
  const r = top;
  if (!omit.has('title')) {
    s.text(r, 0, h.title);
    s.merge(r, 0, r, 6);
  }
  if (!omit.has('unit')) {
    s.text(r + 1, 0, h.unit);
    s.merge(r + 1, 0, r + 1, 4);
    s.text(r + 1, 5, SEED_LABELS.unitOfMoney);
    s.merge(r + 1, 5, r + 1, 6);
  }
  if (!omit.has('code')) {
    s.text(r + 2, 0, SEED_LABELS.code);
    s.text(r + 2, 1, h.code);
    s.merge(r + 2, 1, r + 2, 2);
  }
  s.text(r + 2, 3, SEED_LABELS.name);
  s.text(r + 2, 4, h.name);
  s.merge(r + 2, 4, r + 2, 6);
  if (!omit.has('budget')) {
    s.text(r + 3, 0, SEED_LABELS.budgetBlock);
    s.merge(r + 3, 0, r + 4, 0);
    s.text(r + 3, 1, SEED_LABELS.budget);
    s.put(r + 3, 2, amountCell(h.budget));
    s.text(r + 3, 3, SEED_LABELS.fiscal);
    s.put(r + 3, 4, amountCell(h.fiscal));
    s.text(r + 3, 5, SEED_LABELS.other);
    s.put(r + 3, 6, amountCell(h.other));
    s.text(r + 4, 1, h.purpose);
    s.merge(r + 4, 1, r + 4, 6);
  }
  if (!omit.has('plan')) {
    s.text(r + 5, 0, SEED_LABELS.plan);
    s.merge(r + 5, 0, r + 6, 0);
    SEED_LABELS.planColumns.forEach((label, i) => s.text(r + 5, 1 + i, label));
    h.plan.forEach((p, i) => s.text(r + 6, 1 + i, p));
  }
  if (!omit.has('goals')) {
    s.text(r + 7, 0, SEED_LABELS.goals);
    s.text(r + 7, 1, h.goals);
    s.merge(r + 7, 1, r + 7, 6);
  }
  GRID_HEADER.forEach((t, i) => s.text(r + 8, i, t));
  writeRows(s, r + SEED_HEADER_ROWS, rows, o.mergeLevels ?? false);
  s.set(o.set, top);
  return SEED_HEADER_ROWS + rows.length;
}

/** Writes indicator rows from sheet row `first`; with `merge`, blank 一级/二级 continuation cells are merged into the cell above. */
function writeRows(s: Sheet, first: number, rows: readonly Row[], merge: boolean): void {
  rows.forEach((row, i) => row.forEach((v, c) => s.text(first + i, c, v)));
  if (!merge) return;
  for (const col of [0, 1]) {
    let start = -1;
    for (let i = 0; i <= rows.length; i++) {
      const v = i < rows.length ? (rows[i][col] ?? '') : '<end>';
      // a blank 二级 continues only while its 一级 is blank too
      const continues = v === '' && (col === 0 || (rows[i][0] ?? '') === '');
      if (continues && start >= 0) continue;
      if (start >= 0 && i - 1 > start) s.merge(first + start, col, first + i - 1, col);
      start = v === '' ? -1 : i;
    }
  }
}

/** One seed-layout table on its own sheet. Clean by default. */
export function seedTable(o: SeedTableOptions = {}): Grid {
  const s = new Sheet();
  writeSeedTable(s, 0, o);
  return s.grid(o.sheet ?? '绩效目标');
}

/**
 * Several seed-layout tables stacked on one sheet, STACK_GAP blank rows apart (as in the seed). With the
 * default rows each table takes 17 rows: table k (0-based) starts at Excel row 1 + 19·k, its first indicator
 * row is 10 + 19·k (table 2: title A20, indicator rows 29..36). Each table's `set` is relative to its own first row.
 */
export function seedSheet(tables: readonly SeedTableOptions[], sheet = '绩效目标'): Grid {
  const s = new Sheet();
  let top = 0;
  for (const t of tables) top += writeSeedTable(s, top, t) + STACK_GAP;
  return s.grid(sheet);
}

/** Only the grid: header row 1 (A1..F1), indicator rows from row 2. */
export function indicatorTable(
  rows: readonly Row[],
  o: { sheet?: string; mergeLevels?: boolean; header?: readonly string[] } = {},
): Grid {
  const s = new Sheet();
  (o.header ?? GRID_HEADER).forEach((t, i) => s.text(0, i, t));
  writeRows(s, 1, rows, o.mergeLevels ?? false);
  return s.grid(o.sheet ?? 'Sheet1');
}

/** One row builder for the common case: a 三级 under a 二级 with a value (描述 and 依据 filled sensibly). */
export function row(
  level1: string,
  level2: string,
  level3: string,
  value: string,
  basis = '计划标准',
  description?: string,
): Row {
  return [level1, level2, level3, description ?? `${level3}的统计口径与计算方法`, value, basis];
}

// ---- split 符号 | 值 | 单位 columns ----------------------------------------------------------------

/** One row of a split-column grid: 一级, 二级, 三级, 符号, 值, 单位. */
export type SplitRow = readonly [string, string, string, string, string, string];

/**
 * A grid whose value is split into 符号 | 值 | 单位 columns (domain.md §1b-2): header row 1
 * A 一级指标 | B 二级指标 | C 三级指标 | D 符号 | E 值 | F 单位; rows from row 2. The value is reported at the 值 cell (E).
 * With `subHeader`, row 1 has a merged 指标值 over D1:F1 and row 2 the sub-headers 符号 | 值 | 单位; rows start at row 3.
 */
export function splitTable(rows: readonly SplitRow[], o: { sheet?: string; subHeader?: boolean } = {}): Grid {
  const s = new Sheet();
  let first = 1;
  if (o.subHeader) {
    ['一级指标', '二级指标', '三级指标', '指标值'].forEach((t, i) => s.text(0, i, t));
    s.merge(0, 3, 0, 5);
    ['符号', '值', '单位'].forEach((t, i) => s.text(1, 3 + i, t));
    first = 2;
  } else ['一级指标', '二级指标', '三级指标', '符号', '值', '单位'].forEach((t, i) => s.text(0, i, t));
  writeRows(s, first, rows, false);
  return s.grid(o.sheet ?? 'Sheet1');
}

// ---- 88号 附件 layout (中期/年度 columns) ------------------------------------------------------------

export interface Table88Header {
  readonly title: string;
  readonly year: string;
  readonly name: string;
  readonly unit: string;
  readonly implementer: string;
  readonly midBudget: string;
  readonly midFiscal: string;
  readonly midOther: string;
  readonly budget: string;
  readonly fiscal: string;
  readonly other: string;
  readonly midGoals: string;
  readonly goals: string;
}

export const CLEAN_HEADER_88: Table88Header = Object.freeze({
  title: '项目支出绩效目标申报表',
  year: '（2024年度）',
  name: '法律援助办案经费',
  unit: '[017]金寨县司法局',
  implementer: '金寨县法律援助中心',
  midBudget: '60.00',
  midFiscal: '60.00',
  midOther: '0.00',
  budget: '20.00',
  fiscal: '20.00',
  other: '0.00',
  midGoals: '2024—2026年办理法律援助案件不少于360件，受援群众满意度不低于90%',
  goals: '全年办理法律援助案件不少于120件，案件办结率不低于95%，受援群众满意度不低于90%',
});

/** One row of an 88-layout grid: 一级, 二级, 三级, 中期指标值, 年度指标值. */
export type Row88 = readonly [string, string, string, string, string];

// prettier-ignore
export const CLEAN_ROWS_88: readonly Row88[] = Object.freeze([
  ['产出指标', '数量指标', '法律援助案件办理数', '≥360件', '≥120件'],
  ['', '质量指标', '法律援助案件办结率', '≥95%', '≥95%'],
  ['', '时效指标', '法律援助案件指派及时率', '=100%', '=100%'],
  ['', '成本指标', '法律援助案件补贴标准', '≤2000元/件', '≤2000元/件'],
  ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '≥95%', '≥95%'],
  ['', '可持续影响指标', '法律援助工作站覆盖率', '=100%', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '≥90%'],
]) as readonly Row88[];

/**
 * The 88号 附件 项目支出绩效目标申报表 layout (domain.md §1d A; templates/project-88.ts), 5 columns A..E:
 *   1 title (A1:E1) · 2 year · 3 signature line · 4 项目名称 | B4 · 5 主管部门及代码 | B5 | 实施单位 | D5 · 6 项目属性 …
 *   7..9 项目资金（万元）: B 中期资金总额 / 其中：财政拨款 / 其他资金 with C7..C9; D 年度资金总额 … with E7..E9
 *   10 总体目标 | 中期目标 (B:C) | 年度目标 (D:E) · 11 B11 mid goals | D11 goals
 *   12 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值 · 13… rows (一级 merged over its block by default).
 * With `subHeader`, row 12 has a merged 指标值 (D12:E12) and row 13 the sub-headers 中期 | 年度; rows start at 14.
 */
export function table88(
  o: {
    sheet?: string;
    header?: Partial<Table88Header>;
    rows?: readonly Row88[];
    subHeader?: boolean;
    mergeLevels?: boolean;
    set?: Readonly<Record<string, string>>;
  } = {},
): Grid {
  const h: Table88Header = { ...CLEAN_HEADER_88, ...o.header };
  const s = new Sheet();
  s.text(0, 0, h.title);
  s.merge(0, 0, 0, 4);
  s.text(1, 0, h.year);
  s.merge(1, 0, 1, 4);
  s.text(2, 0, '项目责任人（签字）：');
  s.merge(2, 0, 2, 1);
  s.text(2, 2, '单位（盖章）：');
  s.merge(2, 2, 2, 4);
  s.text(3, 0, '项目名称');
  s.text(3, 1, h.name);
  s.merge(3, 1, 3, 4);
  s.text(4, 0, '主管部门及代码');
  s.text(4, 1, h.unit);
  s.text(4, 2, '实施单位');
  s.text(4, 3, h.implementer);
  s.merge(4, 3, 4, 4);
  s.text(5, 0, '项目属性');
  s.text(5, 1, '经常性项目');
  s.text(5, 2, '项目期');
  s.text(5, 3, '3年');
  s.merge(5, 3, 5, 4);
  s.text(6, 0, '项目资金（万元）');
  s.merge(6, 0, 8, 0);
  const money: Array<[string, string, string, string]> = [
    ['中期资金总额', h.midBudget, '年度资金总额', h.budget],
    ['其中：财政拨款', h.midFiscal, '其中：财政拨款', h.fiscal],
    ['其他资金', h.midOther, '其他资金', h.other],
  ];
  money.forEach(([ml, mv, yl, yv], i) => {
    s.text(6 + i, 1, ml);
    s.put(6 + i, 2, amountCell(mv));
    s.text(6 + i, 3, yl);
    s.put(6 + i, 4, amountCell(yv));
  });
  s.text(9, 0, '总体目标');
  s.merge(9, 0, 10, 0);
  s.text(9, 1, '中期目标');
  s.merge(9, 1, 9, 2);
  s.text(9, 3, '年度目标');
  s.merge(9, 3, 9, 4);
  s.text(10, 1, h.midGoals);
  s.merge(10, 1, 10, 2);
  s.text(10, 3, h.goals);
  s.merge(10, 3, 10, 4);
  let first = 12;
  if (o.subHeader) {
    ['一级指标', '二级指标', '三级指标', '指标值'].forEach((t, i) => s.text(11, i, t));
    s.merge(11, 3, 11, 4);
    s.text(12, 3, '中期');
    s.text(12, 4, '年度');
    first = 13;
  } else ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'].forEach((t, i) => s.text(11, i, t));
  writeRows(s, first, o.rows ?? CLEAN_ROWS_88, o.mergeLevels ?? true);
  s.set(o.set);
  return s.grid(o.sheet ?? '申报表');
}

/** A grid from literal rows of text, for odd layouts: `sheetOf([['一级指标', '二级指标', …], …])`. */
export function sheetOf(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  o: { sheet?: string; merges?: readonly CellRect[] } = {},
): Grid {
  const s = new Sheet();
  rows.forEach((r, i) => r.forEach((v, c) => s.text(i, c, v)));
  for (const m of o.merges ?? []) s.merge(m.top, m.left, m.bottom, m.right);
  return s.grid(o.sheet ?? 'Sheet1');
}

/** A copy of a grid with one cell holding an Excel error value (#REF! …). */
export function withError(grid: Grid, a1: string, error: string): Grid {
  const at = fromA1(a1);
  if (!at) throw new Error(`withError: bad cell address "${a1}"`);
  const cells = grid.cells.map((r) => (r ? r.slice() : []));
  while (cells.length <= at.row) cells.push([]);
  const r = cells[at.row];
  while (r.length <= at.col) r.push(null);
  r[at.col] = { value: error, text: error, error };
  return { ...grid, cells };
}

/** A copy of a grid with one cell stored as a number with a number format (0.8 with "0%" shows "80%"). */
export function withNumber(grid: Grid, a1: string, value: number, numberFormat: string, text: string): Grid {
  const at = fromA1(a1);
  if (!at) throw new Error(`withNumber: bad cell address "${a1}"`);
  const cells = grid.cells.map((r) => (r ? r.slice() : []));
  while (cells.length <= at.row) cells.push([]);
  const r = cells[at.row];
  while (r.length <= at.col) r.push(null);
  r[at.col] = { value, text, numberFormat };
  return { ...grid, cells };
}

// ---- 部门（单位）整体 layout ------------------------------------------------------------------------

export interface DepartmentHeader {
  readonly department: string;
  readonly budget: string;
  readonly fiscal: string;
  readonly other: string;
  readonly goals: string;
}

export const CLEAN_HEADER_DEPARTMENT: DepartmentHeader = Object.freeze({
  department: '秦皇岛市山海关区司法局',
  budget: '100.00',
  fiscal: '100.00',
  other: '0.00',
  goals: '全年办理法律援助案件不少于120件，人民调解成功率不低于95%，服务对象满意度不低于90%',
});

/**
 * The 部门（单位）整体支出绩效目标申报表 layout (templates/department.ts), 4 columns A..D:
 *   1 title · 2 year · 3 部门（单位）名称 | B3 · 4..7 年度主要任务 (任务名称 | 主要内容) · 8 年度部门整体支出预算（万元） |
 *   资金总额 | 财政拨款 | 其他资金 · 9 B9 C9 D9 amounts · 10 年度总体目标 | B10 · 11 一级指标 | 二级指标 | 三级指标 | 指标值 ·
 *   12… rows: A 一级 | B 二级 | C 三级 | D 指标值.
 * `tasks` (default 3, as the template) filled task rows; with fewer, the rows below move up: with `tasks: 1`,
 * 6 budget labels · B7 资金总额 | C7 财政拨款 | D7 其他资金 · B8 年度总体目标 · 9 grid header · rows from 10.
 */
export function departmentTable(
  o: {
    sheet?: string;
    header?: Partial<DepartmentHeader>;
    rows?: ReadonlyArray<readonly [string, string, string, string]>;
    tasks?: number;
  } = {},
): Grid {
  const h: DepartmentHeader = { ...CLEAN_HEADER_DEPARTMENT, ...o.header };
  const s = new Sheet();
  s.text(0, 0, '部门（单位）整体支出绩效目标申报表');
  s.merge(0, 0, 0, 3);
  s.text(1, 0, '（2021年度）');
  s.merge(1, 0, 1, 3);
  s.text(2, 0, '部门（单位）名称');
  s.text(2, 1, h.department);
  s.merge(2, 1, 2, 3);
  const n = Math.max(1, Math.min(3, o.tasks ?? 3));
  s.text(3, 0, '年度主要任务');
  s.merge(3, 0, 3 + n, 0);
  s.text(3, 1, '任务名称');
  s.text(3, 2, '主要内容');
  s.merge(3, 2, 3, 3);
  const tasks = [
    ['法律援助', '办理法律援助案件，开展法律援助宣传'],
    ['人民调解', '排查化解矛盾纠纷，培训人民调解员'],
    ['社区矫正', '社区矫正对象日常监管和教育帮扶'],
  ];
  tasks.slice(0, n).forEach(([name, content], i) => {
    s.text(4 + i, 1, name);
    s.text(4 + i, 2, content);
    s.merge(4 + i, 2, 4 + i, 3);
  });
  const b = 4 + n; // the budget label row
  s.text(b, 0, '年度部门整体支出预算（万元）');
  s.merge(b, 0, b + 1, 0);
  ['资金总额', '财政拨款', '其他资金'].forEach((t, i) => s.text(b, 1 + i, t));
  [h.budget, h.fiscal, h.other].forEach((v, i) => s.put(b + 1, 1 + i, amountCell(v)));
  s.text(b + 2, 0, '年度总体目标');
  s.text(b + 2, 1, h.goals);
  s.merge(b + 2, 1, b + 2, 3);
  ['一级指标', '二级指标', '三级指标', '指标值'].forEach((t, i) => s.text(b + 3, i, t));
  // prettier-ignore
  const rows = o.rows ?? [
    ['产出指标', '数量指标', '法律援助案件办理数', '≥120件'],
    ['', '质量指标', '法律援助案件办结率', '≥95%'],
    ['', '时效指标', '法律援助案件指派及时率', '=100%'],
    ['', '成本指标', '部门整体支出', '≤100万元'],
    ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '≥95%'],
    ['', '可持续影响指标', '法律援助工作站覆盖率', '≥90%'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
  ];
  writeRows(s, b + 4, rows, true);
  return s.grid(o.sheet ?? '部门整体');
}
