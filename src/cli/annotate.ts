/**
 * `jixiao annotate`: a copy of the workbook with each finding highlighted in place — a fill by
 * severity and the message as a cell note — and nothing else changed. The original is never written.
 *
 * exceljs rewrites the whole package, so what it cannot model is not in the copy (charts, pivot
 * tables, shapes, slicers, form controls, threaded-comment replies, external links, and the
 * extension-list parts of a sheet such as sparklines or dropdowns that point at another sheet).
 * `lostParts` names those found in the input so the user is told.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook, type Config, type Diagnostic, type Severity, SEVERITY_ORDER } from '../core';
import { coreLocale, noteLines } from './check';
import { msg, type CliLang } from './messages';
import { entryText, type ZipEntry } from './probe';
import { gridsFromWorkbook, loadWorkbook, readFileBytes } from './xlsx-reader';

/** Fills by severity: Excel's own "light red / yellow / blue" conditional-format fills. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SEV_LABEL: Record<CliLang, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const NOTE_HEADER = 'jixiao';

/** The note text for the findings of one cell. */
export function noteText(ds: readonly Diagnostic[], lang: CliLang): string {
  const lines = ds.map(
    (d) => `[${SEV_LABEL[lang][d.severity]}] ${d.ruleId}${lang === 'en' ? ': ' : '：'}${d.message}`,
  );
  return `${NOTE_HEADER}:\n${lines.join('\n')}`;
}

type NoteValue = string | ExcelJS.Comment | undefined;

function appendNote(existing: NoteValue, text: string): string | ExcelJS.Comment {
  if (existing === undefined || existing === null || existing === '') return text;
  if (typeof existing === 'string') return `${existing}\n\n${text}`;
  const texts = existing.texts ?? [];
  return { ...existing, texts: [...texts, { text: `\n\n${text}` }] } as ExcelJS.Comment;
}

/**
 * Highlights every finding in `wb` (fill + note). Findings on a covered cell of a merged area go to
 * its top-left cell. Returns how many cells were marked.
 */
export function annotateWorkbook(
  wb: ExcelJS.Workbook,
  diagnostics: readonly Diagnostic[],
  lang: CliLang,
): number {
  keepPageNumbering(wb);
  keepHiddenEmptyRows(wb);
  const byCell = new Map<string, { ws: ExcelJS.Worksheet; cell: ExcelJS.Cell; ds: Diagnostic[] }>();
  for (const d of diagnostics) {
    const ws = wb.getWorksheet(d.sheet);
    if (!ws) continue;
    let cell = ws.getCell(d.cell.row + 1, d.cell.col + 1);
    if (cell.isMerged && cell.master && cell.master !== cell) cell = cell.master;
    const key = `${ws.id}:${cell.address}`;
    const entry = byCell.get(key) ?? { ws, cell, ds: [] };
    entry.ds.push(d);
    byCell.set(key, entry);
  }
  for (const { cell, ds } of byCell.values()) {
    const worst = ds.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
    const fill: ExcelJS.Fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: SEVERITY_FILL[worst.severity] },
    };
    // exceljs shares one style object between the cells of a style: give this cell its own copy
    cell.style = { ...cell.style, fill } as ExcelJS.Style;
    cell.note = appendNote(cell.note as NoteValue, noteText(ds, lang));
  }
  return byCell.size;
}

/**
 * exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1", which turns
 * automatic page numbering (continuing across sheets) into "start at 1". Undo that on the way out.
 */
function keepPageNumbering(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const ps = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (ps && !ps.useFirstPageNumber && ps.firstPageNumber !== undefined) {
      ws.pageSetup = { ...ps, firstPageNumber: undefined } as unknown as ExcelJS.PageSetup;
    }
  }
}

/**
 * exceljs writes a row only when it has cells or a height, so a hidden (or grouped) empty row would
 * come back visible. Giving such a row the sheet's default height keeps it: it is hidden anyway.
 */
function keepHiddenEmptyRows(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
    const fallback = ws.properties?.defaultRowHeight || 15;
    for (const row of rows) {
      if (row && row.cellCount === 0 && !row.height && (row.hidden || row.outlineLevel))
        row.height = fallback;
    }
  }
}

