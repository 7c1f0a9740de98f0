/**
 * The corpus of real published 绩效目标表 (tests/corpus/tables, format in tests/corpus/README.md): loading a table
 * into a Grid as a front end would deliver it, and scoring the checker's findings against a reviewer's expectations.
 * Used by `npm run corpus` (scripts/corpus.ts) and by the floors test (corpus.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  checkWorkbook,
  fromA1,
  rectFromA1,
  toA1,
  type CellRect,
  type Diagnostic,
  type Grid,
  type GridCell,
} from '../../src/core';
import { formatNumber } from '../../src/cli/numfmt';

export const CORPUS_DIR = path.join(__dirname, 'tables');

export interface Expectation {
  readonly cell: string;
  readonly rule: string;
  readonly why?: string;
}

export interface CorpusTable {
  readonly id: string;
  readonly source: string;
  readonly province: string;
  readonly place?: string;
  readonly year?: number;
  readonly publisher?: string;
  readonly family: string;
  readonly features?: readonly string[];
  readonly note?: string;
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  readonly formats?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly tables: number;
  readonly header?: readonly string[];
  readonly expect: readonly Expectation[];
  readonly right: readonly string[];
}

export const FAMILIES: readonly string[] = [
  'project-seed',
  'project-88',
  'project-101',
  'project-local',
  'department',
  'transfer',
  'central-investment',
  'flat-list',
  'multi-year',
  'per-site',
];

/** Problems with the file itself (not the checker's): a corpus entry must be well-formed to count. */
export function validateEntry(t: CorpusTable, file: string): string[] {
  const out: string[] = [];
  const base = path.basename(file, '.json');
  if (t.id !== base) out.push(`id "${t.id}" is not the file name "${base}"`);
  if (!/^https?:\/\//.test(t.source ?? '')) out.push('source is no web address');
  if (!t.province) out.push('province missing');
  if (!FAMILIES.includes(t.family)) out.push(`unknown family "${t.family}"`);
  if (!Array.isArray(t.rows) || t.rows.length === 0) out.push('rows missing');
  if (!(t.tables >= 0)) out.push('tables missing');
  const filled = (a1: string): boolean => {
    const c = fromA1(a1);
    if (!c) return false;
    const v = t.rows[c.row]?.[c.col];
    return v !== undefined && v !== null && v !== '';
  };
  for (const m of t.merges ?? []) if (!rectFromA1(m)) out.push(`bad merge "${m}"`);
  for (const e of t.expect ?? []) if (!fromA1(e.cell)) out.push(`bad expected cell "${e.cell}"`);
  for (const a of [...(t.right ?? []), ...(t.header ?? [])])
    if (!filled(a)) out.push(`cell ${a} is named but empty`);
  return out;
}

export function loadCorpus(dir = CORPUS_DIR): { file: string; table: CorpusTable }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      return { file, table: JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusTable };
    });
}

/** The table's cells as a front end delivers them: numbers keep their value, text is what Excel shows. */
export function toGrid(t: CorpusTable): Grid {
  const formats = t.formats ?? {};
  const cells: (GridCell | null)[][] = t.rows.map((row, r) =>
    row.map((v, c): GridCell | null => {
      if (v === null || v === undefined || v === '') return null;
      if (typeof v === 'number') {
        const fmt = formats[toA1({ row: r, col: c })];
        return fmt
          ? { value: v, text: formatNumber(v, fmt), numberFormat: fmt }
          : { value: v, text: String(v) };
      }
      return { value: v, text: String(v) };
    }),
  );
  const merges = (t.merges ?? []).map((m) => rectFromA1(m)).filter((m): m is CellRect => m !== undefined);
  return { sheet: t.sheet || 'Sheet1', cells, merges };
}

export interface TableScore {
  readonly id: string;
  readonly province: string;
  readonly family: string;
  /** tables the reader found, against the tables the entry says the sheet holds */
  readonly tablesRead: number;
  readonly tablesExpected: number;
  /** the sheet's tables were found (none missing, and at least one when the entry has any) */
  readonly read: boolean;
  readonly expected: number;
  readonly found: number;
  readonly missed: readonly Expectation[];
  readonly rightCells: number;
  readonly falseAlarms: ReadonlyArray<{
    readonly cell: string;
    readonly rule: string;
    readonly message: string;
  }>;
  /** header fields the table has but the checker called missing */
  readonly headerMissed: ReadonlyArray<{ readonly cell: string; readonly message: string }>;
  readonly diagnostics: readonly Diagnostic[];
}

/** A finding counts for an expectation when it names the expected rule at the expected cell (or lists it as related). */
function matches(d: Diagnostic, e: Expectation): boolean {
  if (d.ruleId !== e.rule) return false;
  const at = fromA1(e.cell);
  if (!at) return false;
  if (d.cell.row === at.row && d.cell.col === at.col) return true;
  return d.related.some((r) => r.cell.row === at.row && r.cell.col === at.col);
}

export function scoreTable(t: CorpusTable): TableScore {
  const grid = toGrid(t);
  const result = checkWorkbook([grid]);
  const ds = result.diagnostics;
  const missed = t.expect.filter((e) => !ds.some((d) => matches(d, e)));
  const serious = ds.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const falseAlarms: { cell: string; rule: string; message: string }[] = [];
  for (const a1 of new Set(t.right)) {
    const at = fromA1(a1);
    if (!at) continue;
    const hit = serious.find(
      (d) =>
        d.cell.row === at.row &&
        d.cell.col === at.col &&
        !t.expect.some((e) => e.cell === a1 && e.rule === d.ruleId),
    );
    if (hit) falseAlarms.push({ cell: a1, rule: hit.ruleId, message: hit.message });
  }
  const headerMissed = ds
    .filter((d) => d.ruleId === 'table-header-missing' && !t.expect.some((e) => matches(d, e)))
    .map((d) => ({ cell: toA1(d.cell), message: d.message }));
  const tablesRead = result.read.filter((x) => !x.continues).length;
  return {
    id: t.id,
    province: t.province,
    family: t.family,
    tablesRead,
    tablesExpected: t.tables,
    read: t.tables === 0 ? tablesRead === 0 : tablesRead >= t.tables,
    expected: t.expect.length,
    found: t.expect.length - missed.length,
    missed,
    rightCells: new Set(t.right).size,
    falseAlarms,
    headerMissed,
    diagnostics: ds,
  };
}

export interface CorpusSummary {
  readonly tables: number;
  readonly read: number;
  readonly expected: number;
  readonly found: number;
  readonly recall: number;
  readonly rightCells: number;
  readonly falseAlarms: number;
  readonly falseAlarmRate: number;
  readonly headerMissed: number;
  readonly provinces: number;
  readonly families: number;
}

export function summarize(scores: readonly TableScore[]): CorpusSummary {
  const sum = (f: (s: TableScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found);
  const rightCells = sum((s) => s.rightCells);
  const falseAlarms = sum((s) => s.falseAlarms.length);
  return {
    tables: scores.length,
    read: scores.filter((s) => s.read).length,
    expected,
    found,
    recall: expected === 0 ? 1 : found / expected,
    rightCells,
    falseAlarms,
    falseAlarmRate: rightCells === 0 ? 0 : falseAlarms / rightCells,
    headerMissed: sum((s) => s.headerMissed.length),
    provinces: new Set(scores.map((s) => s.province)).size,
    families: new Set(scores.map((s) => s.family)).size,
  };
}
