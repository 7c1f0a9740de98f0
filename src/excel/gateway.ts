/**
 * The seam between the task pane and Excel. The task pane and its tests only ever see this
 * interface; `OfficeWorkbookGateway` (office-gateway.ts) is the one implementation that touches
 * `Excel.*` and `Office.*`. Every method returns plain data; expected refusals are results with a
 * reason id (the UI turns the id into a message in the user's language), never exceptions.
 */
import type { CellAddress, CellRect } from '../core/model/address';
import type { Grid } from '../core/model/grid';
import type { CellEdit, Diagnostic } from '../core/diagnostics/diagnostic';
import type { TemplateSpec } from '../core/templates/types';

/** The ExcelApi requirement set the add-in needs (getMergedAreasOrNullObject is 1.13). */
export const REQUIRED_EXCEL_API = '1.13';

/** Where a template goes. */
export type InsertWhere = 'new-sheet' | 'selection';

/** Why a template was not inserted. */
export type InsertRefusal =
  /** A cell the template would cover holds a value or a formula. */
  | 'target-not-empty'
  /** A merged area overlaps the cells the template would cover. */
  | 'target-merged'
  /** A cell the template would cover has a data validation (dropdown) of the user's. */
  | 'target-has-validation'
  /** The template would run past the last row or column of the sheet. */
  | 'target-out-of-bounds';

export type InsertResult =
  | { readonly ok: true; readonly sheet: string; readonly range: CellRect }
  | {
      readonly ok: false;
      readonly reason: InsertRefusal;
      readonly sheet: string;
      /** The range the template would have covered. */
      readonly range?: CellRect;
      /** The first cell that blocks the insert, when there is one. */
      readonly cell?: CellAddress;
    };

/** Why a one-cell fix was not applied. */
export type EditRefusal =
  /** The cell no longer shows the text the check saw: the user changed it since. */
  | 'stale'
  /** The cell holds a formula; a fix never overwrites one. */
  | 'formula'
  /** The sheet was deleted or renamed since the check. */
  | 'sheet-missing';

export type EditResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: EditRefusal; readonly currentText?: string };

export type SelectResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'sheet-missing' };

/** A change the user (or a co-author) made to cells. Our own writes are never reported. */
export interface SheetChange {
  readonly sheet: string;
  readonly sheetId: string;
  /** The changed area, 0-based from A1. */
  readonly range: CellRect;
  readonly source: 'local' | 'remote';
}

export interface SelectionChange {
  readonly sheet: string;
  readonly sheetId: string;
  readonly range: CellRect;
}

/** Removes an event subscription. */
export type Unsubscribe = () => Promise<void>;

/** The add-in's per-workbook settings (saved inside the workbook). Plain JSON. */
export type AddinSettings = Readonly<Record<string, unknown>>;

/** Failures the UI should explain to the user (anything else is an unexpected Excel error). */
export type GatewayFailure =
  /** The sheet named by the caller does not exist (any more). */
  | 'sheet-missing'
  /** Excel rejected the request; `detail` carries Excel's own code. */
  | 'excel-error';

export class GatewayError extends Error {
  constructor(
    readonly reason: GatewayFailure,
    readonly detail: string = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'GatewayError';
  }
}

export interface WorkbookGateway {
  /** True when the host supports the ExcelApi set the add-in needs. */
  isSupported(): boolean;

  /** The active sheet as a core Grid (values, display text, number formats, errors, merges). */
  readActiveSheet(): Promise<Grid>;
  /** One sheet by name. Throws GatewayError('sheet-missing') for an unknown name. */
  readSheet(name: string): Promise<Grid>;
  /** Every sheet, in tab order (hidden sheets have `hidden: true`). */
  readAllSheets(): Promise<Grid[]>;

  /**
   * Marks the cells of these findings with our own conditional formats, coloured by severity,
   * replacing the marks of the previous call. Touches nothing else of the workbook.
   */
  highlight(diagnostics: readonly Diagnostic[]): Promise<void>;
  /** Removes our marks, and only ours. */
  clearMarks(): Promise<void>;

  /**
   * Writes a template on a new sheet (named after the template, or `options.sheetName`, made
   * unique), or at the selection's top-left when every cell it would cover is empty.
   */
  insertTemplate(
    spec: TemplateSpec,
    where: InsertWhere,
    options?: { sheetName?: string },
  ): Promise<InsertResult>;

  /** Activates the sheet and selects the cell (or range). */
  select(sheet: string, target: CellAddress | CellRect): Promise<SelectResult>;

  /**
   * Writes one cell, only if it still shows `expectedText` (the text the check saw, compared after
   * trimming). Never overwrites a formula.
   */
  applyEdit(edit: CellEdit, expectedText: string): Promise<EditResult>;

  /** Cell edits by the user or co-authors (not ours). */
  onChanged(listener: (change: SheetChange) => void): Promise<Unsubscribe>;
  onSelectionChanged(listener: (selection: SelectionChange) => void): Promise<Unsubscribe>;

  getSettings(): Promise<AddinSettings>;
  saveSettings(settings: AddinSettings): Promise<void>;
}
