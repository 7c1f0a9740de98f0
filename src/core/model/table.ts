import type { CellAddress, CellRect } from './address';
import type { ProfileId } from '../templates/vocab';
import type { ValueParseResult } from '../schema/value';

/** A text read from one cell. `cell` is where the text is (the anchor of a merge). */
export interface TextField {
  readonly text: string;
  readonly cell: CellAddress;
  /** Excel error value (#REF! …) when the cell holds one. */
  readonly error?: string;
}

export interface LevelField extends TextField {
  readonly canonical: string | undefined;
  readonly variant: boolean;
  /** True when the text was continued from a cell above (blank or merged cell). */
  readonly inherited: boolean;
}

export interface IndicatorRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly level1: LevelField;
  readonly level2: LevelField;
  readonly level3: TextField;
  readonly description: TextField | null;
  readonly value: TextField;
  /** The 中期 value where the layout has one. */
  readonly midValue: TextField | null;
  readonly basis: TextField | null;
  readonly parsed: ValueParseResult;
  /** The values of the table's further value columns (one per year, town or site), in `moreValueColumns` order. */
  readonly moreValues: readonly TextField[];
  /** The 指标性质 / 指标值类型 cell (定量, 定性, or a comparator), when the layout has one and it is filled. */
  readonly kind: TextField | null;
  /** The 指标方向 cell (正向, 反向, or a comparator), when the layout has one and it is filled. */
  readonly direction: TextField | null;
}

/** What the reader recognised in cells that look like an indicator table but could not read as one. */
export interface UnreadableInfo {
  /** The cells that look like part of an indicator table (level names, indicator headers). */
  readonly cells: readonly CellAddress[];
  /** What was recognised, as column kinds or level names: 'level1', 'level2', 'level3', 'value', '数量指标' … */
  readonly recognised: readonly string[];
  /** What a readable grid needs and these cells lack: 'level3', 'value', 'header' … */
  readonly missing: readonly string[];
}

export type HeaderKey =
  | 'code'
  | 'name'
  | 'budget'
  | 'fiscal'
  | 'other'
  /** 上年结转资金: a third source of the year's funds on some forms */
  | 'carryover'
  | 'purpose'
  | 'goals'
  | 'unit'
  | 'implementer'
  | 'department';

/** A labelled header field: the label's cell and the value's cell (empty text when blank). */
export interface HeaderField extends TextField {
  readonly label: string;
  readonly labelCell: CellAddress;
  /** The cell's value when it holds a number; `text` is what Excel shows ("-" for 0 in an accounting format). */
  readonly number?: number;
}

export type TableLayout =
  'project-seed' | 'project-101' | 'project-88' | 'department' | 'project' | 'unreadable';

export type GridColumn =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'value'
  | 'midValue'
  | 'basis'
  | 'op'
  | 'number'
  | 'unit'
  /** 指标方向: 正向 / 反向, or the comparator itself */
  | 'direction'
  /** 指标性质 / 指标值类型: 定量 / 定性, or the comparator itself (the 财政部 form) */
  | 'kind';

/** One 绩效目标表 found in a sheet, with the cell of every field. */
export interface TargetTable {
  readonly sheet: string;
  /** Index among the tables of its sheet (0-based). */
  readonly index: number;
  readonly range: CellRect;
  readonly title: TextField | null;
  readonly layout: TableLayout;
  readonly profile: ProfileId;
  readonly header: Readonly<Partial<Record<HeaderKey, HeaderField>>>;
  /** "万元" when the table states 单位：万元 (or 项目资金（万元）). */
  readonly amountUnit: string | null;
  /** The spending-plan cells (3月底 … 12月底) with their labels, or null when the layout has none. */
  readonly plan: ReadonlyArray<HeaderField> | null;
  /** The unit the plan's label states: 资金支出计划（%） → "%", 资金支出计划（万元） → "万元"; null when it states none. */
  readonly planUnit: '%' | '万元' | null;
  /** The grid header row (一级指标 | 二级指标 | …). */
  readonly gridHeaderRow: number;
  readonly columns: Readonly<Partial<Record<GridColumn, number>>>;
  readonly rows: readonly IndicatorRow[];
  /** Required grid columns the header row lacks. */
  readonly missingColumns: readonly GridColumn[];
  /** True for a flat list of indicators: no 一级/二级 columns (the levels are reported missing once). */
  readonly flat: boolean;
  /** Value columns besides `columns.value`: one per year, town or site, with their header text. */
  readonly moreValueColumns: ReadonlyArray<{ readonly col: number; readonly label: string }>;
  /** Set for cells that look like an indicator table but could not be read as one (rule table-unreadable). */
  readonly unreadable: UnreadableInfo | null;
  /**
   * True for a second indicator grid right under a table's first one, with no title or header of its own (长期 and
   * 年度 指标 grids of one project): it belongs to the table above, whose header holds its project's fields.
   */
  readonly continues: boolean;
  /** Cells inside the table that hold an Excel error value. */
  readonly errorCells: ReadonlyArray<{ readonly cell: CellAddress; readonly error: string }>;
}
