/**
 * Highlight planning, pure: which cells get which of our conditional formats, and the record of our
 * marks kept in the workbook's settings (so that clearing removes ours and only ours).
 */
import type { CellRect } from '../core/model/address';
import type { Diagnostic, Severity } from '../core/diagnostics/diagnostic';
import { SEVERITY_ORDER } from '../core/diagnostics/diagnostic';
import { toRef } from './addresses';

/** Settings key holding our conditional-format ids. */
export const MARKS_KEY = 'jixiao.marks';
/** Settings key holding the add-in's own settings object. */
export const SETTINGS_KEY = 'jixiao.settings';

/** Fill and font colours per severity (Excel's familiar "light fill, dark text" pairs). */
export const SEVERITY_STYLE: Readonly<Record<Severity, { readonly fill: string; readonly font: string }>> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

/** The formula of our custom conditional formats: always true, refers to no cell. */
export const MARK_FORMULA = '=TRUE';

/** One of our conditional formats. */
export interface MarkRecord {
  /** Worksheet id (stable across renames). */
  readonly sheetId: string;
  /** Sheet name when the mark was made (for messages and debugging only). */
  readonly sheet: string;
  /** ConditionalFormat.id */
  readonly id: string;
}

export interface MarksState {
  readonly v: 1;
  readonly marks: readonly MarkRecord[];
}

/** Reads the settings value defensively: anything malformed yields the well-formed part. */
export function parseMarks(value: unknown): MarkRecord[] {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return [];
    }
  }
  if (!v || typeof v !== 'object') return [];
  const marks = (v as { marks?: unknown }).marks;
  if (!Array.isArray(marks)) return [];
  const out: MarkRecord[] = [];
  for (const m of marks) {
    if (m && typeof m === 'object') {
      const { sheetId, sheet, id } = m as Record<string, unknown>;
      if (typeof sheetId === 'string' && typeof id === 'string' && id !== '') {
        out.push({ sheetId, sheet: typeof sheet === 'string' ? sheet : '', id });
      }
    }
  }
  return out;
}

export function marksState(marks: readonly MarkRecord[]): MarksState {
  return { v: 1, marks: marks.map((m) => ({ sheetId: m.sheetId, sheet: m.sheet, id: m.id })) };
}

/** One conditional format to add: a multi-area address on one sheet, one severity. */
export interface MarkPlan {
  readonly sheet: string;
  readonly severity: Severity;
  /** "B3:B5, D7" — areas joined by ", ", short enough for one RangeAreas. */
  readonly address: string;
  readonly rects: readonly CellRect[];
}

/** Keeps each RangeAreas address short (Excel's limit on it is undocumented). */
export const MAX_ADDRESS_CHARS = 1500;

/**
 * Coalesces cells into rectangles: horizontal runs per row, then identical runs stacked over
 * consecutive rows. Input cells may repeat.
 */
export function cellsToRects(cells: readonly { row: number; col: number }[]): CellRect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: CellRect[] = [];
  let open = new Map<string, { top: number; left: number; right: number; bottom: number }>();
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: { left: number; right: number }[] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && last.right === col - 1) last.right = col;
      else runs.push({ left: col, right: col });
    }
    const next = new Map<string, { top: number; left: number; right: number; bottom: number }>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { top: row, bottom: row, left: run.left, right: run.right });
      }
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done
    .map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Plans our conditional formats: each finding's cell gets the colour of its most severe finding;
 * one format per (sheet, severity, address chunk). Sheets and severities come out in a stable order.
 */
export function planMarks(diagnostics: readonly Diagnostic[], maxChars = MAX_ADDRESS_CHARS): MarkPlan[] {
  const worst = new Map<string, { sheet: string; row: number; col: number; severity: Severity }>();
  for (const d of diagnostics) {
    const key = `${d.sheet}\u0000${d.cell.row}\u0000${d.cell.col}`;
    const prev = worst.get(key);
    if (!prev || SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[prev.severity]) {
      worst.set(key, { sheet: d.sheet, row: d.cell.row, col: d.cell.col, severity: d.severity });
    }
  }
  const groups = new Map<
    string,
    { sheet: string; severity: Severity; cells: { row: number; col: number }[] }
  >();
  for (const c of worst.values()) {
    const key = `${c.sheet}\u0000${c.severity}`;
    const g = groups.get(key) ?? { sheet: c.sheet, severity: c.severity, cells: [] };
    g.cells.push({ row: c.row, col: c.col });
    groups.set(key, g);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const plans: MarkPlan[] = [];
  for (const g of ordered) {
    let chunk: CellRect[] = [];
    let len = 0;
    for (const rect of cellsToRects(g.cells)) {
      const ref = toRef(rect);
      if (chunk.length > 0 && len + 2 + ref.length > maxChars) {
        plans.push({
          sheet: g.sheet,
          severity: g.severity,
          rects: chunk,
          address: chunk.map(toRef).join(', '),
        });
        chunk = [];
        len = 0;
      }
      chunk.push(rect);
      len += (len ? 2 : 0) + ref.length;
    }
    if (chunk.length)
      plans.push({
        sheet: g.sheet,
        severity: g.severity,
        rects: chunk,
        address: chunk.map(toRef).join(', '),
      });
  }
  return plans;
}
