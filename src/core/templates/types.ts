import type { CellAddress, CellRect } from '../model/address';
import type { Locale } from '../diagnostics/diagnostic';

export type TemplateId = 'project-seed' | 'project-88' | 'department' | 'project-101';

export interface TemplateCellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Excel number format such as "0.00" or "0%". */
  readonly numberFormat?: string;
  /** Background fill as #RRGGBB (header cells). */
  readonly fill?: string;
  readonly border?: boolean;
}

export interface TemplateCell {
  /** 0-based, relative to the template's top-left. */
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  readonly style?: TemplateCellStyle;
}

export interface TemplateValidation {
  readonly rect: CellRect;
  readonly list: readonly string[];
  /** When true the dropdown does not block free text (Excel: error alert off / "information"). */
  readonly allowOther: boolean;
}

/** One 一级 block of a template's indicator grid (rows relative to the template's top-left). */
export interface TemplateGridBlock {
  readonly level1: string;
  /** First and last grid row of the block; the 一级 cell is merged over them when they differ. */
  readonly top: number;
  readonly bottom: number;
  /** One row per 二级, in template order. */
  readonly rows: readonly { readonly level2: string; readonly row: number }[];
}

/** Where a template's indicator grid is (0-based, relative to the template's top-left). */
export interface TemplateGridLayout {
  /** The row holding 一级指标 / 二级指标 / 三级指标 … */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: {
    readonly level1: number;
    readonly level2: number;
    readonly level3: number;
    /** 绩效指标描述 (seed-style layouts only). */
    readonly description?: number;
    /** 指标值; in the 88号 layout the 年度指标值 column. */
    readonly value: number;
    /** 中期指标值 (88号 project layout only). */
    readonly midValue?: number;
    /** 指标值确定依据 (seed-style layouts only). */
    readonly basis?: number;
  };
  readonly blocks: readonly TemplateGridBlock[];
}

/**
 * A template as data: everything a front end needs to write it, relative to a top-left origin.
 * Defined once in the core; the Excel gateway and the xlsx writer both apply it.
 */
export interface TemplateSpec {
  readonly id: TemplateId;
  readonly name: Readonly<Record<Locale, string>>;
  readonly profile: '88' | '101';
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly TemplateCell[];
  readonly merges: readonly CellRect[];
  /** Column widths in Excel character units, one per column. */
  readonly columnWidths: readonly number[];
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Style applied to every cell of the template area unless a cell overrides it. */
  readonly baseStyle: TemplateCellStyle & { readonly fontName: string };
  readonly validations: readonly TemplateValidation[];
  readonly print: {
    readonly paperSize: 'A4';
    readonly orientation: 'portrait' | 'landscape';
    readonly fitToWidth: 1;
  };
  /**
   * The cells the officer fills in, by a stable field id, relative to the template's top-left.
   * Ids shared with the reader's header keys mean the same field: code, name, budget, fiscal, other,
   * purpose, goals, unit, implementer, department (budget/fiscal/other/goals are the annual ones in the
   * 88 layout, its 中期 cells midBudget/midFiscal/midOther/midGoals; unit is 单位编码及名称 in the seed
   * layout, a label cell completed in place, and 主管部门及代码 in the 88 layout). Also: year (a label
   * cell completed in place), plan3/plan6/plan10/plan12, attribute, period, task<i>Name/task<i>Content.
   * Extension: absent on specs that do not name them.
   */
  readonly fields?: Readonly<Record<string, CellAddress>>;
  /** Where the indicator grid is. Extension: absent on specs without a grid. */
  readonly grid?: TemplateGridLayout;
}
