import { fromA1, rectFromA1, rectToA1, type CellRect } from '../../../src/core/model/address';
import { textAt } from '../../../src/core/model/grid';
import {
  BASIS_OPTIONS,
  DEPARTMENT,
  PROFILE_101,
  PROFILE_88,
  PROFILES,
  PROJECT_101,
  PROJECT_88,
  PROJECT_SEED,
  TEMPLATES,
  TEMPLATE_IDS,
  formatTemplateValue,
  getTemplate,
  templateSheetName,
  isTemplateId,
  level1Names,
  level2Names,
  level2Under,
  templateFootprint,
  templateToGrid,
  type TemplateCell,
  type TemplateSpec,
} from '../../../src/core/templates';

// ---------------------------------------------------------------- helpers

const inside = (r: CellRect, rows: number, cols: number) =>
  r.top >= 0 && r.left >= 0 && r.top <= r.bottom && r.left <= r.right && r.bottom < rows && r.right < cols;
const contains = (r: CellRect, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const overlap = (a: CellRect, b: CellRect) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function cellAt(spec: TemplateSpec, row: number, col: number): TemplateCell | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

/** The value shown at an address: the anchor's value when the address lies in a merge. */
function shownAt(spec: TemplateSpec, a1: string): string | number | null {
  const at = fromA1(a1)!;
  const m = spec.merges.find((r) => contains(r, at.row, at.col));
  const anchor = m ? { row: m.top, col: m.left } : at;
  return cellAt(spec, anchor.row, anchor.col)?.value ?? null;
}

function mergeAt(spec: TemplateSpec, row: number, col: number): CellRect | undefined {
  return spec.merges.find((r) => contains(r, row, col));
}

function stringsOf(spec: TemplateSpec): string[] {
  return spec.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
}

// ---------------------------------------------------------------- expectations per template

interface Expectation {
  readonly spec: TemplateSpec;
  readonly id: string;
  readonly profile: '88' | '101';
  readonly rows: number;
  readonly cols: number;
  readonly headerRow: number;
  /** Header texts of the grid, left to right, by their anchor cell. */
  readonly header: readonly (readonly [string, string])[];
  readonly basisCol: number | null;
  /** Cells that must hold an amount (0.00) input, A1. */
  readonly amounts: readonly string[];
  /** Cells that must hold a percent (0%) input, A1. */
  readonly percents: readonly string[];
  /** Label texts that must appear somewhere (the reader finds tables by these). */
  readonly labels: readonly string[];
  readonly title: string;
  /** Fields whose cell holds a label the officer completes in place (not an empty input). */
  readonly labelFields: readonly string[];
}

const EXPECTATIONS: readonly Expectation[] = [
  {
    spec: PROJECT_SEED,
    id: 'project-seed',
    profile: '88',
    rows: 18,
    cols: 7,
    headerRow: 8,
    header: [
      ['A9', '一级指标'],
      ['B9', '二级指标'],
      ['C9', '三级指标'],
      ['D9', '绩效指标描述'],
      ['E9', '指标值'],
      ['F9', '指标值确定依据'],
    ],
    basisCol: 5,
    amounts: ['C4', 'E4', 'G4'],
    percents: ['B7', 'C7', 'D7', 'E7'],
    labels: [
      '项目编码',
      '项目名称',
      '预算规模及资金用途',
      '预算数',
      '其中：财政资金',
      '其他资金',
      '资金支出计划（%）',
      '绩效目标',
    ],
    title: '<项目名称>绩效目标表',
    labelFields: ['unit'],
  },
  {
    spec: PROJECT_88,
    id: 'project-88',
    profile: '88',
    rows: 21,
    cols: 5,
    headerRow: 11,
    header: [
      ['A12', '一级指标'],
      ['B12', '二级指标'],
      ['C12', '三级指标'],
      ['D12', '中期指标值'],
      ['E12', '年度指标值'],
    ],
    basisCol: null,
    amounts: ['C7', 'C8', 'C9', 'E7', 'E8', 'E9'],
    percents: [],
    labels: [
      '（20XX年度）',
      '项目名称',
      '主管部门及代码',
      '实施单位',
      '项目属性',
      '项目期',
      '项目资金（万元）',
      '中期资金总额',
      '年度资金总额',
      '其中：财政拨款',
      '其他资金',
      '总体目标',
      '中期目标',
      '年度目标',
    ],
    title: '项目支出绩效目标申报表',
    labelFields: ['year'],
  },
  {
    spec: DEPARTMENT,
    id: 'department',
    profile: '88',
    rows: 20,
    cols: 4,
    headerRow: 10,
    header: [
      ['A11', '一级指标'],
      ['B11', '二级指标'],
      ['C11', '三级指标'],
      ['D11', '指标值'],
    ],
    basisCol: null,
    amounts: ['B9', 'C9', 'D9'],
    percents: [],
    labels: [
      '部门（单位）名称',
      '年度主要任务',
      '任务名称',
      '主要内容',
      '年度部门整体支出预算（万元）',
      '资金总额',
      '财政拨款',
      '其他资金',
      '年度总体目标',
    ],
    title: '部门（单位）整体支出绩效目标申报表',
    labelFields: ['year'],
  },
  {
    spec: PROJECT_101,
    id: 'project-101',
    profile: '101',
    rows: 20,
    cols: 7,
    headerRow: 8,
    header: [
      ['A9', '一级指标'],
      ['B9', '二级指标'],
      ['C9', '三级指标'],
      ['D9', '绩效指标描述'],
      ['E9', '指标值'],
      ['F9', '指标值确定依据'],
    ],
    basisCol: 5,
    amounts: ['C4', 'E4', 'G4'],
    percents: ['B7', 'C7', 'D7', 'E7'],
    labels: [
      '项目编码',
      '项目名称',
      '预算规模及资金用途',
      '预算数',
      '其中：财政资金',
      '其他资金',
      '资金支出计划（%）',
      '绩效目标',
    ],
    title: '<项目名称>绩效目标表',
    labelFields: ['unit'],
  },
];

// ---------------------------------------------------------------- registry

describe('template registry', () => {
  it('lists the four templates in menu order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['project-seed', 'project-88', 'department', 'project-101']);
    expect(TEMPLATE_IDS).toEqual(TEMPLATES.map((t) => t.id));
    expect(EXPECTATIONS.map((e) => e.spec)).toEqual(TEMPLATES);
  });

  it.each(EXPECTATIONS.map((e) => [e.id, e.spec] as const))(
    'getTemplate(%s) returns that spec',
    (id, spec) => {
      expect(getTemplate(id)).toBe(spec);
      expect(isTemplateId(id)).toBe(true);
    },
  );

  it.each(['', 'project', 'PROJECT-SEED', 'toString', 'constructor'])('rejects unknown id %j', (id) => {
    expect(getTemplate(id)).toBeUndefined();
    expect(isTemplateId(id)).toBe(false);
  });

  it('gives every template a Chinese and an English name, each distinct', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const names = TEMPLATES.map((t) => t.name[locale]);
      expect(new Set(names).size).toBe(TEMPLATES.length);
      for (const n of names) expect(n.trim()).not.toBe('');
    }
    expect(PROJECT_SEED.name['zh-CN']).toBe('项目支出绩效目标表（预算编制格式）');
    expect(PROJECT_88.name['zh-CN']).toBe('项目支出绩效目标申报表');
    expect(DEPARTMENT.name['zh-CN']).toBe('部门（单位）整体支出绩效目标申报表');
    expect(PROJECT_101.name['zh-CN']).toBe('项目支出绩效目标表（成本指标单列）');
  });

  it('is immutable data', () => {
    for (const t of TEMPLATES) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t.cells)).toBe(true);
      expect(Object.isFrozen(t.cells[0])).toBe(true);
      expect(Object.isFrozen(t.validations[0].list)).toBe(true);
      expect(() => (t.cells as TemplateCell[]).push({ row: 0, col: 0, value: 'x' })).toThrow();
    }
    expect(Object.isFrozen(PROFILE_88)).toBe(true);
    expect(Object.isFrozen(PROFILE_101['成本指标'])).toBe(true);
    expect(Object.isFrozen(BASIS_OPTIONS)).toBe(true);
  });
});

