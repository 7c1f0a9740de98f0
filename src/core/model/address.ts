/** A cell address, 0-based (row 0 = Excel row 1, col 0 = column A). A1 only at the edges. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** An inclusive rectangle, 0-based. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 texts of the top-left part of a sheet, made once each (front ends name the same cells over and over). */
const A1_MEMO: (string | undefined)[][] = [];
const A1_MEMO_ROWS = 65536;
const A1_MEMO_COLS = 256;
let a1Count = 0;

export function toA1(addr: CellAddress): string {
  const { row, col } = addr;
  if (
    row >= 0 &&
    row < A1_MEMO_ROWS &&
    col >= 0 &&
    col < A1_MEMO_COLS &&
    Number.isInteger(row) &&
    Number.isInteger(col)
  ) {
    const byRow = (A1_MEMO[row] ??= []);
    let a1 = byRow[col];
    if (a1 === undefined) {
      if (++a1Count > 100000) {
        A1_MEMO.length = 0;
        a1Count = 0;
      }
      a1 = byRow[col] = `${columnName(col)}${row + 1}`;
    }
    return a1;
  }
  return `${columnName(col)}${row + 1}`;
}

export function rectToA1(rect: CellRect): string {
  const a = toA1({ row: rect.top, col: rect.left });
  const b = toA1({ row: rect.bottom, col: rect.right });
  return a === b ? a : `${a}:${b}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "D7" (or "$D$7") into a 0-based address; returns undefined for anything else. */
export function fromA1(a1: string): CellAddress | undefined {
  const m = A1_RE.exec(a1.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: col - 1 };
}

/** Parses "A1:F30" or "D7" into a rectangle. */
export function rectFromA1(ref: string): CellRect | undefined {
  const [p, q] = ref.split(':');
  const a = fromA1(p);
  const b = q === undefined ? a : fromA1(q);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
