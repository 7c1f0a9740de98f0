/**
 * The checker: grids in, tables and diagnostics out. Synchronous, deterministic and pure.
 */
import type { CellAddress, CellRect } from './model/address';
import { withCellText, type Grid } from './model/grid';
import type { IndicatorRow, TargetTable, TableLayout } from './model/table';
import { parseValue } from './schema/value';
import { readTables } from './reader/read-tables';
import { resolveConfig, type Config } from './config/config';
import { RULES } from './rules';
import type { Report, Rule, TableRule } from './rules/define-rule';
import { interpolate } from './diagnostics/interpolate';
import {
  SEVERITY_ORDER,
  type CellEdit,
  type CellRef,
  type Diagnostic,
  type Locale,
  type Severity,
  type Suggestion,
} from './diagnostics/diagnostic';
import type { ProfileId } from './templates/vocab';

export interface CheckOptions {
  readonly locale?: Locale;
  readonly config?: Partial<Config>;
  /** Only these rules (ids); default all. */
  readonly only?: readonly string[];
}

export interface TableInfo {
  readonly sheet: string;
  readonly range: CellRect;
  readonly title: string;
  readonly layout: TableLayout;
  readonly profile: ProfileId;
}

export interface CheckResult {
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
  /** The tables as read, for front ends that group or navigate by table. */
  readonly read: readonly TargetTable[];
}

