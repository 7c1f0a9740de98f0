/** Renders check results as the JSON document of cli.md or as grouped text lines. */
import { rectToA1, toA1, type CellAddress, type Diagnostic, type Severity } from '../core';
import type { FileResult } from './check';
import { msg, type CliLang } from './messages';

export interface Summary {
  readonly files: number;
  readonly tables: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function summarize(results: readonly FileResult[]): Summary & { failed: number } {
  let tables = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let failed = 0;
  for (const r of results) {
    if (r.error) failed++;
    tables += r.tables.length;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: results.length, tables, errors, warnings, infos, failed };
}

/** 0: no error finding; 1: at least one; 2: a file could not be read. */
export function exitCodeOf(results: readonly FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

const quoted = new Map<string, string>();

/** A sheet name as a reference prefix: quoted as Excel does when it has spaces or punctuation. */
function sheetPrefix(sheet: string): string {
  let s = quoted.get(sheet);
  if (s === undefined) {
    const needsQuotes = !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) || /^[A-Za-z]{1,3}\d+$/.test(sheet);
    s = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
    if (quoted.size < 10000) quoted.set(sheet, s);
  }
  return s;
}

/** A sheet-qualified A1 reference as Excel writes it ('My sheet'!A1 when the name needs quotes). */
export function sheetRef(sheet: string, cell: CellAddress): string {
  return `${sheetPrefix(sheet)}!${toA1(cell)}`;
}

function jsonDiagnostic(d: Diagnostic) {
  const local = (sheet: string, cell: CellAddress) => (sheet === d.sheet ? toA1(cell) : sheetRef(sheet, cell));
  return {
    rule: d.ruleId,
    severity: d.severity,
    sheet: d.sheet,
    cell: toA1(d.cell),
    message: d.message,
    related: d.related.map((r) => local(r.sheet, r.cell)),
    fix: d.fix ? { cell: local(d.fix.sheet, d.fix.cell), value: d.fix.value } : null,
  };
}

/**
 * The JSON document of cli.md (plus per-file `sheets` and `notes`, a compatible extension).
 * Indented for a person (a terminal), compact for a program (a pipe or a file).
 */
export function toJson(results: readonly FileResult[], indent = true): string {
  const s = summarize(results);
  const doc = {
    files: results.map((r) => ({
      file: r.file,
      error: r.error,
      tables: r.tables.map((t) => ({
        sheet: t.sheet,
        range: rectToA1(t.range),
        title: t.title,
        layout: t.layout,
        profile: t.profile,
      })),
      diagnostics: r.diagnostics.map(jsonDiagnostic),
      sheets: r.sheets.map((x) => ({ name: x.name, hidden: x.state !== 'visible', state: x.state })),
      notes: r.notes,
    })),
    summary: { files: s.files, tables: s.tables, errors: s.errors, warnings: s.warnings, infos: s.infos },
  };
  return JSON.stringify(doc, null, indent ? 2 : undefined) + '\n';
}

const COLOURS: Record<Severity | 'dim' | 'bold' | 'bad', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  bad: '\x1b[31m',
};
const RESET = '\x1b[0m';

/** Text output: one line per finding, grouped by file and table, then a summary line. */
export function toText(results: readonly FileResult[], lang: CliLang, colour: boolean): string {
  const c = (k: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[k]}${s}${RESET}` : s);
  const lines: string[] = [];
  const finding = (d: Diagnostic) =>
    `    ${sheetRef(d.sheet, d.cell)}  ${c(d.severity, d.severity)}  ${d.ruleId}  ${d.message}`;
  for (const r of results) {
    if (r.error) {
      lines.push(`${c('bold', r.file)}: ${c('bad', r.error)}`);
      continue;
    }
    lines.push(c('bold', r.file));
    for (const n of r.notes) lines.push(`  ${c('dim', n)}`);
    r.tables.forEach((t, i) => {
      lines.push(
        `  ${msg(lang, 'text.table', { range: rectToA1(t.range), sheet: t.sheet, title: t.title, layout: t.layout, profile: t.profile })}`,
      );
      const ds = r.diagnostics.filter((d) => d.table === i);
      if (ds.length === 0) lines.push(`    ${c('dim', msg(lang, 'text.no-findings'))}`);
      for (const d of ds) lines.push(finding(d));
    });
    const outside = r.diagnostics.filter((d) => d.table < 0 || d.table >= r.tables.length);
    if (outside.length) {
      lines.push(`  ${msg(lang, 'text.outside')}`);
      for (const d of outside) lines.push(finding(d));
    }
  }
  const s = summarize(results);
  lines.push('');
  lines.push(msg(lang, 'text.summary', { ...s }));
  return lines.join('\n') + '\n';
}
