import type { CellAddress, CellRect } from './address';

/** A raw cell value as a front end delivers it. Error values (#REF!, #N/A …) are kept as `error`. */
export type CellValue = string | number | boolean | null;

/**
 * One cell as every front end delivers it (the Excel JavaScript API's values/text/numberFormat, exceljs).
 * `text` is what Excel displays (0.8 with a percent format is "80%"); rules read `text`.
 */
export interface GridCell {
  readonly value: CellValue;
  readonly text: string;
  readonly numberFormat?: string;
  /** An Excel error value such as "#REF!" when the cell holds one. */
  readonly error?: string;
}

/**
 * The cells of one sheet. `cells` is row-major and may be ragged; a missing or null entry is an
 * empty cell. Merged areas are listed in `merges`; only their top-left cell holds content.
 */
export interface Grid {
  readonly sheet: string;
  readonly cells: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | undefined>;
  readonly merges: readonly CellRect[];
  readonly hidden?: boolean;
}

export const EMPTY_CELL: GridCell = Object.freeze({ value: null, text: '' });

export function gridRowCount(grid: Grid): number {
  return grid.cells.length;
}

export function gridColCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) if (row && row.length > n) n = row.length;
  return n;
}

export function cellAt(grid: Grid, row: number, col: number): GridCell {
  const r = grid.cells[row];
  return (r && r[col]) || EMPTY_CELL;
}

/** The displayed text of a cell, trimmed. Never throws for any address. */
export function textAt(grid: Grid, row: number, col: number): string {
  const r = grid.cells[row];
  const c = r && r[col];
  if (!c) return '';
  const t = typeof c.text === 'string' ? c.text : c.value == null ? '' : String(c.value);
  return t.trim();
}

/** Builds a grid from plain strings (tests, templates): '' or null is an empty cell. */
export function gridFromRows(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
  merges: readonly CellRect[] = [],
): Grid {
  return {
    sheet,
    merges,
    cells: rows.map((row) =>
      row.map((v) =>
        v === null || v === undefined || v === ''
          ? null
          : { value: v, text: typeof v === 'number' ? String(v) : v },
      ),
    ),
  };
}

/** Returns a copy of the grid with one cell's value and text replaced (used to apply fixes). */
export function withCellText(grid: Grid, at: CellAddress, text: string): Grid {
  const cells = grid.cells.slice();
  const row = (cells[at.row] ?? []).slice();
  while (row.length <= at.col) row.push(null);
  const prev = row[at.col];
  row[at.col] = text === '' ? null : { value: text, text, numberFormat: prev?.numberFormat };
  while (cells.length <= at.row) cells.push([]);
  cells[at.row] = row;
  return { ...grid, cells };
}
