/**
 * Turns what Office.js returns for a used range (values, text, numberFormat, valueTypes, the range's
 * top-left and its merged areas) into the core's Grid. Pure, so it is tested without Excel.
 */
import type { CellRect } from '../core/model/address';
import type { CellValue, Grid, GridCell } from '../core/model/grid';

/** Excel's error values, for hosts that do not report valueTypes. */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

export interface UsedRangeData {
  /** 0-based row and column of the used range's top-left cell (usedRange may start at C5). */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly text: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /** "Empty" | "String" | "Double" | "Boolean" | "Error" | …; optional. */
  readonly valueTypes?: readonly (readonly unknown[])[];
}

function toCellValue(v: unknown): CellValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/** One cell, or null for an empty one. */
export function toGridCell(
  value: unknown,
  text: unknown,
  numberFormat: unknown,
  valueType?: unknown,
): GridCell | null {
  const shown = typeof text === 'string' ? text : value == null ? '' : String(value);
  const isError =
    valueType === 'Error' ||
    (valueType === undefined && typeof value === 'string' && ERROR_VALUE.test(value));
  if (isError) {
    const error = typeof value === 'string' && value !== '' ? value : shown;
    return { value: null, text: shown || error, error };
  }
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  const fmt =
    typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General'
      ? numberFormat
      : undefined;
  const cell: GridCell =
    fmt === undefined
      ? { value: toCellValue(value), text: shown }
      : { value: toCellValue(value), text: shown, numberFormat: fmt };
  return cell;
}

/** Builds the sheet's Grid: cells are placed 0-based from A1, so the used range's offset is kept. */
export function usedRangeToGrid(
  sheet: string,
  data: UsedRangeData,
  merges: readonly CellRect[],
  hidden = false,
): Grid {
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < data.top; r++) rows.push([]);
  let lastNonEmptyRow = data.top - 1;
  for (let r = 0; r < data.values.length; r++) {
    const vRow = data.values[r] ?? [];
    const row: (GridCell | null)[] = new Array<GridCell | null>(data.left).fill(null);
    let lastNonEmptyCol = -1;
    for (let c = 0; c < vRow.length; c++) {
      const cell = toGridCell(
        vRow[c],
        data.text[r]?.[c],
        data.numberFormat[r]?.[c],
        data.valueTypes?.[r]?.[c],
      );
      row.push(cell);
      if (cell) lastNonEmptyCol = data.left + c;
    }
    row.length = lastNonEmptyCol + 1;
    rows.push(row);
    if (lastNonEmptyCol >= 0) lastNonEmptyRow = data.top + r;
  }
  rows.length = Math.max(0, lastNonEmptyRow + 1);
  const sortedMerges = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return hidden
    ? { sheet, cells: rows, merges: sortedMerges, hidden: true }
    : { sheet, cells: rows, merges: sortedMerges };
}
