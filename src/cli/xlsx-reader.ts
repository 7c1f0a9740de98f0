/**
 * .xlsx → Grid[] with exceljs: every sheet (hidden ones flagged), 0-based cells whose `text` is
 * what Excel displays, merged areas, rich text joined, cached formula results, error values kept.
 * Bad files never crash: they throw a ReadError with an id and a one-line message (messages.ts).
 */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { CellRect } from '../core/model/address';
import { toA1 } from '../core/model/address';
import type { Grid, GridCell } from '../core/model/grid';
import { setupExcelJS } from './exceljs-setup';
import type { Data } from './messages';
import { dateToSerial, formatDate, formatGeneral, formatNumber, formatText } from './numfmt';
import { ReadError, probeXlsx, worksheetPartsAllRead, type ProbeResult } from './probe';

export const DEFAULT_MAX_CELLS = 300_000;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  readonly name: string;
  readonly state: SheetState;
  /** Number of non-empty cells read. */
  readonly cells: number;
}

/** Something the reader wants the user to know about a file it could read. */
export interface ReaderNote {
  /** formula-no-result: formulas without a cached value; sheet-skipped: a worksheet exceljs could not read. */
  readonly id: 'formula-no-result' | 'sheet-skipped';
  readonly sheet: string;
  /** A1 addresses. */
  readonly cells: readonly string[];
}

export interface WorkbookRead {
  readonly grids: Grid[];
  readonly sheets: SheetInfo[];
  readonly notes: ReaderNote[];
  /** The zip's part names (used by annotate to say what exceljs cannot keep). */
  readonly parts: readonly string[];
}

export interface ReadOptions {
  readonly maxCells?: number;
}

// Worksheet parts the reader does not need: skipping them makes loading faster.
const IGNORED_NODES = [
  'sheetPr',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

function errorValue(v: unknown): string | undefined {
  if (v && typeof v === 'object' && 'error' in v && typeof (v as { error: unknown }).error === 'string') {
    return (v as { error: string }).error;
  }
  return undefined;
}

function richTextOf(v: unknown): string | undefined {
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray((v as { richText: unknown }).richText)) {
    return (v as ExcelJS.CellRichTextValue).richText
      .map((r) => (typeof r.text === 'string' ? r.text : ''))
      .join('');
  }
  return undefined;
}

/** One scalar (a plain value or a formula's result) → GridCell. */
const GENERAL_RE = /^\s*General\s*$/i;

/** A cell of the grid; `numberFormat` only when the format is not General (key order: value, text, error, numberFormat). */
function gridCell(value: GridCell['value'], text: string, fmt: string | undefined, error?: string): GridCell {
  if (error !== undefined) return fmt ? { value, text, error, numberFormat: fmt } : { value, text, error };
  return fmt ? { value, text, numberFormat: fmt } : { value, text };
}

/** "G/通用格式" is the Chinese name of General that some exporters write into files literally. */
const GENERAL_ZH_RE = /G\/通用格式/g;

function scalarCell(v: unknown, rawFmt: string | undefined, date1904: boolean): GridCell | null {
  const numFmt = rawFmt?.includes('通用格式') ? rawFmt.replace(GENERAL_ZH_RE, 'General') : rawFmt;
  const fmt = numFmt && numFmt !== 'General' && !GENERAL_RE.test(numFmt) ? numFmt : undefined;
  const withFmt = (c: { value: GridCell['value']; text: string; error?: string }): GridCell =>
    gridCell(c.value, c.text, fmt, c.error);
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : gridCell(v, fmt ? formatText(v, fmt) : v, fmt);
  if (typeof v === 'number') return gridCell(v, formatNumber(v, fmt), fmt);
  if (typeof v === 'boolean') return withFmt({ value: v, text: v ? 'TRUE' : 'FALSE' });
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return withFmt({ value: null, text: '#VALUE!', error: '#VALUE!' });
    const serial = dateToSerial(v, date1904);
    // exceljs turned the serial into a Date because the format is a date format.
    const text = fmt ? formatDate(v, fmt) : formatGeneral(serial);
    return withFmt({ value: serial, text });
  }
  const err = errorValue(v);
  if (err) return withFmt({ value: err, text: err, error: err });
  const rich = richTextOf(v);
  if (rich !== undefined) return rich === '' ? null : withFmt({ value: rich, text: rich });
  if (typeof v === 'object' && 'text' in (v as object)) {
    // hyperlink: { text, hyperlink }, where text may itself be rich text
    const t = (v as { text: unknown }).text;
    const s = typeof t === 'string' ? t : (richTextOf(t) ?? '');
    return s === '' ? null : withFmt({ value: s, text: s });
  }
  return null;
}

interface SheetRead {
  grid: Grid;
  cells: number;
  noResult: string[];
}