function compareInTable(a: Diagnostic, b: Diagnostic): number {
  return (
    a.cell.row - b.cell.row ||
    a.cell.col - b.cell.col ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Stable insertion sort of b[from, to) by compareInTable (a table's findings on one row are few). */
function insertionSort(b: Diagnostic[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const d = b[i];
    let j = i - 1;
    while (j >= from && compareInTable(b[j], d) > 0) {
      b[j + 1] = b[j];
      j--;
    }
    b[j + 1] = d;
  }
}

/** Scratch space of appendSorted, reused from table to table. */
let rowCounts = new Int32Array(64);
const placed: Diagnostic[] = [];

/**
 * Writes a table's findings into `out` from index `at` (returning the index after them), sorted by compareInTable
 * (stable): a counting sort by row inside the table's range, then each row's few findings by column, severity and
 * rule. Findings outside the range (none are expected) fall back to a comparison sort.
 */
function appendSorted(out: Diagnostic[], at: number, b: Diagnostic[], top: number, bottom: number): number {
  const height = bottom - top + 1;
  let inRange = height > 0 && height < 1 << 20;
  for (let i = 0; inRange && i < b.length; i++) {
    const r = b[i].cell.row;
    if (!(r >= top && r <= bottom)) inRange = false;
  }
  if (!inRange) {
    b.sort(compareInTable);
    for (const d of b) out[at++] = d;
    return at;
  }
  if (rowCounts.length < height + 1) rowCounts = new Int32Array(height + 1);
  const starts = rowCounts;
  starts.fill(0, 0, height + 1);
  for (const d of b) starts[d.cell.row - top + 1]++;
  for (let r = 1; r <= height; r++) starts[r] += starts[r - 1];
  placed.length = b.length;
  for (const d of b) placed[starts[d.cell.row - top]++] = d;
  // starts[r] is now the end of row r's findings
  let from = 0;
  for (let r = 0; r < height && from < b.length; r++) {
    const to = starts[r];
    if (to - from > 1) insertionSort(placed, from, to);
    from = to;
  }
  for (let i = 0; i < b.length; i++) out[at++] = placed[i];
  placed.length = 0;
  return at;
}

/** Sorts the findings by sheet (in the order the sheets came), row, column, severity and rule, when they are not. */
function sortIfNeeded(ds: Diagnostic[]): void {
  // the sheets come in order (their tables are read sheet by sheet); only a sheet's own findings may be out of order
  let from = 0;
  let sorted = true;
  for (let i = 1; i <= ds.length; i++) {
    if (i === ds.length || ds[i].sheet !== ds[from].sheet) {
      if (!sorted) {
        const part = ds.slice(from, i).sort(compareInTable);
        for (let k = 0; k < part.length; k++) ds[from + k] = part[k];
      }
      from = i;
      sorted = true;
    } else if (sorted && compareInTable(ds[i - 1], ds[i]) > 0) sorted = false;
  }
}

function isRef(x: CellAddress | CellRef): x is CellRef {
  return (x as CellRef).sheet !== undefined && (x as CellRef).cell !== undefined;
}

const NO_REFS: readonly CellRef[] = Object.freeze([]) as readonly CellRef[];
const NO_SUGGESTIONS: readonly Suggestion[] = Object.freeze([]) as readonly Suggestion[];
const NO_DATA = Object.freeze({});

function render(rule: Rule, id: string, data: Record<string, string | number>, locale: Locale): string {
  const m = rule.messages[id];
  return m ? interpolate(m[locale] ?? m['zh-CN'], data) : id;
}

/** Related cells as CellRefs; a list that holds CellRefs only (cross-table findings name up to 20) is kept as is. */
function toRefs(xs: ReadonlyArray<CellAddress | CellRef>, sheet: string): readonly CellRef[] {
  let allRefs = true;
  for (let i = 0; allRefs && i < xs.length; i++) allRefs = isRef(xs[i]);
  if (allRefs) return xs as readonly CellRef[];
  return xs.map((x) => (isRef(x) ? x : { sheet, cell: x }));
}

function toDiagnostic(
  rule: Rule,
  r: Report<string>,
  table: TargetTable,
  tableIndex: number,
  severity: Severity,
  locale: Locale,
): Diagnostic {
  const data = r.data ?? NO_DATA;
  const sheet = table.sheet;
  let related = NO_REFS;
  if (r.related && r.related.length > 0) related = toRefs(r.related, sheet);
  let suggestions = NO_SUGGESTIONS;
  if (r.suggestions && r.suggestions.length > 0)
    suggestions = r.suggestions.map((s) => ({
      messageId: s.messageId,
      data: s.data ?? NO_DATA,
      message: render(rule, s.messageId, s.data ?? NO_DATA, locale),
      edit: { sheet, cell: s.cell ?? r.cell, value: s.value },
    }));
  return {
    ruleId: rule.id,
    severity,
    messageId: r.messageId,
    data,
    message: render(rule, r.messageId, data, locale),
    sheet,
    cell: r.cell,
    related,
    fix: r.fix !== undefined ? { sheet, cell: r.cell, value: r.fix } : null,
    suggestions,
    table: tableIndex,
  };
}

/** The rules about one value (its grammar, unit, direction), run on the 中期 values of 88号 layouts as well. */
const MID_VALUE_RULES: ReadonlySet<string> = new Set([
  'value-syntax',
  'value-operator-missing',
  'value-normalize',
  'value-unit-unknown',
  'value-range',
  'value-qualitative-vague',
  'unit-category-mismatch',
  'unit-name-mismatch',
  'direction',
]);

/** The table seen through its 中期 column: each row's value is its 中期 value; rows without one are left out. */
function midTable(t: TargetTable): TargetTable | null {
  if (t.columns.midValue === undefined) return null;
  const rows: IndicatorRow[] = [];
  for (const r of t.rows)
    if (r.midValue && r.midValue.text !== '')
      rows.push({ ...r, value: r.midValue, parsed: parseValue(r.midValue.text) });
  return rows.length > 0 ? { ...t, rows, columns: { ...t.columns, value: t.columns.midValue } } : null;
}

/** The table seen through each further value column (a year, a town, a site): each value checked at its own cell. */
function moreValueTables(t: TargetTable): TargetTable[] {
  const out: TargetTable[] = [];
  t.moreValueColumns.forEach((m, k) => {
    const rows: IndicatorRow[] = [];
    for (const r of t.rows) {
      const v = r.moreValues[k];
      if (v && v.text !== '') rows.push({ ...r, value: v, parsed: parseValue(v.text) });
    }
    if (rows.length > 0) out.push({ ...t, rows, columns: { ...t.columns, value: m.col } });
  });
  return out;
}

/** Reads every table of every grid and runs the rules. Never throws for any grid. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  const config = resolveConfig(options.config);
  const locale: Locale = options.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const tables: TargetTable[] = [];
  for (const g of grids) tables.push(...readTables(g, { profile: config.profile }));
  return { ...runRules(tables, config, locale, options.only), read: tables };
}

/** Checks one sheet. Workbook-wide rules see only this sheet's tables. */
export function checkSheet(grid: Grid, options: CheckOptions = {}): CheckResult {
  return checkWorkbook([grid], options);
}

function runRules(tables: TargetTable[], config: Config, locale: Locale, only?: readonly string[]) {
  // Findings are collected per table; tables come in sheet order and top to bottom and never overlap,
  // so sorting each table's findings by row and column sorts the whole list by sheet, row, column.
  const buckets: Diagnostic[][] = tables.map(() => []);
  const active = RULES.filter((r) => config.rules[r.id] !== 'off' && (!only || only.includes(r.id)));
  // a severity override of the config, per rule, looked up once
  const overrideOf = (rule: Rule): Severity | undefined => {
    const o = config.rules[rule.id];
    return o && o !== 'off' ? o : undefined;
  };
  // Table rules: table by table (its data stays hot in cache), one context per table.
  const tableRules = active.filter((r) => r.scope === 'table') as TableRule<string>[];
  const overrides = tableRules.map(overrideOf);
  for (let ti = 0; ti < tables.length; ti++) {
    const table = tables[ti];
    const bucket = buckets[ti];
    let rule: TableRule<string> = tableRules[0];
    let override: Severity | undefined;
    const ctx = {
      table,
      config,
      report: (r: Report<string>) =>
        bucket.push(toDiagnostic(rule, r, table, ti, override ?? r.severity ?? rule.defaultSeverity, locale)),
    };
    // cells the reader could not read as a table: only table-unreadable speaks of them
    const unreadable = table.unreadable !== null;
    for (let i = 0; i < tableRules.length; i++) {
      rule = tableRules[i];
      if (unreadable !== (rule.id === 'table-unreadable')) continue;
      override = overrides[i];
      rule.check(ctx);
    }
    // 88号 layouts: the rules about one value look at each 中期 value too (findings at the 中期 cells); so they do at
    // each value of a further year, town or site column
    const views: TargetTable[] = [];
    const mid = midTable(table);
    if (mid !== null) views.push(mid);
    if (table.moreValueColumns.length > 0) views.push(...moreValueTables(table));
    for (const view of views) {
      const viewCtx = { ...ctx, table: view };
      for (let i = 0; i < tableRules.length; i++) {
        if (!MID_VALUE_RULES.has(tableRules[i].id)) continue;
        rule = tableRules[i];
        override = overrides[i];
        rule.check(viewCtx);
      }
    }
  }
  for (const rule of active)
    if (rule.scope === 'workbook') {
      const override = overrideOf(rule);
      rule.check({
        tables,
        config,
        report: (ti, r) =>
          buckets[ti].push(
            toDiagnostic(rule, r, tables[ti], ti, override ?? r.severity ?? rule.defaultSeverity, locale),
          ),
      });
    }
  // one array of the final size (no regrowth while tens of thousands of findings are appended)
  let total = 0;
  for (const b of buckets) total += b.length;
  const diagnostics = new Array<Diagnostic>(total);
  let at = 0;
  for (let ti = 0; ti < buckets.length; ti++)
    at = appendSorted(diagnostics, at, buckets[ti], tables[ti].range.top, tables[ti].range.bottom);
  // tables of one sheet usually follow each other without overlap, so the list is sorted now; a layout whose fields
  // stand outside its range (the project columns of a multi-project grid) is put in order here
  sortIfNeeded(diagnostics);
  const infos: TableInfo[] = tables.map((t) => ({
    sheet: t.sheet,
    range: t.range,
    title: t.title?.text ?? t.header.name?.text ?? '',
    layout: t.layout,
    profile: t.profile,
  }));
  return { tables: infos, diagnostics };
}

/** Re-renders a diagnostic's message in another locale (messages are data: id + data). */
export function renderMessage(d: Pick<Diagnostic, 'ruleId' | 'messageId' | 'data'>, locale: Locale): string {
  const rule = RULES.find((r) => r.id === d.ruleId);
  const m = rule?.messages[d.messageId];
  return m ? interpolate(m[locale] ?? m['zh-CN'], d.data) : d.messageId;
}

/** Applies one edit to the grid of its sheet, returning new grids (inputs are not mutated). */
export function applyEdit(grids: readonly Grid[], edit: CellEdit): Grid[] {
  return grids.map((g) => (g.sheet === edit.sheet ? withCellText(g, edit.cell, edit.value) : g));
}

/** Applies every safe fix (one per cell; later fixes of an already-fixed cell are skipped). */
export function applyFixes(
  grids: readonly Grid[],
  diagnostics: readonly Diagnostic[],
): { grids: Grid[]; applied: number } {
  const done = new Set<string>();
  let out = grids.slice() as Grid[];
  let applied = 0;
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const k = `${d.fix.sheet}!${d.fix.cell.row}:${d.fix.cell.col}`;
    if (done.has(k)) continue;
    done.add(k);
    out = applyEdit(out, d.fix);
    applied++;
  }
  return { grids: out, applied };
}
