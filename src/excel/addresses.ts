/**
 * Excel address strings as Office.js returns them ("Sheet1!C5:F30", "'My Sheet'!A1",
 * "Sheet1!A1:B1, Sheet1!A3:A4", "Sheet1!3:5", "A:C") to and from 0-based rectangles.
 * Pure: used by the gateway and by the fake workbook in tests.
 */
import { fromA1, rectToA1, type CellRect } from '../core/model/address';

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Splits "Sheet!A1:B2" into sheet and reference; a bare "A1:B2" has sheet undefined. */
export function splitSheet(address: string): { sheet: string | undefined; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    // 'It''s here'!A1 — quotes are doubled inside a quoted name.
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    const rest = s.slice(i + 1);
    return rest.startsWith('!') ? { sheet: name, ref: rest.slice(1) } : { sheet: undefined, ref: s };
  }
  const bang = s.lastIndexOf('!');
  return bang < 0 ? { sheet: undefined, ref: s } : { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
}

function colFromLetters(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1 < MAX_COLS ? col - 1 : undefined;
}

/**
 * Parses one area reference without sheet: "C5", "C5:F30", "$C$5:$F$30", whole rows "3:5",
 * whole columns "A:C". Returns undefined for anything else.
 */
export function parseRef(ref: string): CellRect | undefined {
  const r = ref.trim().replace(/\$/g, '');
  const parts = r.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const [p, q = p] = parts;
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) {
    const a = Number(p) - 1;
    const b = Number(q) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return undefined;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
  }
  if (/^[A-Za-z]+$/.test(p) && /^[A-Za-z]+$/.test(q)) {
    const a = colFromLetters(p);
    const b = colFromLetters(q);
    if (a === undefined || b === undefined) return undefined;
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const a = fromA1(p);
  const b = fromA1(q);
  if (!a || !b || a.row >= MAX_ROWS || b.row >= MAX_ROWS || a.col >= MAX_COLS || b.col >= MAX_COLS)
    return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Splits a list of areas at commas that are outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Parses "Sheet1!A1:B1, Sheet1!A3:A4" (or a single area) into rectangles; skips unparsable parts. */
export function parseAreas(address: string): CellRect[] {
  const rects: CellRect[] = [];
  for (const part of splitAreas(address)) {
    const rect = parseRef(splitSheet(part).ref);
    if (rect) rects.push(rect);
  }
  return rects;
}

/** Parses a one-area address with or without sheet ("Sheet1!C5:F30"). */
export function parseAddress(address: string): { sheet: string | undefined; rect: CellRect } | undefined {
  const { sheet, ref } = splitSheet(address);
  const rect = parseRef(ref);
  return rect ? { sheet, rect } : undefined;
}

/** "A1" or "A1:B2" for a rectangle (no sheet, no $). */
export function toRef(rect: CellRect): string {
  return rectToA1(rect);
}

/** Whole rows, 0-based inclusive, as "3:5". */
export function rowsRef(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rectContains(outer: CellRect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