/** Reads one exceljs worksheet into a Grid (0-based, merges from the worksheet). */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): SheetRead {
  const rows: (GridCell | null)[][] = [];
  const noResult: string[] = [];
  let count = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let out: (GridCell | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      let gc: GridCell | null = null;
      const raw = cell.value as unknown;
      switch (cell.type) {
        case 1: // Merge: a covered cell of a merged area; only the top-left holds content
          return;
        case 6: {
          // Formula: use the cached result. Read it from cell.result: cell.value drops a falsy one (a saved 0,
          // FALSE or empty string), as exceljs copies the formula model by truthiness.
          const result = (cell as unknown as { result?: unknown }).result;
          if (result === undefined || result === null) {
            noResult.push(toA1({ row: r, col: c }));
            gc = null;
          } else {
            gc = scalarCell(result, cell.numFmt, date1904);
          }
          break;
        }
        default:
          gc = scalarCell(raw, cell.numFmt, date1904);
      }
      if (!gc) return;
      if (!out) {
        out = [];
        rows[r] = out;
      }
      while (out.length < c) out.push(null);
      out[c] = gc;
      count++;
    });
  });
  // exceljs leaves holes for rows without cells; make them explicit empties.
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges: CellRect[] = [];
  const mergeMap = (
    ws as unknown as {
      _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
    }
  )._merges;
  if (mergeMap) {
    for (const m of Object.values(mergeMap)) {
      const { top, left, bottom, right } = m.model;
      merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    }
  } else {
    for (const ref of ws.model.merges ?? []) {
      const [a, b] = String(ref).split(':');
      const p = (x: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(x)!;
        let col = 0;
        for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
        return { row: Number(m[2]) - 1, col: col - 1 };
      };
      const s = p(a);
      const e = p(b ?? a);
      merges.push({ top: s.row, left: s.col, bottom: e.row, right: e.col });
    }
  }
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  const state = (ws.state ?? 'visible') as SheetState;
  const grid: Grid =
    state === 'visible'
      ? { sheet: ws.name, cells: rows, merges }
      : { sheet: ws.name, cells: rows, merges, hidden: true };
  return { grid, cells: count, noResult };
}

function fsError(e: unknown): ReadError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ReadError('not-found');
  if (code === 'EACCES' || code === 'EPERM') return new ReadError('unreadable', { detail: 'detail.eacces' });
  if (code === 'EISDIR') return new ReadError('unreadable', { detail: 'detail.eisdir' });
  return new ReadError('unreadable', { detail: code ?? '' });
}

/**
 * The bytes of a file. Read synchronously: a workbook is small and checked right after, and the
 * asynchronous read (open, stat, read, close through the thread pool) left this thread idle for
 * about a tenth of a 100-file run.
 */
export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return readFileSync(path);
  } catch (e) {
    throw fsError(e);
  }
}

/** Loads a workbook with exceljs after the probe; exceljs failures become ReadError('corrupt'). */
export async function loadWorkbook(
  buf: Buffer,
  options: ReadOptions & { forReading?: boolean } = {},
): Promise<{ workbook: ExcelJS.Workbook; probe: ProbeResult }> {
  const probe = await probeXlsx(buf, options.maxCells ?? DEFAULT_MAX_CELLS);
  const ExcelJSLib = setupExcelJS();
  const workbook = new ExcelJSLib.Workbook();
  try {
    const loadOptions = options.forReading ? ({ ignoreNodes: IGNORED_NODES } as object) : {};
    await workbook.xlsx.load(buf as unknown as ArrayBuffer, loadOptions as never);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const text = e instanceof Error ? e.message : String(e);
    const detail = /end of central directory|corrupt|invalid|zip/i.test(text) ? 'zip' : '';
    throw new ReadError('corrupt', { detail });
  }
  return { workbook, probe };
}

/** Reads every sheet of a loaded workbook into grids (see worksheetToGrid). */
export function gridsFromWorkbook(
  workbook: ExcelJS.Workbook,
  probe: ProbeResult,
  options: ReadOptions = {},
): WorkbookRead {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const grids: Grid[] = [];
  const sheets: SheetInfo[] = [];
  const notes: ReaderNote[] = [];
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  for (const ws of workbook.worksheets) {
    let read: SheetRead;
    try {
      read = worksheetToGrid(ws, date1904);
    } catch {
      throw new ReadError('corrupt', { detail: ws.name });
    }
    // The probe counts cells before loading; this catches files whose parts it could not see.
    if (read.cells > maxCells)
      throw new ReadError('too-large', { sheet: ws.name, cells: read.cells, limit: maxCells });
    grids.push(read.grid);
    sheets.push({ name: ws.name, state: (ws.state ?? 'visible') as SheetState, cells: read.cells });
    if (read.noResult.length) notes.push({ id: 'formula-no-result', sheet: ws.name, cells: read.noResult });
  }
  // exceljs reads worksheet parts named xl/worksheets/sheetN.xml only; say so for any other
  const read = new Set(workbook.worksheets.map((w) => w.name));
  const skipped = worksheetPartsAllRead(probe.entries, workbook.worksheets.length) ? [] : probe.sheets();
  for (const part of skipped) {
    if (/^xl\/worksheets\//.test(part.path) && !read.has(part.name))
      notes.push({ id: 'sheet-skipped', sheet: part.name, cells: [] });
  }
  return { grids, sheets, notes, parts: probe.entries.map((e) => e.name) };
}

/** Reads every sheet of an .xlsx buffer. Throws ReadError for anything that is not a readable workbook. */
export async function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): Promise<WorkbookRead> {
  const { workbook, probe } = await loadWorkbook(buf, { ...options, forReading: true });
  return gridsFromWorkbook(workbook, probe, options);
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookRead> {
  const buf = await readFileBytes(path);
  return readWorkbookBuffer(buf, options);
}

/** Message data for a ReadError, with nested message ids (what.*, detail.*) left for msg() to resolve. */
export function readErrorData(e: ReadError): Data {
  return e.data;
}
