/** `jixiao check`: read each file, run the core, collect one result per file. Never throws for bad input. */
import { checkWorkbook, type Config, type Diagnostic, type TableInfo } from '../core';
import type { Locale } from '../core/diagnostics/diagnostic';
import { msg, type CliLang } from './messages';
import { ReadError } from './probe';
import { readWorkbookFile, type ReaderNote, type SheetInfo } from './xlsx-reader';

export interface FileResult {
  readonly file: string;
  /** One line in the user's language, or null when the file was read. */
  readonly error: string | null;
  readonly errorId: string | null;
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sheets: readonly SheetInfo[];
  /** Reader notes and hints, one line each, in the user's language. */
  readonly notes: readonly string[];
}

export interface CheckRunOptions {
  readonly lang: CliLang;
  readonly config?: Partial<Config>;
  readonly maxCells?: number;
}

export function coreLocale(lang: CliLang): Locale {
  return lang === 'en' ? 'en-US' : 'zh-CN';
}

export function readErrorLine(e: ReadError, lang: CliLang): string {
  return msg(lang, e.id, e.data);
}

/** Turns anything thrown while reading into a ReadError (unknown failures count as a damaged file). */
export function asReadError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const code = (e as { code?: string })?.code;
  if (code === 'ERR_OUT_OF_MEMORY' || e instanceof RangeError)
    return new ReadError('too-large', { sheet: '?', cells: '?', limit: '?' });
  return new ReadError('corrupt', { detail: '' });
}

export function noteLines(
  notes: readonly ReaderNote[],
  sheets: readonly SheetInfo[],
  lang: CliLang,
): string[] {
  const out: string[] = [];
  const hidden = sheets.filter((s) => s.state !== 'visible').map((s) => s.name);
  if (hidden.length)
    out.push(msg(lang, 'note.hidden-sheets', { sheets: hidden.join(lang === 'en' ? ', ' : '、') }));
  for (const n of notes) {
    if (n.id === 'sheet-skipped') {
      out.push(msg(lang, 'note.sheet-skipped', { sheet: n.sheet }));
      continue;
    }
    const shown = n.cells.slice(0, 8).join(lang === 'en' ? ', ' : '、') + (n.cells.length > 8 ? ' …' : '');
    out.push(msg(lang, 'note.formula-no-result', { cells: `${n.sheet}!${shown}` }));
  }
  return out;
}

export function failed(file: string, e: ReadError, lang: CliLang): FileResult {
  return {
    file,
    error: readErrorLine(e, lang),
    errorId: e.id,
    tables: [],
    diagnostics: [],
    sheets: [],
    notes: [],
  };
}

/** Checks one file. */
export async function checkFile(file: string, opts: CheckRunOptions): Promise<FileResult> {
  let read;
  try {
    read = await readWorkbookFile(file, { maxCells: opts.maxCells });
  } catch (e) {
    return failed(file, asReadError(e), opts.lang);
  }
  const result = checkWorkbook(read.grids, { locale: coreLocale(opts.lang), config: opts.config });
  const notes = noteLines(read.notes, read.sheets, opts.lang);
  if (result.tables.length === 0) notes.push(msg(opts.lang, 'note.no-table'));
  return {
    file,
    error: null,
    errorId: null,
    tables: result.tables,
    diagnostics: result.diagnostics,
    sheets: read.sheets,
    notes,
  };
}
