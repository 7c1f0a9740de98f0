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

/** A cell as the diagnostic's own sheet names it: A1 on that sheet, Sheet!A1 elsewhere. */
function localRef(own: string, sheet: string, cell: CellAddress): string {
  return sheet === own ? toA1(cell) : sheetRef(sheet, cell);
}

function jsonDiagnostic(d: Diagnostic) {
  const related: string[] = new Array<string>(d.related.length);
  for (let i = 0; i < d.related.length; i++)
    related[i] = localRef(d.sheet, d.related[i].sheet, d.related[i].cell);
  return {
    rule: d.ruleId,
    severity: d.severity,
    sheet: d.sheet,
    cell: toA1(d.cell),
    message: d.message,
    related,
    fix: d.fix ? { cell: localRef(d.sheet, d.fix.sheet, d.fix.cell), value: d.fix.value } : null,
  };
}

function jsonFile(r: FileResult) {
  return {
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
  };
}

/** Running totals of a check run, for the summary and the exit status. */
export class Tally {
  files = 0;
  tables = 0;
  errors = 0;
  warnings = 0;
  infos = 0;
  failed = 0;

  add(r: FileResult): void {
    this.files++;
    if (r.error) this.failed++;
    this.tables += r.tables.length;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') this.errors++;
      else if (d.severity === 'warning') this.warnings++;
      else this.infos++;
    }
  }

  get summary(): Summary {
    return {
      files: this.files,
      tables: this.tables,
      errors: this.errors,
      warnings: this.warnings,
      infos: this.infos,
    };
  }

  /** 0: no error finding; 1: at least one; 2: a file could not be read. */
  get exitCode(): number {
    return this.failed > 0 ? 2 : this.errors > 0 ? 1 : 0;
  }
}

/** Writes results as they come (nothing is kept but the totals), then the summary. */
export interface Reporter {
  file(r: FileResult): void;
  end(): void;
  readonly tally: Tally;
}

export interface Sink {
  write(s: string): unknown;
}

const indentLines = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/**
 * The JSON document of cli.md (plus per-file `sheets` and `notes`, a compatible extension), written
 * file by file. Indented for a person (a terminal), compact for a program (a pipe or a file); the
 * text is exactly JSON.stringify of the whole document either way.
 */
export function jsonReporter(out: Sink, indent: boolean): Reporter {
  const tally = new Tally();
  let first = true;
  return {
    tally,
    file(r) {
      tally.add(r);
      const body = indent
        ? '    ' + indentLines(JSON.stringify(jsonFile(r), null, 2), '    ')
        : JSON.stringify(jsonFile(r));
      out.write((first ? (indent ? '{\n  "files": [\n' : '{"files":[') : indent ? ',\n' : ',') + body);
      first = false;
    },
    end() {
      const summary = JSON.stringify(tally.summary, null, indent ? 2 : undefined);
      if (indent)
        out.write(
          `${first ? '{\n  "files": []' : '\n  ]'},\n  "summary": ${indentLines(summary, '  ')}\n}\n`,
        );
      else out.write(`${first ? '{"files":[]' : ']'},"summary":${summary}}\n`);
    },
  };
}

/** The whole JSON document at once (tests, small runs). */
export function toJson(results: readonly FileResult[], indent = true): string {
  let text = '';
  const rep = jsonReporter({ write: (s: string) => (text += s) }, indent);
  for (const r of results) rep.file(r);
  rep.end();
  return text;
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
export function textReporter(out: Sink, lang: CliLang, colour: boolean): Reporter {
  const tally = new Tally();
  const c = (k: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[k]}${s}${RESET}` : s);
  // one line per finding: a cell text quoted in a message may hold line breaks (Alt+Enter)
  const finding = (d: Diagnostic) =>
    `    ${sheetRef(d.sheet, d.cell)}  ${c(d.severity, d.severity)}  ${d.ruleId}  ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  return {
    tally,
    file(r) {
      tally.add(r);
      const lines: string[] = [];
      if (r.error) {
        lines.push(`${c('bold', r.file)}: ${c('bad', r.error)}`);
      } else {
        lines.push(c('bold', r.file));
        for (const n of r.notes) lines.push(`  ${c('dim', n)}`);
        const byTable: Diagnostic[][] = r.tables.map(() => []);
        const outside: Diagnostic[] = [];
        for (const d of r.diagnostics)
          (d.table >= 0 && d.table < byTable.length ? byTable[d.table] : outside).push(d);
        r.tables.forEach((t, i) => {
          lines.push(
            `  ${msg(lang, 'text.table', { range: rectToA1(t.range), sheet: t.sheet, title: t.title, layout: t.layout, profile: t.profile })}`,
          );
          if (byTable[i].length === 0) lines.push(`    ${c('dim', msg(lang, 'text.no-findings'))}`);
          for (const d of byTable[i]) lines.push(finding(d));
        });
        if (outside.length) {
          lines.push(`  ${msg(lang, 'text.outside')}`);
          for (const d of outside) lines.push(finding(d));
        }
      }
      out.write(lines.join('\n') + '\n');
    },
    end() {
      out.write(`\n${msg(lang, 'text.summary', { ...tally.summary, failed: tally.failed })}\n`);
    },
  };
}

/** The whole text output at once (tests, small runs). */
export function toText(results: readonly FileResult[], lang: CliLang, colour: boolean): string {
  let text = '';
  const rep = textReporter({ write: (s: string) => (text += s) }, lang, colour);
  for (const r of results) rep.file(r);
  rep.end();
  return text;
}
