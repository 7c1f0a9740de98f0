/**
 * The document side of the fake: sheets, cells with values and formats, merges, conditional formats,
 * data validation, settings, selection, events. Tests arrange and inspect it directly (these
 * methods act at once); the add-in reaches it only through the strict client proxies of client.ts.
 * Pure TypeScript (no Node APIs), so it can also back a fake office.js in a browser.
 */
import type { CellRect } from '../../../src/core/model/address';
import { toA1 } from '../../../src/core/model/address';
import type { Grid } from '../../../src/core/model/grid';
import { parseAddress, parseAreas, rectsIntersect, toRef } from '../../../src/excel/addresses';
import { FakeExcelError } from './errors';
import { displayText, parseInput, type HostValue } from './format';

export type Rect = CellRect;

export interface FontState {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
}

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];
/** Per-cell borders (the inside borders of a range land on the cells' own edges). */
export type CellBorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface CellState {
  value: HostValue | '';
  formula?: string;
  /** An error value such as "#N/A" (the cell shows it; values returns it; valueTypes says Error). */
  error?: string;
  /** Display text forced by a test (when a Grid's text cannot be derived from value + format). */
  textOverride?: string;
  numberFormat: string;
  /** null = No Fill */
  fill: string | null;
  font: FontState;
  borders: Partial<Record<CellBorderSide, BorderState>>;
  horizontal: string;
  vertical: string;
  wrap: boolean;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  rects: Rect[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface DataValidationState {
  rect: Rect;
  type: string;
  rule: unknown;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellState>;
  merges: Rect[];
  /** Priority order: index 0 is evaluated first. */
  conditionalFormats: ConditionalFormatState[];
  dataValidations: DataValidationState[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: { orientation: string; paperSize: string; zoom: Record<string, number> };
}

export interface ChangeEventArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

export interface SelectionEventArgs {
  type: 'WorksheetSelectionChanged';
  worksheetId: string;
  address: string;
}

export const DEFAULT_FONT: Readonly<FontState> = Object.freeze({
  name: 'Calibri',
  size: 11,
  bold: false,
  italic: false,
  color: '#000000',
});
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel: getMergedAreasOrNullObject fails when a range holds more than this many merged areas. */
export const MAX_MERGED_AREAS = 512;

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function blankCell(): CellState {
  return {
    value: '',
    numberFormat: 'General',
    fill: null,
    font: { ...DEFAULT_FONT },
    borders: {},
    horizontal: 'General',
    vertical: 'Bottom',
    wrap: false,
  };
}

function isDefaultCell(c: CellState): boolean {
  return (
    c.value === '' &&
    c.formula === undefined &&
    c.error === undefined &&
    c.textOverride === undefined &&
    c.numberFormat === 'General' &&
    c.fill === null &&
    JSON.stringify(c.font) === JSON.stringify(DEFAULT_FONT) &&
    Object.keys(c.borders).length === 0 &&
    c.horizontal === 'General' &&
    c.vertical === 'Bottom' &&
    !c.wrap
  );
}

const FORBIDDEN_NAME = /[[\]:*?/\\]/;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface FakeWorkbookOptions {
  /** The ExcelApi version the fake host claims (isSetSupported; triggerSource appears from 1.14). */
  readonly apiVersion?: string;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export class FakeWorkbook {
  readonly sheets: SheetState[] = [];
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  /** Setting values, stored as JSON text like Excel does. */
  readonly settings = new Map<string, string>();
  readonly apiVersion: string;
  /** Every context.sync() of every Excel.run. */
  syncCount = 0;
  runCount = 0;
  private nextId = 1;
  readonly changedHandlers = new Set<(args: ChangeEventArgs) => unknown>();
  readonly selectionHandlers = new Set<(args: SelectionEventArgs) => unknown>();
  private inFlight: Promise<unknown>[] = [];

  constructor(options: FakeWorkbookOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.14';
  }

  /** A workbook with one sheet per grid, cells as the grids give them (text kept exactly). */
  static fromGrids(grids: readonly Grid[], options: FakeWorkbookOptions = {}): FakeWorkbook {
    const wb = new FakeWorkbook(options);
    for (const g of grids) {
      const sheet = wb.addSheet(g.sheet);
      if (g.hidden) sheet.visibility = 'Hidden';
      g.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const state = wb.cellForWrite(sheet, r, c);
          if (cell.error) {
            state.error = cell.error;
            state.value = '';
          } else {
            state.value = cell.value ?? '';
          }
          if (cell.numberFormat) state.numberFormat = cell.numberFormat;
          const shown = cell.error ?? displayText(state.value, state.numberFormat);
          if (shown !== cell.text) state.textOverride = cell.text;
        }),
      );
      for (const m of g.merges) sheet.merges.push({ ...m });
    }
    if (wb.sheets[0]) wb.activeSheetId = wb.sheets[0].id;
    return wb;
  }

  static fromGrid(grid: Grid, options: FakeWorkbookOptions = {}): FakeWorkbook {
    return FakeWorkbook.fromGrids([grid], options);
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}-${String(n).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}}`;
  }

  // ------------------------------------------------------------ sheets

  addSheet(name: string): SheetState {
    this.validateSheetName(name);
    const sheet: SheetState = {
      id: this.newId('5EE7'),
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      conditionalFormats: [],
      dataValidations: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } },
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  validateSheetName(name: string, except?: SheetState): void {
    if (
      !name ||
      [...name].length > 31 ||
      FORBIDDEN_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new FakeExcelError('InvalidArgument', `The sheet name '${name}' is not valid.`);
    }
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    }
  }

  /** By name (case-insensitive) or id; undefined when absent. */
  findSheet(nameOrId: string): SheetState | undefined {
    return (
      this.sheets.find((s) => s.id === nameOrId) ??
      this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase())
    );
  }

  sheet(nameOrId: string): SheetState {
    const s = this.findSheet(nameOrId);
    if (!s)
      throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (sheet '${nameOrId}').`);
    return s;
  }

  activeSheet(): SheetState {
    const s = this.sheets.find((x) => x.id === this.activeSheetId) ?? this.sheets[0];
    if (!s) throw new FakeExcelError('ItemNotFound', 'The workbook has no sheet.');
    return s;
  }

  activate(nameOrId: string): void {
    const s = this.sheet(nameOrId);
    if (s.visibility !== 'Visible')
      throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
    this.activeSheetId = s.id;
  }

  deleteSheet(nameOrId: string): void {
    const s = this.sheet(nameOrId);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.activeSheetId === s.id) this.activeSheetId = this.sheets[0]?.id;
    if (this.selection?.sheetId === s.id) this.selection = undefined;
  }

  renameSheet(nameOrId: string, name: string): void {
    const s = this.sheet(nameOrId);
    this.validateSheetName(name, s);
    s.name = name;
  }

  // ------------------------------------------------------------ cells

  cell(sheet: SheetState | string, a1: string): CellState {
    const s = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    const p = parseAddress(a1);
    if (!p) throw new FakeExcelError('InvalidArgument', `Bad address ${a1}`);
    return s.cells.get(key(p.rect.top, p.rect.left)) ?? blankCell();
  }

  peekCell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.cells.get(key(row, col));
  }

  cellForWrite(sheet: SheetState, row: number, col: number): CellState {
    let c = sheet.cells.get(key(row, col));
    if (!c) {
      c = blankCell();
      sheet.cells.set(key(row, col), c);
    }
    return c;
  }

  /** Drops cells that went back to the default state (keeps the used range honest). */
  compact(sheet: SheetState): void {
    for (const [k, c] of sheet.cells) if (isDefaultCell(c)) sheet.cells.delete(k);
  }

  static rect(ref: string): Rect {
    const p = parseAddress(ref);
    if (!p) throw new FakeExcelError('InvalidArgument', `The address '${ref}' is not valid.`);
    return p.rect;
  }

  forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (cells > 2_000_000)
      throw new FakeExcelError('GeneralException', 'fake: range too large to touch cell by cell');
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
  }

  /** Writes one value as the add-in or the user types it (strings are parsed like Excel does). */
  writeValue(sheet: SheetState, row: number, col: number, v: unknown): void {
    const c = this.cellForWrite(sheet, row, col);
    delete c.error;
    delete c.formula;
    delete c.textOverride;
    if (v === null || v === undefined || v === '') {
      c.value = '';
    } else if (typeof v === 'string' && v.startsWith('=') && c.numberFormat !== '@') {
      c.formula = v;
      c.value = '';
    } else if (typeof v === 'string') {
      const p = parseInput(v, c.numberFormat);
      c.value = p.value;
      c.numberFormat = p.numberFormat;
    } else if (typeof v === 'number' || typeof v === 'boolean') {
      c.value = v;
    } else {
      throw new FakeExcelError('InvalidArgument', `Unsupported cell value ${String(v)}`);
    }
    this.compact(sheet);
  }

  /** A user's edit: writes the cells and fires onChanged (source Local, not from the add-in). */
  userEdit(sheetName: string, a1: string, values: unknown | unknown[][]): void {
    const s = this.sheet(sheetName);
    const rect = FakeWorkbook.rect(a1);
    this.forEachCell(rect, (r, c) => {
      const v = Array.isArray(values) ? values[r - rect.top]?.[c - rect.left] : values;
      this.writeValue(s, r, c, v);
    });
    this.fireChanged(s, rect, false);
  }

  /** Arranges cells without events: values (2-D), optional formats applied to the whole rect. */
  setCells(
    sheetName: string,
    a1: string,
    values: unknown[][] | unknown,
    format: Partial<Omit<CellState, 'value'>> = {},
  ): void {
    const s = this.sheet(sheetName);
    const rect = FakeWorkbook.rect(a1);
    this.forEachCell(rect, (r, c) => {
      const cell = this.cellForWrite(s, r, c);
      Object.assign(cell, JSON.parse(JSON.stringify(format)));
      const v = Array.isArray(values) ? values[r - rect.top]?.[c - rect.left] : values;
      if (v !== undefined) this.writeValue(s, r, c, v);
    });
    this.compact(s);
  }

  setFormula(sheetName: string, a1: string, formula: string, cachedValue: HostValue | ''): void {
    const s = this.sheet(sheetName);
    const r = FakeWorkbook.rect(a1);
    const c = this.cellForWrite(s, r.top, r.left);
    c.formula = formula;
    c.value = cachedValue;
  }

  setError(sheetName: string, a1: string, error: string, formula?: string): void {
    const s = this.sheet(sheetName);
    const r = FakeWorkbook.rect(a1);
    const c = this.cellForWrite(s, r.top, r.left);
    c.error = error;
    c.value = '';
    if (formula) c.formula = formula;
  }

  textOf(sheet: SheetState, row: number, col: number): string {
    const c = sheet.cells.get(key(row, col));
    if (!c) return '';
    if (c.error) return c.error;
    if (c.textOverride !== undefined) return c.textOverride;
    return displayText(c.value, c.numberFormat);
  }

  merge(sheetName: string, ref: string): void {
    this.mergeRect(this.sheet(sheetName), FakeWorkbook.rect(ref));
  }

  mergeRect(sheet: SheetState, rect: Rect): void {
    if (rect.top === rect.bottom && rect.left === rect.right) return;
    if (sheet.merges.some((m) => rectsIntersect(m, rect))) {
      throw new FakeExcelError('InvalidOperation', `Cannot merge ${toRef(rect)}: it overlaps a merged area.`);
    }
    // Excel keeps only the top-left value.
    this.forEachCell(rect, (r, c) => {
      if (r === rect.top && c === rect.left) return;
      const cell = sheet.cells.get(key(r, c));
      if (cell) {
        cell.value = '';
        delete cell.formula;
        delete cell.error;
        delete cell.textOverride;
      }
    });
    sheet.merges.push({ ...rect });
    this.compact(sheet);
  }

  /** Merged areas whose top-left cell lies in `rect` (what Excel reports). */
  mergesIn(sheet: SheetState, rect: Rect): Rect[] {
    return sheet.merges.filter(
      (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
    );
  }

  /** The used range: cells with a value or formula (valuesOnly) or with anything non-default. */
  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of sheet.cells) {
      if (valuesOnly && c.value === '' && c.formula === undefined && c.error === undefined) continue;
      const [r, col] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    if (!valuesOnly) {
      for (const m of sheet.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  // ------------------------------------------------------------ formats (test side)

  setFill(sheetName: string, ref: string, color: string | null): void {
    const s = this.sheet(sheetName);
    this.forEachCell(FakeWorkbook.rect(ref), (r, c) => (this.cellForWrite(s, r, c).fill = color));
    this.compact(s);
  }

  setFont(sheetName: string, ref: string, font: Partial<FontState>): void {
    const s = this.sheet(sheetName);
    this.forEachCell(FakeWorkbook.rect(ref), (r, c) => Object.assign(this.cellForWrite(s, r, c).font, font));
    this.compact(s);
  }

  setBorder(sheetName: string, ref: string, side: CellBorderSide, border: BorderState): void {
    const s = this.sheet(sheetName);
    this.forEachCell(
      FakeWorkbook.rect(ref),
      (r, c) => (this.cellForWrite(s, r, c).borders[side] = { ...border }),
    );
  }

  /**
   * Writes one property of a range border the way Excel stores it: edges land on the outer cells,
   * insides between neighbouring cells. Style "None" removes the border.
   */
  patchRangeBorder(sheet: SheetState, rect: Rect, index: BorderIndex, patch: Partial<BorderState>): void {
    const put = (r: number, c: number, side: CellBorderSide): void => {
      const cell = this.cellForWrite(sheet, r, c);
      if (patch.style === 'None') {
        delete cell.borders[side];
        return;
      }
      const b = cell.borders[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
      cell.borders[side] = { ...b, ...patch };
    };
    this.forEachCell(rect, (r, c) => {
      if (index === 'EdgeTop' && r === rect.top) put(r, c, 'EdgeTop');
      if (index === 'EdgeBottom' && r === rect.bottom) put(r, c, 'EdgeBottom');
      if (index === 'EdgeLeft' && c === rect.left) put(r, c, 'EdgeLeft');
      if (index === 'EdgeRight' && c === rect.right) put(r, c, 'EdgeRight');
      if (index === 'InsideHorizontal') {
        if (r > rect.top) put(r, c, 'EdgeTop');
        if (r < rect.bottom) put(r, c, 'EdgeBottom');
      }
      if (index === 'InsideVertical') {
        if (c > rect.left) put(r, c, 'EdgeLeft');
        if (c < rect.right) put(r, c, 'EdgeRight');
      }
    });
    this.compact(sheet);
  }

  /** A conditional format the user made (e.g. a cell-value rule), at the given priority position. */
  addUserConditionalFormat(
    sheetName: string,
    ref: string,
    cf: Partial<Omit<ConditionalFormatState, 'id' | 'rects'>> = {},
  ): ConditionalFormatState {
    const s = this.sheet(sheetName);
    const state: ConditionalFormatState = {
      id: this.newId('CF00'),
      type: cf.type ?? 'CellValue',
      rects: parseAreas(ref),
      formula: cf.formula ?? '=A1>100',
      fill: cf.fill ?? '#FF0000',
      fontColor: cf.fontColor ?? null,
      stopIfTrue: cf.stopIfTrue ?? false,
    };
    s.conditionalFormats.unshift(state);
    return state;
  }

  /** Conditional formats that intersect `rect`, in priority order. */
  conditionalFormatsIn(sheet: SheetState, rects: readonly Rect[]): ConditionalFormatState[] {
    return sheet.conditionalFormats.filter((cf) =>
      cf.rects.some((a) => rects.some((b) => rectsIntersect(a, b))),
    );
  }

  /** Removes a conditional format the way a user does in Manage Rules. */
  deleteConditionalFormat(id: string): void {
    for (const s of this.sheets) s.conditionalFormats = s.conditionalFormats.filter((cf) => cf.id !== id);
  }

  addDataValidation(sheetName: string, ref: string, list: string[]): void {
    const s = this.sheet(sheetName);
    s.dataValidations.push({
      rect: FakeWorkbook.rect(ref),
      type: 'List',
      rule: { list: { inCellDropDown: true, source: list.join(',') } },
      errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    });
  }

  select(sheetName: string, ref: string): void {
    const s = this.sheet(sheetName);
    this.activate(s.id);
    this.selection = { sheetId: s.id, rect: FakeWorkbook.rect(ref) };
    this.fireSelection(s);
  }

  selectedRange(): { sheet: SheetState; rect: Rect } {
    const sheet = this.selection ? this.sheet(this.selection.sheetId) : this.activeSheet();
    if (this.selection && this.selection.sheetId === this.activeSheet().id)
      return { sheet, rect: this.selection.rect };
    return { sheet: this.activeSheet(), rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  // ------------------------------------------------------------ settings

  getSetting(key: string): unknown {
    const v = this.settings.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }

  // ------------------------------------------------------------ events

  fireChanged(sheet: SheetState, rect: Rect, fromAddin: boolean): void {
    const args: ChangeEventArgs = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address: toRef(rect),
      changeType: 'RangeEdited',
      source: 'Local',
    };
    if (this.supports('1.14')) args.triggerSource = fromAddin ? 'ThisLocalAddin' : 'Unknown';
    for (const h of this.changedHandlers) this.dispatch(() => h(args));
  }

  fireSelection(sheet: SheetState): void {
    if (!this.selection) return;
    const args: SelectionEventArgs = {
      type: 'WorksheetSelectionChanged',
      worksheetId: sheet.id,
      address: toRef(this.selection.rect),
    };
    for (const h of this.selectionHandlers) this.dispatch(() => h(args));
  }

  /** Event handlers run asynchronously, after the batch that caused them, like Excel's. */
  private dispatch(fn: () => unknown): void {
    const p = Promise.resolve()
      .then(fn)
      .catch(() => undefined);
    this.inFlight.push(p);
  }

  /** Waits until every dispatched event handler (and what it awaited) has finished. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const now = this.inFlight;
      this.inFlight = [];
      await Promise.all(now);
      await new Promise((r) => setTimeout(r, 0));
      if (this.inFlight.length === 0) return;
    }
  }

  /** "Sheet1!A1:B2" as Excel writes addresses. */
  address(sheet: SheetState, rect: Rect): string {
    return `${quoteSheet(sheet.name)}!${toRef(rect)}`;
  }

  a1(row: number, col: number): string {
    return toA1({ row, col });
  }
}
