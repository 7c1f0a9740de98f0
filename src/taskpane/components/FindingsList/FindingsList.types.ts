import type { CellRect, Diagnostic, TableInfo } from '../../../core';
import type { SeverityFilter } from '../../findings';
import type { Severity } from '../../../core';

export interface FindingsListProps {
  /** The tables of the check result, in result order (diagnostics refer to them by index). */
  readonly tables: readonly TableInfo[];
  /** Every finding of the result, sorted as the core sorts them. */
  readonly diagnostics: readonly Diagnostic[];
  /** Which severities are shown. */
  readonly filter: SeverityFilter;
  readonly onFilterChange: (severity: Severity, shown: boolean) => void;
  /** The user's selection in the workbook; the first shown finding inside it is marked current. */
  readonly selection?: { readonly sheet: string; readonly range: CellRect } | null;
  /** Among several findings at the selected cell, this one is current (the one the user clicked). @default null */
  readonly preferred?: Diagnostic | null;
  /** Disables the fix and suggestion buttons while a workbook operation runs. @default false */
  readonly busy?: boolean;
  /** Findings rendered per group before a "show more" button (long lists stay fast). @default 100 */
  readonly pageSize?: number;
  /** Click or Enter on a finding. */
  readonly onSelect: (d: Diagnostic) => void;
  readonly onFix: (d: Diagnostic) => void;
  readonly onSuggestion: (d: Diagnostic, index: number) => void;
}

export interface FindingItemProps {
  readonly finding: Diagnostic;
  /** True for the finding at the selected cell. */
  readonly current: boolean;
  readonly busy: boolean;
  readonly onSelect: (d: Diagnostic) => void;
  readonly onFix: (d: Diagnostic) => void;
  readonly onSuggestion: (d: Diagnostic, index: number) => void;
  /** Receives the item's element (scrolling the current finding into view). */
  readonly itemRef?: (el: HTMLLIElement | null) => void;
}
