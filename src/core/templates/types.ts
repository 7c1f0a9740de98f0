import type { CellRect } from '../model/address';
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
}
