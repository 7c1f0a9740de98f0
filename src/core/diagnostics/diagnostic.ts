import type { CellAddress } from '../model/address';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh-CN' | 'en-US';

/** Data for message interpolation: every value is plain text or a number. */
export type MessageData = Readonly<Record<string, string | number>>;

/** One cell edit. A fix or a suggestion changes exactly one cell. */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly value: string;
}

/** A cell on a named sheet (related cells may sit on another sheet of the workbook). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: CellAddress;
}

export interface Suggestion {
  readonly messageId: string;
  readonly data: MessageData;
  readonly message: string;
  readonly edit: CellEdit;
}

/** A finding, as plain data. `message` is rendered in the locale the check was run with. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
  readonly message: string;
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly related: readonly CellRef[];
  /** A safe, meaning-preserving edit that may be applied in one click. */
  readonly fix: CellEdit | null;
  /** Edits the user must confirm. */
  readonly suggestions: readonly Suggestion[];
  /** Index into the check result's `tables`, or -1 for findings outside any table. */
  readonly table: number;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