// ---------------------------------------------------------------- structure, for every template

describe.each(EXPECTATIONS.map((e) => [e.id, e] as const))('%s', (_id, e) => {
  const spec = e.spec;

  it('has its id, profile and size', () => {
    expect(spec.id).toBe(e.id);
    expect(spec.profile).toBe(e.profile);
    expect([spec.rows, spec.cols]).toEqual([e.rows, e.cols]);
  });

  it('keeps every cell inside rows × cols, once, with no empty-string values', () => {
    const seen = new Set<string>();
    for (const c of spec.cells) {
      expect(Number.isInteger(c.row) && Number.isInteger(c.col)).toBe(true);
      expect(c.row >= 0 && c.row < spec.rows && c.col >= 0 && c.col < spec.cols).toBe(true);
      const key = `${c.row}:${c.col}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(c.value).not.toBe('');
    }
  });

  it('uses its last row and last column (the footprint is tight)', () => {
    const rects = [
      ...spec.merges,
      ...spec.cells.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })),
    ];
    expect(Math.max(...rects.map((r) => r.bottom))).toBe(spec.rows - 1);
    expect(Math.max(...rects.map((r) => r.right))).toBe(spec.cols - 1);
  });

  it('has merges inside the template, each over more than one cell, none overlapping', () => {
    spec.merges.forEach((m, i) => {
      expect({ merge: rectToA1(m), inside: inside(m, spec.rows, spec.cols) }).toEqual({
        merge: rectToA1(m),
        inside: true,
      });
      expect(m.bottom > m.top || m.right > m.left).toBe(true);
      spec.merges.slice(i + 1).forEach((n) => {
        expect({ pair: `${rectToA1(m)} ${rectToA1(n)}`, overlap: overlap(m, n) }).toEqual({
          pair: `${rectToA1(m)} ${rectToA1(n)}`,
          overlap: false,
        });
      });
    });
  });

  it('lists a merge only through its anchor cell (nothing written inside a merged area)', () => {
    for (const c of spec.cells) {
      const m = mergeAt(spec, c.row, c.col);
      if (m) expect([c.row, c.col]).toEqual([m.top, m.left]);
    }
    for (const m of spec.merges) expect(cellAt(spec, m.top, m.left)).toBeDefined();
  });

  it('sets one positive width per column and row heights inside the template', () => {
    expect(spec.columnWidths).toHaveLength(spec.cols);
    for (const w of spec.columnWidths) expect(w).toBeGreaterThan(0);
    for (const [row, h] of Object.entries(spec.rowHeights ?? {})) {
      expect(Number(row)).toBeLessThan(spec.rows);
      expect(h).toBeGreaterThan(0);
    }
  });

  it('uses 宋体 with borders over the whole area, and prints A4 one page wide', () => {
    expect(spec.baseStyle.fontName).toBe('宋体');
    expect(spec.baseStyle.border).toBe(true);
    expect(spec.print.paperSize).toBe('A4');
    expect(spec.print.fitToWidth).toBe(1);
    for (const c of spec.cells) expect(c.style?.border).not.toBe(false);
  });

  it('has a bold, centred, larger title merged across the top row', () => {
    const title = cellAt(spec, 0, 0)!;
    expect(title.value).toBe(e.title);
    expect(title.style?.bold).toBe(true);
    expect(title.style?.horizontal).toBe('center');
    expect(title.style!.fontSize!).toBeGreaterThan(spec.baseStyle.fontSize ?? 11);
    expect(mergeAt(spec, 0, 0)).toEqual({ top: 0, left: 0, bottom: 0, right: spec.cols - 1 });
  });

  it('carries the recognisable labels of its layout', () => {
    const strings = stringsOf(spec);
    for (const label of e.labels) expect(strings).toContain(label);
  });

  it('writes labels with full-width Chinese punctuation', () => {
    for (const s of stringsOf(spec)) expect(s.replace('<项目名称>', '')).not.toMatch(/[():,;]/);
  });

  it('has the grid header row, bold and filled, and the grid below it', () => {
    const grid = spec.grid!;
    expect(grid.headerRow).toBe(e.headerRow);
    expect(grid.firstRow).toBe(e.headerRow + 1);
    expect(grid.lastRow).toBe(spec.rows - 1);
    const headerCells = spec.cells.filter((c) => c.row === e.headerRow);
    expect(
      headerCells.map((c) => [rectToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col }), c.value]),
    ).toEqual(e.header);
    for (const c of headerCells) {
      expect(c.style?.bold).toBe(true);
      expect(c.style?.fill).toMatch(/^#[0-9A-F]{6}$/i);
    }
    // the header spans the full width (merged cells included)
    for (let col = 0; col < spec.cols; col++)
      expect(
        shownAt(spec, rectToA1({ top: e.headerRow, left: col, bottom: e.headerRow, right: col })),
      ).not.toBeNull();
    expect(grid.columns.basis ?? null).toBe(e.basisCol);
  });

  it('lists every 二级 of the profile once, under its 一级, in profile order', () => {
    const vocab = PROFILES[e.profile];
    const grid = spec.grid!;
    const { level1, level2 } = grid.columns;
    const expected = Object.entries(vocab).flatMap(([l1, l2s]) => l2s.map((l2) => [l1, l2]));
    const actual: [string, string][] = [];
    for (let row = grid.firstRow; row <= grid.lastRow; row++) {
      const addr = (col: number) => rectToA1({ top: row, left: col, bottom: row, right: col });
      actual.push([shownAt(spec, addr(level1)) as string, shownAt(spec, addr(level2)) as string]);
    }
    expect(actual).toEqual(expected);
    expect(grid.lastRow - grid.firstRow + 1).toBe(level2Names(e.profile).length);
  });

  it('merges each 一级 over exactly its block and matches grid.blocks', () => {
    const vocab = PROFILES[e.profile];
    const grid = spec.grid!;
    expect(grid.blocks.map((b) => b.level1)).toEqual(Object.keys(vocab));
    let row = grid.firstRow;
    for (const block of grid.blocks) {
      const l2s = vocab[block.level1];
      expect(block.top).toBe(row);
      expect(block.bottom).toBe(row + l2s.length - 1);
      expect(block.rows).toEqual(l2s.map((level2, i) => ({ level2, row: row + i })));
      expect(cellAt(spec, block.top, grid.columns.level1)?.value).toBe(block.level1);
      const m = mergeAt(spec, block.top, grid.columns.level1);
      if (l2s.length > 1)
        expect(m).toEqual({
          top: block.top,
          left: grid.columns.level1,
          bottom: block.bottom,
          right: grid.columns.level1,
        });
      else expect(m).toBeUndefined();
      row += l2s.length;
    }
    expect(row).toBe(grid.lastRow + 1);
  });

  it('leaves 三级, 描述, 指标值 and 依据 empty on every grid row, merged like their header', () => {
    const grid = spec.grid!;
    const inputCols = e.header
      .map(([a1]) => fromA1(a1)!.col)
      .filter((c) => c !== grid.columns.level1 && c !== grid.columns.level2);
    expect(inputCols).toContain(grid.columns.level3);
    expect(inputCols).toContain(grid.columns.value);
    for (let row = grid.firstRow; row <= grid.lastRow; row++) {
      for (const col of inputCols) {
        const c = cellAt(spec, row, col);
        expect(c).toBeDefined();
        expect(c!.value).toBeNull();
        expect(c!.style?.wrap).toBe(true);
        const hm = mergeAt(spec, grid.headerRow, col);
        const rm = mergeAt(spec, row, col);
        expect(rm ? [rm.left, rm.right] : [col, col]).toEqual(hm ? [hm.left, hm.right] : [col, col]);
      }
      // 指标值 cells keep what the officer types ("=100%" must not become a formula)
      expect(cellAt(spec, row, grid.columns.value)!.style?.numberFormat).toBe('@');
    }
  });

  it('puts dropdowns on the grid’s 一级, 二级 (and 依据) columns with the profile vocabulary', () => {
    const grid = spec.grid!;
    const col = (c: number): CellRect => ({ top: grid.firstRow, left: c, bottom: grid.lastRow, right: c });
    const expected = [
      { rect: col(grid.columns.level1), list: level1Names(e.profile), allowOther: false },
      { rect: col(grid.columns.level2), list: level2Names(e.profile), allowOther: false },
      ...(e.basisCol === null ? [] : [{ rect: col(e.basisCol), list: [...BASIS_OPTIONS], allowOther: true }]),
    ];
    expect(spec.validations.map((v) => ({ ...v, list: [...v.list] }))).toEqual(
      expected.map((v) => ({ ...v, list: [...v.list] })),
    );
    for (const v of spec.validations) {
      expect(inside(v.rect, spec.rows, spec.cols)).toBe(true);
      expect(new Set(v.list).size).toBe(v.list.length);
      // Excel's list validation source is limited to 255 characters
      expect(v.list.join(',').length).toBeLessThanOrEqual(255);
    }
    if (e.basisCol !== null) {
      expect(spec.cells.find((c) => c.row === grid.headerRow && c.col === e.basisCol)?.value).toBe(
        '指标值确定依据',
      );
    }
  });

  it('formats amounts as 0.00 and the spending plan as percents, and nothing else', () => {
    const byFormat = (f: string) =>
      spec.cells
        .filter((c) => c.style?.numberFormat === f)
        .map((c) => rectToA1({ top: c.row, left: c.col, bottom: c.row, right: c.col }))
        .sort();
    expect(byFormat('0.00')).toEqual([...e.amounts].sort());
    expect(byFormat('0%')).toEqual([...e.percents].sort());
    for (const a1 of [...e.amounts, ...e.percents]) {
      const at = fromA1(a1)!;
      expect(cellAt(spec, at.row, at.col)!.value).toBeNull();
    }
  });

  it('names its input cells as fields that point at empty, writable anchors', () => {
    const fields = spec.fields!;
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const [name, at] of Object.entries(fields)) {
      const key = `${at.row}:${at.col}`;
      expect({ name, dup: seen.has(key) }).toEqual({ name, dup: false });
      seen.add(key);
      const c = cellAt(spec, at.row, at.col);
      expect({ name, defined: c !== undefined }).toEqual({ name, defined: true });
      // label fields are completed in place by the officer; all others are empty inputs
      if (e.labelFields.includes(name)) expect(typeof c!.value).toBe('string');
      else expect({ name, value: c!.value }).toEqual({ name, value: null });
      const m = mergeAt(spec, at.row, at.col);
      if (m) expect([m.top, m.left]).toEqual([at.row, at.col]);
    }
    for (const a1 of e.amounts) expect(Object.values(fields)).toContainEqual(fromA1(a1));
    expect(fields.goals).toBeDefined();
    expect(fields.budget).toBeDefined();
    expect(fields.fiscal).toBeDefined();
    expect(fields.other).toBeDefined();
  });

  it('gives multi-line text areas wrap and a taller row', () => {
    const goal = spec.fields!.goals;
    expect(cellAt(spec, goal.row, goal.col)!.style?.wrap).toBe(true);
    expect(spec.rowHeights?.[goal.row]).toBeGreaterThanOrEqual(48);
  });
});

// ---------------------------------------------------------------- project-seed: the exact layout

describe('project-seed layout', () => {
  const S = PROJECT_SEED;

  it.each([
    ['A1', '<项目名称>绩效目标表'],
    ['A2', '单位编码及名称：'],
    ['F2', '单位：万元'],
    ['A3', '项目编码'],
    ['B3', null],
    ['D3', '项目名称'],
    ['E3', null],
    ['A4', '预算规模及资金用途'],
    ['B4', '预算数'],
    ['C4', null],
    ['D4', '其中：财政资金'],
    ['E4', null],
    ['F4', '其他资金'],
    ['G4', null],
    ['B5', null],
    ['A6', '资金支出计划（%）'],
    ['B6', '3月底'],
    ['C6', '6月底'],
    ['D6', '10月底'],
    ['E6', '12月底'],
    ['B7', null],
    ['C7', null],
    ['D7', null],
    ['E7', null],
    ['A8', '绩效目标'],
    ['B8', null],
    ['A9', '一级指标'],
    ['B9', '二级指标'],
    ['C9', '三级指标'],
    ['D9', '绩效指标描述'],
    ['E9', '指标值'],
    ['F9', '指标值确定依据'],
    ['A10', '产出指标'],
    ['B10', '数量指标'],
    ['B11', '质量指标'],
    ['B12', '时效指标'],
    ['B13', '成本指标'],
    ['A14', '效益指标'],
    ['B14', '经济效益指标'],
    ['B15', '社会效益指标'],
    ['B16', '生态效益指标'],
    ['B17', '可持续影响指标'],
    ['A18', '满意度指标'],
    ['B18', '服务对象满意度指标'],
  ] as const)('%s holds %j', (a1, value) => {
    const at = fromA1(a1)!;
    const c = cellAt(S, at.row, at.col);
    expect(c).toBeDefined();
    expect(c!.value).toBe(value);
  });

  it.each([
    'A1:G1',
    'A2:E2',
    'F2:G2',
    'B3:C3',
    'E3:G3',
    'A4:A5',
    'B5:G5',
    'A6:A7',
    'B8:G8',
    'F9:G9',
    'A10:A13',
    'A14:A17',
  ])('merges %s', (ref) => {
    expect(S.merges).toContainEqual(rectFromA1(ref));
  });

  it('merges 依据 F:G on every grid row and does not merge 满意度 (one row)', () => {
    for (let row = 9; row <= 17; row++)
      expect(S.merges).toContainEqual({ top: row, left: 5, bottom: row, right: 6 });
    expect(mergeAt(S, 17, 0)).toBeUndefined();
  });

  it('names the seed fields at the brief’s cells', () => {
    const f = S.fields!;
    const a1 = (k: string) => rectToA1({ top: f[k].row, left: f[k].col, bottom: f[k].row, right: f[k].col });
    expect(
      Object.fromEntries(
        [
          'code',
          'name',
          'budget',
          'fiscal',
          'other',
          'purpose',
          'plan3',
          'plan6',
          'plan10',
          'plan12',
          'goals',
        ].map((k) => [k, a1(k)]),
      ),
    ).toEqual({
      code: 'B3',
      name: 'E3',
      budget: 'C4',
      fiscal: 'E4',
      other: 'G4',
      purpose: 'B5',
      plan3: 'B7',
      plan6: 'C7',
      plan10: 'D7',
      plan12: 'E7',
      goals: 'B8',
    });
    // 项目编码 is text so a numeric code keeps its leading zeros
    expect(cellAt(S, 2, 1)!.style?.numberFormat).toBe('@');
  });
});

describe('project-101 layout', () => {
  it('has the same header rows as project-seed', () => {
    const head = (t: TemplateSpec) => ({
      cells: t.cells.filter((c) => c.row <= 8),
      merges: t.merges.filter((m) => m.bottom <= 8),
      heights: Object.entries(t.rowHeights ?? {}).filter(([r]) => Number(r) <= 8),
    });
    expect(head(PROJECT_101)).toEqual(head(PROJECT_SEED));
    expect(PROJECT_101.columnWidths).toEqual(PROJECT_SEED.columnWidths);
  });

  it('puts the grid in 101 order, 成本指标 first', () => {
    const rows: [string | number | null, string | number | null][] = [];
    for (let r = 10; r <= 20; r++) rows.push([shownAt(PROJECT_101, `A${r}`), shownAt(PROJECT_101, `B${r}`)]);
    expect(rows).toEqual([
      ['成本指标', '经济成本指标'],
      ['成本指标', '社会成本指标'],
      ['成本指标', '生态环境成本指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['产出指标', '时效指标'],
      ['效益指标', '经济效益指标'],
      ['效益指标', '社会效益指标'],
      ['效益指标', '生态效益指标'],
      ['效益指标', '可持续影响指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    // 成本指标 is never a 二级 in 101
    expect(PROJECT_101.validations[1].list).not.toContain('成本指标');
    expect(PROJECT_101.validations[0].list).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
  });
});

describe('project-88 layout', () => {
  const T = PROJECT_88;
  it.each([
    ['A1', '项目支出绩效目标申报表'],
    ['A2', '（20XX年度）'],
    ['A4', '项目名称'],
    ['A5', '主管部门及代码'],
    ['C5', '实施单位'],
    ['A6', '项目属性'],
    ['C6', '项目期'],
    ['A7', '项目资金（万元）'],
    ['B7', '中期资金总额'],
    ['D7', '年度资金总额'],
    ['B8', '其中：财政拨款'],
    ['D8', '其中：财政拨款'],
    ['B9', '其他资金'],
    ['D9', '其他资金'],
    ['A10', '总体目标'],
    ['B10', '中期目标'],
    ['D10', '年度目标'],
    ['B11', null],
    ['D11', null],
  ] as const)('%s shows %j', (a1, value) => {
    expect(shownAt(T, a1)).toBe(value);
  });

  it('spans 项目资金（万元） over three rows and 总体目标 over two', () => {
    expect(T.merges).toContainEqual(rectFromA1('A7:A9'));
    expect(T.merges).toContainEqual(rectFromA1('A10:A11'));
    expect(T.merges).toContainEqual(rectFromA1('B11:C11'));
    expect(T.merges).toContainEqual(rectFromA1('D11:E11'));
  });

  it('has 中期 and 年度 指标值 columns', () => {
    expect(T.grid!.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, midValue: 3, value: 4 });
    expect(T.grid!.columns.description).toBeUndefined();
  });
});

describe('department layout', () => {
  const T = DEPARTMENT;
  it.each([
    ['A1', '部门（单位）整体支出绩效目标申报表'],
    ['A3', '部门（单位）名称'],
    ['B3', null],
    ['A4', '年度主要任务'],
    ['B4', '任务名称'],
    ['C4', '主要内容'],
    ['A8', '年度部门整体支出预算（万元）'],
    ['B8', '资金总额'],
    ['C8', '财政拨款'],
    ['D8', '其他资金'],
    ['B9', null],
    ['A10', '年度总体目标'],
    ['B10', null],
  ] as const)('%s shows %j', (a1, value) => {
    expect(shownAt(T, a1)).toBe(value);
  });

  it('has three empty task rows under 任务名称 / 主要内容, inside the 年度主要任务 span', () => {
    expect(T.merges).toContainEqual(rectFromA1('A4:A7'));
    for (let r = 5; r <= 7; r++) {
      expect(shownAt(T, `B${r}`)).toBeNull();
      expect(T.merges).toContainEqual(rectFromA1(`C${r}:D${r}`));
      expect(cellAt(T, r - 1, 1)).toBeDefined();
    }
    expect(Object.keys(T.fields!).filter((k) => /^task\dName$/.test(k))).toHaveLength(3);
  });
});

describe.each([
  [
    PROJECT_88,
    {
      name: 'B4',
      unit: 'B5',
      implementer: 'D5',
      attribute: 'B6',
      period: 'D6',
      midBudget: 'C7',
      midFiscal: 'C8',
      midOther: 'C9',
      budget: 'E7',
      fiscal: 'E8',
      other: 'E9',
      midGoals: 'B11',
      goals: 'D11',
      year: 'A2',
    },
  ],
  [
    DEPARTMENT,
    {
      year: 'A2',
      department: 'B3',
      task1Name: 'B5',
      task1Content: 'C5',
      task2Name: 'B6',
      task2Content: 'C6',
      task3Name: 'B7',
      task3Content: 'C7',
      budget: 'B9',
      fiscal: 'C9',
      other: 'D9',
      goals: 'B10',
    },
  ],
] as const)('fields of %#', (spec, expected) => {
  it(`${spec.id} names its fields at the expected cells`, () => {
    const actual = Object.fromEntries(
      Object.entries(spec.fields!).map(([k, a]) => [
        k,
        rectToA1({ top: a.row, left: a.col, bottom: a.row, right: a.col }),
      ]),
    );
    expect(actual).toEqual(expected);
  });
});

// ---------------------------------------------------------------- templateToGrid / footprint

describe('templateFootprint', () => {
  it.each(EXPECTATIONS.flatMap((e) => [[e.id, e.spec, 0, 0] as const, [e.id, e.spec, 7, 2] as const]))(
    '%s at (%i,%i) covers rows × cols from the origin',
    (_id, spec, row, col) => {
      expect(templateFootprint(spec, { row, col })).toEqual({
        top: row,
        left: col,
        bottom: row + spec.rows - 1,
        right: col + spec.cols - 1,
      });
    },
  );

  it('defaults to A1', () => {
    expect(rectToA1(templateFootprint(PROJECT_SEED))).toBe('A1:G18');
    expect(rectToA1(templateFootprint(PROJECT_101, { row: 3, col: 1 }))).toBe('B4:H23');
  });
});

describe('templateToGrid', () => {
  const origins = [
    { row: 0, col: 0 },
    { row: 5, col: 3 },
    { row: 40, col: 0 },
  ];

  it.each(EXPECTATIONS.flatMap((e) => origins.map((o) => [e.id, o.row, o.col, e.spec] as const)))(
    '%s at (%i,%i): values at their offset, empty cells empty, merges moved',
    (_id, row, col, spec) => {
      const origin = { row, col };
      const g = templateToGrid(spec, '表1', origin);
      expect(g.sheet).toBe('表1');
      expect(g.cells).toHaveLength(row + spec.rows);
      for (const r of g.cells) expect(r).toHaveLength(col + spec.cols);
      // before the origin: empty
      for (let r = 0; r < row + spec.rows; r++)
        for (let c = 0; c < col + spec.cols; c++) if (r < row || c < col) expect(g.cells[r]![c]).toBeNull();
      // inside: exactly the template's values
      for (let r = 0; r < spec.rows; r++) {
        for (let c = 0; c < spec.cols; c++) {
          const tc = cellAt(spec, r, c);
          const gc = g.cells[row + r]![col + c];
          if (tc && tc.value !== null) {
            expect(gc).toEqual({
              value: tc.value,
              text: String(tc.value),
              ...(tc.style?.numberFormat ? { numberFormat: tc.style.numberFormat } : {}),
            });
            expect(textAt(g, row + r, col + c)).toBe(String(tc.value).trim());
          } else {
            expect(gc).toBeNull();
          }
        }
      }
      expect(g.merges).toEqual(
        spec.merges.map((m) => ({
          top: m.top + row,
          left: m.left + col,
          bottom: m.bottom + row,
          right: m.right + col,
        })),
      );
      // the grid header and the first 一级 are where the layout says, offset by the origin
      const grid = spec.grid!;
      expect(textAt(g, row + grid.headerRow, col + grid.columns.level1)).toBe('一级指标');
      expect(textAt(g, row + grid.firstRow, col + grid.columns.level1)).toBe(grid.blocks[0].level1);
    },
  );

  it('counts the non-empty cells of the seed template', () => {
    const g = templateToGrid(PROJECT_SEED, 'S');
    const n = g.cells.flat().filter((c) => c != null).length;
    // 1 title + 2 unit line + 2 + 4 (r3 labels) + 5 (plan labels) + 1 goal + 6 header + 9×(1 二级) + 3 一级
    expect(n).toBe(1 + 2 + 2 + 4 + 5 + 1 + 6 + 9 + 3);
  });

  it('renders number values with the cell’s format as Excel displays them', () => {
    const spec: TemplateSpec = {
      ...PROJECT_SEED,
      cells: [
        { row: 0, col: 0, value: 20, style: { numberFormat: '0.00' } },
        { row: 0, col: 1, value: 0.25, style: { numberFormat: '0%' } },
        { row: 0, col: 2, value: 7 },
        { row: 0, col: 3, value: '≥80%', style: { numberFormat: '@' } },
      ],
    };
    const g = templateToGrid(spec, 'X', { row: 1, col: 1 });
    expect(g.cells[1]!.slice(1, 5)).toEqual([
      { value: 20, text: '20.00', numberFormat: '0.00' },
      { value: 0.25, text: '25%', numberFormat: '0%' },
      { value: 7, text: '7' },
      { value: '≥80%', text: '≥80%', numberFormat: '@' },
    ]);
  });
});

describe('formatTemplateValue', () => {
  it.each([
    [20, '0.00', '20.00'],
    [17.891, '0.00', '17.89'],
    [0, '0.00', '0.00'],
    [0.8, '0%', '80%'],
    [1, '0%', '100%'],
    [0.255, '0.0%', '25.5%'],
    [3, '0', '3'],
    [3.5, undefined, '3.5'],
    [3, '@', '3'],
    [3, 'General', '3'],
    ['≥80%', '0.00', '≥80%'],
    ['年初工作计划', undefined, '年初工作计划'],
  ] as const)('%j with %j → %j', (value, fmt, text) => {
    expect(formatTemplateValue(value, fmt)).toBe(text);
  });
});

// ---------------------------------------------------------------- vocabularies

describe('profile vocabularies', () => {
  it('holds the 88 profile in template order', () => {
    expect(PROFILE_88).toEqual({
      产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
      效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      满意度指标: ['服务对象满意度指标'],
    });
    expect(Object.keys(PROFILE_88)).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  it('holds the 101 profile in template order', () => {
    expect(Object.entries(PROFILE_101)).toEqual([
      ['成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
      ['产出指标', ['数量指标', '质量指标', '时效指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
  });

  it('offers the five 绩效标准 categories', () => {
    expect(BASIS_OPTIONS).toEqual(['计划标准', '行业标准', '历史标准', '预算支出标准', '其他标准']);
  });

  it.each([
    ['88', ['产出指标', '效益指标', '满意度指标'], 9],
    ['101', ['成本指标', '产出指标', '效益指标', '满意度指标'], 11],
  ] as const)('profile %s: 一级 %j, %i distinct 二级', (profile, l1, n2) => {
    expect(level1Names(profile)).toEqual(l1);
    expect(level2Names(profile)).toHaveLength(n2);
    expect(new Set(level2Names(profile)).size).toBe(n2);
    // every name is canonical: it ends in 指标
    for (const n of [...level1Names(profile), ...level2Names(profile)]) expect(n).toMatch(/指标$/);
  });

  it.each([
    ['88', '产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
    ['101', '产出指标', ['数量指标', '质量指标', '时效指标']],
    ['101', '成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
    ['88', '成本指标', []],
    ['88', '产出', []],
    ['88', 'toString', []],
    ['101', '__proto__', []],
  ] as const)('level2Under(%s, %s)', (profile, l1, list) => {
    expect(level2Under(profile, l1)).toEqual(list);
  });
});

describe('template sheet names', () => {
  it.each(TEMPLATES.map((t) => t.id))(
    '%s: a whole name within Excel’s 31 characters in both languages',
    (id) => {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const name = templateSheetName(id, locale);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(name.split('(').length).toBe(name.split(')').length);
      }
    },
  );
});