const LOST: ReadonlyArray<[RegExp, Record<CliLang, string>]> = [
  [/^xl\/charts\//, { 'zh-CN': '图表', en: 'charts' }],
  [/^xl\/chartsheets\//, { 'zh-CN': '图表工作表', en: 'chart sheets' }],
  [/^xl\/pivot(Tables|Cache)\//, { 'zh-CN': '数据透视表', en: 'pivot tables' }],
  [
    /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//,
    { 'zh-CN': '切片器/日程表', en: 'slicers and timelines' },
  ],
  [/^xl\/ctrlProps\//, { 'zh-CN': '表单控件', en: 'form controls' }],
  [
    /^xl\/threadedComments\//,
    { 'zh-CN': '批注回复（仅保留为普通批注）', en: 'threaded-comment replies (kept as plain notes)' },
  ],
  [/^xl\/externalLinks\//, { 'zh-CN': '外部链接', en: 'external links' }],
  [/^xl\/vbaProject\.bin$/, { 'zh-CN': '宏', en: 'macros' }],
];

/** What of `entries` an exceljs round trip will not keep, as words for the user. */
export function lostParts(buf: Buffer, entries: readonly ZipEntry[], lang: CliLang): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  for (const e of entries) for (const [re, words] of LOST) if (re.test(e.name)) add(words[lang]);
  for (const e of entries) {
    const isDrawing = /^xl\/drawings\/drawing\d+\.xml$/.test(e.name);
    const isSheet = /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name);
    if (!isDrawing && !isSheet) continue;
    if (e.uncompressedSize > 64 * 1024 * 1024) continue;
    let xml: string;
    try {
      xml = entryText(buf, e);
    } catch {
      continue;
    }
    if (isDrawing && /<(\w+:)?sp\b/.test(xml)) add(lang === 'en' ? 'shapes and text boxes' : '形状和文本框');
    if (isSheet && /<(\w+:)?sparklineGroup\b/.test(xml)) add(lang === 'en' ? 'sparklines' : '迷你图');
    if (isSheet && /<x14:dataValidation\b/.test(xml))
      add(lang === 'en' ? 'dropdowns whose list is on another sheet' : '引用其他工作表的下拉列表');
  }
  return out;
}

export interface AnnotateOptions {
  readonly lang: CliLang;
  readonly config?: Partial<Config>;
  readonly maxCells?: number;
}

export interface AnnotateResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly marked: number;
  readonly tables: number;
  readonly notes: readonly string[];
  readonly buffer: Buffer;
}

/** Reads, checks and annotates `input`; returns the new file's bytes (throws ReadError for bad input). */
export async function annotateBuffer(buf: Buffer, opts: AnnotateOptions): Promise<AnnotateResult> {
  // one full load (no parts skipped): the grids are read from the same workbook that is written
  const { workbook, probe } = await loadWorkbook(buf, { maxCells: opts.maxCells });
  const read = gridsFromWorkbook(workbook, probe, { maxCells: opts.maxCells });
  const result = checkWorkbook(read.grids, { locale: coreLocale(opts.lang), config: opts.config });
  const marked = annotateWorkbook(workbook, result.diagnostics, opts.lang);
  const notes = noteLines(read.notes, read.sheets, opts.lang);
  if (result.tables.length === 0) notes.push(msg(opts.lang, 'note.no-table'));
  const lost = lostParts(buf, probe.entries, opts.lang);
  if (lost.length)
    notes.push(msg(opts.lang, 'note.lost-parts', { parts: lost.join(opts.lang === 'en' ? ', ' : '、') }));
  const out = Buffer.from(await workbook.xlsx.writeBuffer());
  return { diagnostics: result.diagnostics, marked, tables: result.tables.length, notes, buffer: out };
}

export async function annotateFile(input: string, opts: AnnotateOptions): Promise<AnnotateResult> {
  return annotateBuffer(await readFileBytes(input), opts);
}

/** True when `a` and `b` name the same file (same path, or the same inode through a link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes bytes through a temporary file in the same folder, then renames: never a half-written file. */
export async function writeFileAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
