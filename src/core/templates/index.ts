/**
 * The templates the product inserts (spec/templates.md), as pure data, plus the helpers that turn
 * a template into the Grid a front end would read back after writing it.
 */
import type { CellAddress, CellRect } from '../model/address';
import type { Grid, GridCell } from '../model/grid';
import { DEPARTMENT } from './department';
import { PROJECT_101 } from './project-101';
import { PROJECT_88 } from './project-88';
import { PROJECT_SEED } from './project-seed';
import type { TemplateId, TemplateSpec } from './types';
import type { Locale } from '../diagnostics/diagnostic';

export * from './types';
export * from './vocab';
export { PROJECT_SEED, SEED_TITLE, buildSeedStyleTemplate } from './project-seed';
export { PROJECT_88 } from './project-88';
export { DEPARTMENT, DEPARTMENT_TASK_ROWS } from './department';
export { PROJECT_101 } from './project-101';
export { FONT_NAME, HEADER_FILL } from './build';

/** Every template, in menu order. */
export const TEMPLATES: readonly TemplateSpec[] = Object.freeze([
  PROJECT_SEED,
  PROJECT_88,
  DEPARTMENT,
  PROJECT_101,
]);

export const TEMPLATE_IDS: readonly TemplateId[] = Object.freeze(TEMPLATES.map((t) => t.id));

/** English sheet names (Excel allows 31 characters; the templates' English titles are longer). */
const EN_SHEET_NAMES: Readonly<Record<TemplateId, string>> = {
  'project-seed': 'Project targets',
  'project-88': 'Project targets (MoF 88)',
  department: 'Department targets',
  'project-101': 'Project targets (101)',
};

/** The sheet name a template is written under: its Chinese title (≤ 31 characters), or a short English name. */
export function templateSheetName(id: TemplateId, locale: Locale): string {
  return locale === 'en-US' ? EN_SHEET_NAMES[id] : getTemplate(id).name['zh-CN'];
}

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The template with this id; undefined for an unknown id (e.g. a mistyped CLI argument). */
export function getTemplate(id: TemplateId): TemplateSpec;
export function getTemplate(id: string): TemplateSpec | undefined;
export function getTemplate(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

const ORIGIN: CellAddress = { row: 0, col: 0 };

/** The rectangle a template covers when its top-left is at `origin`. */
export function templateFootprint(spec: TemplateSpec, origin: CellAddress = ORIGIN): CellRect {
  return {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + spec.rows - 1,
    right: origin.col + spec.cols - 1,
  };
}

/** Moves a template-relative rectangle to sheet coordinates. */
export function offsetRect(rect: CellRect, origin: CellAddress): CellRect {
  return {
    top: rect.top + origin.row,
    left: rect.left + origin.col,
    bottom: rect.bottom + origin.row,
    right: rect.right + origin.col,
  };
}

/**
 * What Excel displays for a value under a simple number format ("0.00", "0%", "0.0%", "@", General).
 * Strings display as themselves. Enough for the template's own formats; not a general formatter.
 */
export function formatTemplateValue(value: string | number, numberFormat?: string): string {
  if (typeof value === 'string') return value;
  const m = numberFormat ? /^0(?:\.(0+))?(%?)$/.exec(numberFormat) : null;
  if (!m) return String(value);
  const decimals = m[1] ? m[1].length : 0;
  return m[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

/**
 * The cells of a freshly written template as a front end reads them back: a Grid of `sheet` in
 * which the template's top-left sits at `origin`. Cells with a value get `text` as Excel displays
 * it (and their number format when the template sets one); empty cells stay empty (null); merges are
 * moved by `origin`. Rows and columns before the origin are empty.
 */
export function templateToGrid(spec: TemplateSpec, sheet: string, origin: CellAddress = ORIGIN): Grid {
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < origin.row + spec.rows; r++)
    rows.push(new Array<GridCell | null>(origin.col + spec.cols).fill(null));
  for (const cell of spec.cells) {
    if (cell.value === null || cell.value === '') continue;
    const numberFormat = cell.style?.numberFormat ?? spec.baseStyle.numberFormat;
    const text = formatTemplateValue(cell.value, numberFormat);
    rows[origin.row + cell.row][origin.col + cell.col] =
      numberFormat === undefined ? { value: cell.value, text } : { value: cell.value, text, numberFormat };
  }
  return { sheet, cells: rows, merges: spec.merges.map((m) => offsetRect(m, origin)) };
}
