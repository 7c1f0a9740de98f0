/**
 * Writes core data into exceljs worksheets: a TemplateSpec (values, merges, fonts, fills, number
 * formats, borders, column widths, row heights, list validations, print setup), and a plain Grid
 * (used to build the example workbook and test workbooks).
 */
import type ExcelJS from 'exceljs';
import { columnName, type CellAddress, type CellRect } from '../core/model/address';
import type { Grid } from '../core/model/grid';
import type { Locale } from '../core/diagnostics/diagnostic';
import type { TemplateCellStyle, TemplateSpec } from '../core/templates/types';
import { templateSheetName } from '../core/templates';
import { setupExcelJS } from './exceljs-setup';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const THIN_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const s = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
  return s || 'Sheet1';
}

/** A list validation's inline formula: "a,b,c" in quotes (Excel caps it at 255 characters). */
export function listFormula(items: readonly string[]): string {
  const body = items.map((s) => s.replace(/"/g, '""')).join(',');
  if (body.length > 255) throw new Error(`dropdown list longer than Excel's 255 characters: ${body.length}`);
  return `"${body}"`;
}

function applyStyle(cell: ExcelJS.Cell, st: TemplateCellStyle & { fontName?: string }): void {
  const font: Partial<ExcelJS.Font> = { name: st.fontName ?? '宋体', size: st.fontSize ?? 11 };
  if (st.bold) font.bold = true;
  // charset 134 = GB2312: Excel picks the CJK font for 宋体 reliably with it
  (font as { charset?: number }).charset = 134;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (st.horizontal) alignment.horizontal = st.horizontal;
  if (st.vertical) alignment.vertical = st.vertical;
  if (st.wrap) alignment.wrapText = true;
  const style: Partial<ExcelJS.Style> = { font, alignment };
  if (st.numberFormat) style.numFmt = st.numberFormat;
  if (st.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
  if (st.border) style.border = THIN_BORDERS;
  // a fresh object per cell: exceljs shares style objects between cells otherwise
  cell.style = style as ExcelJS.Style;
}

/** Writes a template into `ws` with its top-left at `origin` (0-based). */
export function writeTemplate(
  ws: ExcelJS.Worksheet,
  spec: TemplateSpec,
  origin: CellAddress = { row: 0, col: 0 },
): void {
  const base = spec.baseStyle;
  const styleAt = new Map<string, TemplateCellStyle & { fontName?: string }>();
  const key = (r: number, c: number) => `${r}:${c}`;
  // every cell of the area gets the base style
  for (let r = 0; r < spec.rows; r++) for (let c = 0; c < spec.cols; c++) styleAt.set(key(r, c), { ...base });
  for (const cell of spec.cells) styleAt.set(key(cell.row, cell.col), { ...base, ...(cell.style ?? {}) });
  // covered cells of a merge take the anchor's style so borders and fills cover the whole area
  for (const m of spec.merges) {
    const anchor = styleAt.get(key(m.top, m.left)) ?? { ...base };
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) styleAt.set(key(r, c), anchor);
  }
  for (const [k, st] of styleAt) {
    const [r, c] = k.split(':').map(Number);
    applyStyle(ws.getCell(origin.row + r + 1, origin.col + c + 1), st);
  }
  for (const cell of spec.cells) {
    if (cell.value === null || cell.value === '') continue;
    ws.getCell(origin.row + cell.row + 1, origin.col + cell.col + 1).value = cell.value;
  }
  for (const m of spec.merges) {
    ws.mergeCells(
      origin.row + m.top + 1,
      origin.col + m.left + 1,
      origin.row + m.bottom + 1,
      origin.col + m.right + 1,
    );
  }
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(origin.col + i + 1).width = w;
  });
  for (const [r, h] of Object.entries(spec.rowHeights ?? {}))
    ws.getRow(origin.row + Number(r) + 1).height = h;
  for (const v of spec.validations) {
    const formula = listFormula(v.list);
    for (let r = v.rect.top; r <= v.rect.bottom; r++) {
      for (let c = v.rect.left; c <= v.rect.right; c++) {
        ws.getCell(origin.row + r + 1, origin.col + c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: !v.allowOther,
          ...(v.allowOther ? {} : { errorStyle: 'stop' as const }),
        };
      }
    }
  }
}

/** Print setup of a template sheet: A4, one page wide, as many pages tall as needed. */
export function applyPrintSetup(
  ws: ExcelJS.Worksheet,
  spec: TemplateSpec,
  origin: CellAddress = { row: 0, col: 0 },
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: spec.print.orientation,
    fitToPage: true,
    fitToWidth: spec.print.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: rectRef({
      top: origin.row,
      left: origin.col,
      bottom: origin.row + spec.rows - 1,
      right: origin.col + spec.cols - 1,
    }),
  };
}

function rectRef(r: CellRect): string {
  // always a two-cell reference (A1:G18), as Excel's print area wants it
  return `${columnName(r.left)}${r.top + 1}:${columnName(r.right)}${r.bottom + 1}`;
}

/** A new workbook holding one template on one sheet named after it. */
export function templateWorkbook(spec: TemplateSpec, locale: Locale = 'zh-CN'): ExcelJS.Workbook {
  const ExcelJSLib = setupExcelJS();
  const wb = new ExcelJSLib.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(safeSheetName(templateSheetName(spec.id, locale)), {
    properties: { defaultRowHeight: 20 },
    views: [{ showGridLines: true }],
  });
  writeTemplate(ws, spec);
  applyPrintSetup(ws, spec);
  return wb;
}

export interface GridWriteOptions {
  /** Rectangles to draw thin borders around every cell of. */
  readonly borders?: readonly CellRect[];
  readonly columnWidths?: readonly number[];
  readonly fontName?: string;
  /** Rows (0-based) to make bold and centred, e.g. titles. */
  readonly titleRows?: readonly number[];
}

/** Writes a Grid's values (numbers keep their number format), merges and optional borders. */
export function writeGrid(ws: ExcelJS.Worksheet, grid: Grid, opts: GridWriteOptions = {}): void {
  const fontName = opts.fontName ?? '宋体';
  const titles = new Set(opts.titleRows ?? []);
  const bordered = new Set<string>();
  for (const b of opts.borders ?? [])
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) bordered.add(`${r}:${c}`);
  const touched = new Set<string>(bordered);
  grid.cells.forEach((row, r) => row?.forEach((cell, c) => cell && touched.add(`${r}:${c}`)));
  for (const k of touched) {
    const [r, c] = k.split(':').map(Number);
    const cell = grid.cells[r]?.[c];
    const xc = ws.getCell(r + 1, c + 1);
    const style: Partial<ExcelJS.Style> = {
      font: { name: fontName, size: titles.has(r) ? 14 : 11, bold: titles.has(r) || undefined },
      alignment: { vertical: 'middle', wrapText: true, horizontal: titles.has(r) ? 'center' : undefined },
    };
    if (cell?.numberFormat) style.numFmt = cell.numberFormat;
    if (bordered.has(k)) style.border = THIN_BORDERS;
    xc.style = style as ExcelJS.Style;
    if (cell) xc.value = cell.error ? ({ error: cell.error } as ExcelJS.CellErrorValue) : cell.value;
  }
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  opts.columnWidths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (grid.hidden) ws.state = 'hidden';
}
