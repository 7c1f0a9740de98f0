import type { CellAddress } from '../model/address';
import type { CellRef, Locale, MessageData, Severity } from '../diagnostics/diagnostic';
import type { TargetTable } from '../model/table';
import type { Config } from '../config/config';

export type Messages = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

export interface Report<M extends string> {
  readonly messageId: M;
  readonly cell: CellAddress;
  readonly data?: MessageData;
  /** Overrides the rule's default severity for this report (e.g. a warning variant of an error rule). */
  readonly severity?: Severity;
  /** Related cells. A list of CellRefs only is kept by the finding as it is: pass a new array, never a reused one. */
  readonly related?: ReadonlyArray<CellAddress | CellRef>;
  /** A safe fix: the new text of `cell`. */
  readonly fix?: string;
  readonly suggestions?: ReadonlyArray<{
    readonly messageId: M;
    readonly data?: MessageData;
    readonly value: string;
    readonly cell?: CellAddress;
  }>;
}

export interface TableContext<M extends string> {
  readonly table: TargetTable;
  readonly config: Config;
  report(r: Report<M>): void;
}

export interface WorkbookContext<M extends string> {
  readonly tables: readonly TargetTable[];
  readonly config: Config;
  report(tableIndex: number, r: Report<M>): void;
}

interface RuleBase<M extends string> {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** 'fix' = safe one-click edit; 'suggest' = edit the user confirms. */
  readonly fixable?: 'fix' | 'suggest';
  readonly description: Readonly<Record<Locale, string>>;
  readonly messages: Readonly<Record<M, Readonly<Record<Locale, string>>>>;
}

export interface TableRule<M extends string = string> extends RuleBase<M> {
  readonly scope: 'table';
  check(ctx: TableContext<M>): void;
}

export interface WorkbookRule<M extends string = string> extends RuleBase<M> {
  readonly scope: 'workbook';
  check(ctx: WorkbookContext<M>): void;
}

export type Rule = TableRule<string> | WorkbookRule<string>;

/** Typed helper: messageIds passed to report() must be keys of `messages`. */
export function defineRule<M extends string>(rule: TableRule<M>): TableRule<M>;
export function defineRule<M extends string>(rule: WorkbookRule<M>): WorkbookRule<M>;
export function defineRule<M extends string>(rule: TableRule<M> | WorkbookRule<M>) {
  return rule;
}
