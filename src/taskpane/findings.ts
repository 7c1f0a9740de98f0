/**
 * Pure helpers over a check result for the findings list: grouping by table, counts by severity,
 * the severity filter and "which finding is at the selected cell". No React, no gateway.
 */
import {
  rectToA1,
  toA1,
  type CellAddress,
  type CellRect,
  type Diagnostic,
  type Severity,
  type TableInfo,
} from '../core';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SeverityCounts = Record<Severity, number>;
export type SeverityFilter = Readonly<Record<Severity, boolean>>;

export const ALL_SEVERITIES: SeverityFilter = Object.freeze({ error: true, warning: true, info: true });

export interface FindingGroup {
  /** Stable key: the table index, or "outside:<sheet>" for findings outside any table. */
  readonly key: string;
  /** The table, or null for the findings of a sheet that sit outside every table. */
  readonly table: TableInfo | null;
  readonly sheet: string;
  readonly findings: readonly Diagnostic[];
  readonly counts: SeverityCounts;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * Groups findings by table, in the order of the result's tables; findings outside any table come
 * after, one group per sheet. Tables without findings are kept (a clean table is worth showing).
 */
export function groupFindings(
  tables: readonly TableInfo[],
  diagnostics: readonly Diagnostic[],
): FindingGroup[] {
  const byTable = new Map<number, Diagnostic[]>();
  const outside = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.table >= 0 && d.table < tables.length) {
      const list = byTable.get(d.table) ?? [];
      list.push(d);
      byTable.set(d.table, list);
    } else {
      const list = outside.get(d.sheet) ?? [];
      list.push(d);
      outside.set(d.sheet, list);
    }
  }
  const groups: FindingGroup[] = tables.map((table, i) => {
    const findings = byTable.get(i) ?? [];
    return { key: `table:${i}`, table, sheet: table.sheet, findings, counts: countBySeverity(findings) };
  });
  for (const [sheet, findings] of outside)
    groups.push({ key: `outside:${sheet}`, table: null, sheet, findings, counts: countBySeverity(findings) });
  return groups;
}

export function applyFilter(diagnostics: readonly Diagnostic[], filter: SeverityFilter): Diagnostic[] {
  return diagnostics.filter((d) => filter[d.severity]);
}

export function inRect(cell: CellAddress, rect: CellRect): boolean {
  return cell.row >= rect.top && cell.row <= rect.bottom && cell.col >= rect.left && cell.col <= rect.right;
}

/** The first finding (in list order) whose cell lies in the selection; undefined when none does. */
export function findingAt(
  diagnostics: readonly Diagnostic[],
  selection: { readonly sheet: string; readonly range: CellRect } | null | undefined,
): Diagnostic | undefined {
  if (!selection) return undefined;
  return diagnostics.find((d) => d.sheet === selection.sheet && inRect(d.cell, selection.range));
}

/**
 * A sheet name as Excel writes it in a reference: quoted unless it is a plain name that cannot be
 * read as a cell (A1, R1C1, R, C).
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^(?:R\d*C\d*|R|C)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet!E12" (the cell the user would type in the name box). */
export function cellRef(sheet: string, cell: CellAddress): string {
  return `${quoteSheet(sheet)}!${toA1(cell)}`;
}

export function rangeRef(sheet: string, range: CellRect): string {
  return `${quoteSheet(sheet)}!${rectToA1(range)}`;
}

/** A key unique within one check result (a cell may carry several findings of one rule). */
export function findingKey(d: Diagnostic, index: number): string {
  return `${d.sheet}!${d.cell.row}:${d.cell.col}:${d.ruleId}:${d.messageId}:${index}`;
}
