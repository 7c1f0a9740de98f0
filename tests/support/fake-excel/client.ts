/**
 * The add-in side of the fake: proxy objects and a request context with Office.js's batching rules.
 * - Every method call and property write is queued; nothing reaches the workbook before sync().
 * - A property can be read only after it was load()ed AND a sync() completed; otherwise reading it
 *   throws PropertyNotLoaded (unlike office-addin-mock, which returns a string).
 * - getItem on a missing item fails the sync with ItemNotFound at its place in the queue;
 *   *OrNullObject variants give a null object whose isNullObject is readable after sync; any call
 *   on a null object fails the sync (InvalidObjectPath).
 * - Every sync is counted (per context and per workbook). A batch that ends with queued work that
 *   was never synced is an error.
 */
import type { CellRect } from '../../../src/core/model/address';
import { MAX_COLS, MAX_ROWS, parseAddress, parseAreas, toRef } from '../../../src/excel/addresses';
import { FakeExcelError, propertyNotLoaded } from './errors';
import {
  BORDER_INDEXES,
  FakeWorkbook,
  MAX_MERGED_AREAS,
  quoteSheet,
  type BorderIndex,
  type ConditionalFormatState,
  type SheetState,
} from './workbook';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './workbook';

type Op = () => void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  /** Syncs made through this context. */
  syncCount = 0;
  private queue: Op[] = [];
  private commits: Op[] = [];

  constructor(
    readonly host: FakeWorkbook,
    /** Writes through this context come from the add-in (events carry triggerSource ThisLocalAddin). */
    readonly fromAddin = true,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** @internal */
  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** @internal: runs after the current sync succeeded (makes loaded values visible). */
  afterSync(op: Op): void {
    this.commits.push(op);
  }

  get queued(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.host.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    // Like Excel, a batch is not a transaction: work before a failing operation stays done.
    await Promise.resolve();
    try {
      for (const op of ops) op();
    } catch (e) {
      this.commits = [];
      throw e;
    }
    const commits = this.commits;
    this.commits = [];
    for (const c of commits) c();
  }
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (arg && typeof arg === 'object' && typeof (arg as { select?: unknown }).select === 'string') {
    return parseLoad((arg as { select: string }).select);
  }
  throw new Error(`fake: unsupported load argument ${JSON.stringify(arg)}`);
}

/** Base of every proxy: queued resolution, strict loaded properties, null objects. */
abstract class FakeObject<T> {
  readonly context: FakeRequestContext;
  private readonly loaded = new Map<string, unknown>();
  private readonly nav = new Map<string, unknown>();
  private target: T | undefined;
  private nullTarget = false;
  private resolvedVisible = false;
  private nullVisible = false;

  protected abstract readonly scalars: readonly string[];
  protected readonly settable: readonly string[] = [];

  constructor(ctx: FakeRequestContext, resolve: (() => T | null) | { resolved: T }, nullable = false) {
    this.context = ctx;
    if (typeof resolve !== 'function') {
      this.target = resolve.resolved;
      this.resolvedVisible = true;
      return;
    }
    ctx.enqueue(() => {
      const t = resolve();
      if (t === null) {
        if (!nullable) throw new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
        this.nullTarget = true;
      } else {
        this.target = t;
      }
      ctx.afterSync(() => {
        this.resolvedVisible = true;
        this.nullVisible = this.nullTarget;
      });
    });
  }

  /** Installs the strict property accessors (called by each subclass constructor). */
  protected defineProperties(): void {
    for (const name of this.scalars) {
      Object.defineProperty(this, name, {
        configurable: true,
        enumerable: true,
        get: () => {
          if (!this.loaded.has(name)) throw propertyNotLoaded(name);
          return this.loaded.get(name);
        },
        set: (v: unknown) => {
          if (!this.settable.includes(name)) throw new Error(`fake: property ${name} is read-only`);
          this.queueWrite(name, v);
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (!this.resolvedVisible) throw propertyNotLoaded('isNullObject');
    return this.nullVisible;
  }

  /** The resolved document object; a call on a null object fails the batch. */
  protected t(): T {
    if (this.nullTarget) throw new FakeExcelError('InvalidObjectPath', 'The object is a null object.');
    if (this.target === undefined)
      throw new FakeExcelError('InvalidObjectPath', 'fake: object used before it was resolved');
    return this.target;
  }

  protected get host(): FakeWorkbook {
    return this.context.host;
  }

  protected op(fn: (target: T) => void): void {
    this.context.enqueue(() => fn(this.t()));
  }

  protected child<C>(name: string, make: () => C): C {
    let c = this.nav.get(name) as C | undefined;
    if (c === undefined) {
      c = make();
      this.nav.set(name, c);
    }
    return c;
  }

  /** Reads one scalar from the document (at sync time). */
  protected abstract read(name: string, target: T): unknown;
  protected write(name: string, _value: unknown, _target: T): void {
    throw new Error(`fake: writing ${name} is not modelled`);
  }

  private queueWrite(name: string, v: unknown): void {
    const value = v === null || typeof v !== 'object' ? v : JSON.parse(JSON.stringify(v));
    this.op((t) => this.write(name, value, t));
  }

  load(arg?: unknown): this {
    const names = arg === undefined ? [...this.scalars] : parseLoad(arg);
    for (const n of names) {
      if (n.includes('/'))
        throw new Error(`fake: navigation load "${n}" is not modelled on ${this.constructor.name}`);
      if (!this.scalars.includes(n)) throw new Error(`fake: ${this.constructor.name} has no property "${n}"`);
    }
    this.context.enqueue(() => {
      if (this.nullTarget) return;
      const t = this.t();
      const got = names.map((n) => [n, clone(this.read(n, t))] as const);
      this.context.afterSync(() => {
        for (const [n, v] of got) this.loaded.set(n, v);
      });
    });
    return this;
  }

  /** @internal: used by collections whose load fills their items. */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** @internal */
  readNow(name: string): unknown {
    return clone(this.read(name, this.t()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function clone<V>(v: V): V {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as V);
}

/** A collection: load("items/a,items/b") (or "a,b") fills `items` with loaded item proxies. */
abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  protected readonly scalars: readonly string[] = [];
  private loadedItems: I[] | undefined;
  protected abstract readonly itemScalars: readonly string[];
  protected abstract listItems(target: T): I[];

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  override load(arg?: unknown): this {
    const names = (arg === undefined ? [...this.itemScalars] : parseLoad(arg)).map((n) =>
      n.replace(/^items\//, ''),
    );
    for (const n of names) {
      if (!this.itemScalars.includes(n))
        throw new Error(`fake: items of ${this.constructor.name} have no property "${n}"`);
    }
    this.context.enqueue(() => {
      const items = this.listItems(this.t());
      const values = items.map((it) => names.map((n) => [n, it.readNow(n)] as const));
      this.context.afterSync(() => {
        items.forEach((it, i) => values[i].forEach(([n, v]) => it.setLoaded(n, v)));
        this.loadedItems = items;
      });
    });
    return this;
  }

  protected read(name: string): unknown {
    throw new Error(`fake: collection has no scalar ${name}`);
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbookProxy extends FakeObject<FakeWorkbook> {
  protected readonly scalars = ['name'] as const;
  declare readonly name: string;

  constructor(ctx: FakeRequestContext) {
    super(ctx, { resolved: ctx.host });
    this.defineProperties();
  }

  protected read(): unknown {
    return 'Book1';
  }

  get worksheets(): FakeWorksheetCollection {
    return this.child('worksheets', () => new FakeWorksheetCollection(this.context, { resolved: this.host }));
  }

  get settings(): FakeSettingCollection {
    return this.child('settings', () => new FakeSettingCollection(this.context, { resolved: this.host }));
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => this.host.selectedRange());
  }
}

// ---------------------------------------------------------------- events

export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

class FakeEvent<A> {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly set: Set<(args: A) => unknown>,
  ) {}

  add(handler: (args: A) => unknown): FakeEventHandlerResult {
    this.ctx.enqueue(() => this.set.add(handler));
    return {
      context: this.ctx,
      remove: () => this.ctx.enqueue(() => this.set.delete(handler)),
    };
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbook, FakeWorksheet> {
  protected readonly itemScalars = ['name', 'id', 'visibility', 'position'] as const;

  constructor(ctx: FakeRequestContext, resolve: { resolved: FakeWorkbook }) {
    super(ctx, resolve);
  }

  protected listItems(host: FakeWorkbook): FakeWorksheet[] {
    return host.sheets.map((s) => new FakeWorksheet(this.context, { resolved: s }));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.host.activeSheet());
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.host.sheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.host.findSheet(key) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      let n = name;
      for (let i = this.host.sheets.length + 1; n === undefined; i++) {
        if (!this.host.findSheet(`Sheet${i}`)) n = `Sheet${i}`;
      }
      return this.host.addSheet(n);
    });
  }

  get onChanged(): FakeEvent<unknown> {
    return this.child(
      'onChanged',
      () => new FakeEvent(this.context, this.host.changedHandlers as Set<(a: unknown) => unknown>),
    );
  }

  get onSelectionChanged(): FakeEvent<unknown> {
    return this.child(
      'onSelectionChanged',
      () => new FakeEvent(this.context, this.host.selectionHandlers as Set<(a: unknown) => unknown>),
    );
  }
}

export class FakeWorksheet extends FakeObject<SheetState> {
  protected readonly scalars = ['name', 'id', 'visibility', 'position'] as const;
  protected override readonly settable = ['name', 'visibility'] as const;
  declare name: string;
  declare readonly id: string;
  declare visibility: string;
  declare readonly position: number;

  constructor(
    ctx: FakeRequestContext,
    resolve: (() => SheetState | null) | { resolved: SheetState },
    nullable = false,
  ) {
    super(ctx, resolve, nullable);
    this.defineProperties();
  }

  protected read(name: string, s: SheetState): unknown {
    if (name === 'position') return this.host.sheets.indexOf(s);
    return (s as unknown as Record<string, unknown>)[name];
  }

  protected override write(name: string, value: unknown, s: SheetState): void {
    if (name === 'name') this.host.renameSheet(s.id, String(value));
    else if (name === 'visibility') s.visibility = value as SheetState['visibility'];
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.t();
      if (address === undefined || address === '')
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const p = parseAddress(address);
      if (!p) throw new FakeExcelError('InvalidArgument', `The address '${address}' is not valid.`);
      if (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeExcelError('InvalidArgument', `The address '${address}' names another sheet.`);
      }
      return { sheet, rect: p.rect };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const rects = parseAreas(address);
      if (rects.length === 0)
        throw new FakeExcelError('InvalidArgument', `The address '${address}' is not valid.`);
      return { sheet: this.t(), rects };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.t();
      return {
        sheet,
        rect: this.host.usedRect(sheet, !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.t();
        const rect = this.host.usedRect(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.op((s) => this.host.activate(s.id));
  }

  get pageLayout(): FakePageLayout {
    return this.child('pageLayout', () => new FakePageLayout(this.context, () => this.t()));
  }
}

export class FakePageLayout extends FakeObject<SheetState> {
  protected readonly scalars = ['orientation', 'paperSize', 'zoom'] as const;
  protected override readonly settable = ['orientation', 'paperSize', 'zoom'] as const;
  declare orientation: string;
  declare paperSize: string;
  declare zoom: Record<string, number>;

  constructor(ctx: FakeRequestContext, resolve: () => SheetState) {
    super(ctx, resolve);
    this.defineProperties();
  }

  protected read(name: string, s: SheetState): unknown {
    return (s.pageLayout as Record<string, unknown>)[name];
  }

  protected override write(name: string, value: unknown, s: SheetState): void {
    if (name === 'orientation' && value !== 'Portrait' && value !== 'Landscape') {
      throw new FakeExcelError('InvalidArgument', `orientation ${String(value)}`);
    }
    (s.pageLayout as Record<string, unknown>)[name] = value;
  }
}

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: CellRect;
}

function dims(rect: CellRect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

function grid<V>(host: FakeWorkbook, t: RangeTarget, fn: (row: number, col: number) => V): V[][] {
  const { rows, cols } = dims(t.rect);
  if (rows * cols > 5_000_000)
    throw new FakeExcelError('GeneralException', 'The response payload size has exceeded the limit.');
  const out: V[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < cols; c++) row.push(fn(t.rect.top + r, t.rect.left + c));
    out.push(row);
  }
  return out;
}

/** A 2-D write: the array must match the range, or be a single value for every cell. */
function eachInput(t: RangeTarget, v: unknown, fn: (row: number, col: number, value: unknown) => void): void {
  const { rows, cols } = dims(t.rect);
  if (Array.isArray(v)) {
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      );
    }
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) fn(t.rect.top + r, t.rect.left + c, v[r][c]);
  } else {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(t.rect.top + r, t.rect.left + c, v);
  }
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly scalars = [
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'values',
    'text',
    'numberFormat',
    'valueTypes',
    'formulas',
  ] as const;
  protected override readonly settable = ['values', 'numberFormat', 'formulas'] as const;
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare values: unknown[][];
  declare readonly text: string[][];
  declare numberFormat: unknown[][];
  declare readonly valueTypes: string[][];
  declare formulas: unknown[][];

  constructor(
    ctx: FakeRequestContext,
    resolve: (() => RangeTarget | null) | { resolved: RangeTarget },
    nullable = false,
  ) {
    super(ctx, resolve, nullable);
    this.defineProperties();
  }

  protected read(name: string, t: RangeTarget): unknown {
    const h = this.host;
    const cell = (r: number, c: number) => h.peekCell(t.sheet, r, c);
    switch (name) {
      case 'address':
        return h.address(t.sheet, t.rect);
      case 'rowIndex':
        return t.rect.top;
      case 'columnIndex':
        return t.rect.left;
      case 'rowCount':
        return dims(t.rect).rows;
      case 'columnCount':
        return dims(t.rect).cols;
      case 'values':
        return grid(h, t, (r, c) => {
          const x = cell(r, c);
          return x?.error ?? x?.value ?? '';
        });
      case 'text':
        return grid(h, t, (r, c) => h.textOf(t.sheet, r, c));
      case 'numberFormat':
        return grid(h, t, (r, c) => cell(r, c)?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(h, t, (r, c) => {
          const x = cell(r, c);
          if (!x) return 'Empty';
          if (x.error) return 'Error';
          if (x.value === '') return x.formula ? 'String' : 'Empty';
          return typeof x.value === 'number' ? 'Double' : typeof x.value === 'boolean' ? 'Boolean' : 'String';
        });
      case 'formulas':
        return grid(h, t, (r, c) => {
          const x = cell(r, c);
          return x?.formula ?? x?.error ?? x?.value ?? '';
        });
    }
    throw new Error(`fake: range property ${name}`);
  }

  protected override write(name: string, value: unknown, t: RangeTarget): void {
    const h = this.host;
    if (name === 'numberFormat') {
      eachInput(t, value, (r, c, v) => {
        if (typeof v !== 'string') throw new FakeExcelError('InvalidArgument', 'numberFormat must be text');
        h.cellForWrite(t.sheet, r, c).numberFormat = v;
      });
      h.compact(t.sheet);
      return;
    }
    // values and formulas
    eachInput(t, value, (r, c, v) => h.writeValue(t.sheet, r, c, v));
    h.fireChanged(t.sheet, t.rect, this.context.fromAddin);
  }

  private derived(make: (t: RangeTarget) => RangeTarget): FakeRange {
    return new FakeRange(this.context, () => make(this.t()));
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived((t) => {
      const r = t.rect.top + row;
      const c = t.rect.left + col;
      if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS)
        throw new FakeExcelError('InvalidArgument', 'getCell outside the sheet');
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived((t) => {
      const bottom = t.rect.bottom + deltaRows;
      const right = t.rect.right + deltaCols;
      if (bottom < t.rect.top || right < t.rect.left || bottom >= MAX_ROWS || right >= MAX_COLS) {
        throw new FakeExcelError('InvalidArgument', 'getResizedRange outside the sheet');
      }
      return { sheet: t.sheet, rect: { ...t.rect, bottom, right } };
    });
  }

  getColumn(i: number): FakeRange {
    return this.derived((t) => {
      if (i < 0 || t.rect.left + i > t.rect.right)
        throw new FakeExcelError('InvalidArgument', 'getColumn index');
      return {
        sheet: t.sheet,
        rect: { top: t.rect.top, bottom: t.rect.bottom, left: t.rect.left + i, right: t.rect.left + i },
      };
    });
  }

  getRow(i: number): FakeRange {
    return this.derived((t) => {
      if (i < 0 || t.rect.top + i > t.rect.bottom)
        throw new FakeExcelError('InvalidArgument', 'getRow index');
      return {
        sheet: t.sheet,
        rect: { top: t.rect.top + i, bottom: t.rect.top + i, left: t.rect.left, right: t.rect.right },
      };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.t();
        const merges = this.host.mergesIn(t.sheet, t.rect);
        if (merges.length > MAX_MERGED_AREAS) {
          throw new FakeExcelError(
            'GeneralException',
            `The range holds more than ${MAX_MERGED_AREAS} merged areas.`,
          );
        }
        return merges.length ? { sheet: t.sheet, rects: merges } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    this.op((t) => {
      if (!across) this.host.mergeRect(t.sheet, t.rect);
      else
        for (let r = t.rect.top; r <= t.rect.bottom; r++)
          this.host.mergeRect(t.sheet, { ...t.rect, top: r, bottom: r });
    });
  }

  select(): void {
    this.op((t) => {
      if (this.host.activeSheet().id !== t.sheet.id) {
        throw new FakeExcelError(
          'InvalidOperation',
          'fake (strict): select() on a range of a sheet that is not active',
        );
      }
      this.host.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
      this.host.fireSelection(t.sheet);
    });
  }

  get worksheet(): FakeWorksheet {
    return this.child('worksheet', () => new FakeWorksheet(this.context, () => this.t().sheet));
  }

  get format(): FakeRangeFormat {
    return this.child('format', () => new FakeRangeFormat(this.context, () => this.t()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      'conditionalFormats',
      () =>
        new FakeConditionalFormatCollection(this.context, () => ({
          sheet: this.t().sheet,
          rects: [this.t().rect],
        })),
    );
  }

  get dataValidation(): FakeDataValidation {
    return this.child('dataValidation', () => new FakeDataValidation(this.context, () => this.t()));
  }
}

export interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly CellRect[];
}

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  protected readonly scalars = ['address', 'areaCount'] as const;
  declare readonly address: string;
  declare readonly areaCount: number;

  constructor(ctx: FakeRequestContext, resolve: () => AreasTarget | null, nullable = false) {
    super(ctx, resolve, nullable);
    this.defineProperties();
  }

  protected read(name: string, t: AreasTarget): unknown {
    if (name === 'areaCount') return t.rects.length;
    return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${toRef(r)}`).join(', ');
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      'conditionalFormats',
      () => new FakeConditionalFormatCollection(this.context, () => this.t()),
    );
  }
}

// ---------------------------------------------------------------- formats

/** The common value of a property over a range, or null when the cells differ (Excel's rule). */
function uniform<V>(values: V[]): V | null {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

function cellsOf(host: FakeWorkbook, t: RangeTarget) {
  const out: ReturnType<FakeWorkbook['cellForWrite']>[] = [];
  host.forEachCell(t.rect, (r, c) =>
    out.push(host.peekCell(t.sheet, r, c) ?? host.cell(t.sheet, host.a1(r, c))),
  );
  return out;
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly scalars = [
    'columnWidth',
    'rowHeight',
    'horizontalAlignment',
    'verticalAlignment',
    'wrapText',
  ] as const;
  protected override readonly settable = this.scalars;
  declare columnWidth: number;
  declare rowHeight: number;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget) {
    super(ctx, resolve);
    this.defineProperties();
  }

  protected read(name: string, t: RangeTarget): unknown {
    if (name === 'columnWidth') {
      const w: number[] = [];
      for (let c = t.rect.left; c <= t.rect.right && w.length < 20000; c++)
        w.push(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return uniform(w);
    }
    if (name === 'rowHeight') {
      const h: number[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom && h.length < 20000; r++)
        h.push(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return uniform(h);
    }
    const cells = cellsOf(this.host, t);
    if (name === 'horizontalAlignment') return uniform(cells.map((c) => c.horizontal));
    if (name === 'verticalAlignment') return uniform(cells.map((c) => c.vertical));
    return uniform(cells.map((c) => c.wrap));
  }

  protected override write(name: string, value: unknown, t: RangeTarget): void {
    const h = this.host;
    if (name === 'columnWidth') {
      if (typeof value !== 'number' || value < 0) throw new FakeExcelError('InvalidArgument', 'columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, value);
      return;
    }
    if (name === 'rowHeight') {
      if (typeof value !== 'number' || value < 0 || value > 409)
        throw new FakeExcelError('InvalidArgument', 'rowHeight');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, value);
      return;
    }
    const allowed: Record<string, readonly unknown[]> = {
      horizontalAlignment: [
        'General',
        'Left',
        'Center',
        'Right',
        'Fill',
        'Justify',
        'CenterAcrossSelection',
        'Distributed',
      ],
      verticalAlignment: ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'],
      wrapText: [true, false],
    };
    if (!allowed[name].includes(value))
      throw new FakeExcelError('InvalidArgument', `${name} = ${String(value)}`);
    h.forEachCell(t.rect, (r, c) => {
      const cell = h.cellForWrite(t.sheet, r, c);
      if (name === 'horizontalAlignment') cell.horizontal = value as string;
      else if (name === 'verticalAlignment') cell.vertical = value as string;
      else cell.wrap = value as boolean;
    });
    h.compact(t.sheet);
  }

  get font(): FakeRangeFont {
    return this.child('font', () => new FakeRangeFont(this.context, () => this.t()));
  }

  get fill(): FakeRangeFill {
    return this.child('fill', () => new FakeRangeFill(this.context, () => this.t()));
  }

  get borders(): FakeRangeBorderCollection {
    return this.child('borders', () => new FakeRangeBorderCollection(this.context, () => this.t()));
  }
}

export class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly scalars = ['name', 'size', 'bold', 'italic', 'color'] as const;
  protected override readonly settable = this.scalars;
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget) {
    super(ctx, resolve);
    this.defineProperties();
  }

  protected read(name: string, t: RangeTarget): unknown {
    return uniform(cellsOf(this.host, t).map((c) => (c.font as unknown as Record<string, unknown>)[name]));
  }

  protected override write(name: string, value: unknown, t: RangeTarget): void {
    const h = this.host;
    h.forEachCell(t.rect, (r, c) => {
      (h.cellForWrite(t.sheet, r, c).font as unknown as Record<string, unknown>)[name] = value;
    });
    h.compact(t.sheet);
  }
}

export class FakeRangeFill extends FakeObject<RangeTarget> {
  protected readonly scalars = ['color'] as const;
  protected override readonly settable = ['color'] as const;
  declare color: string;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget) {
    super(ctx, resolve);
    this.defineProperties();
  }

  /** Like Excel: No Fill reads as "#FFFFFF", indistinguishable from white. */
  protected read(_name: string, t: RangeTarget): unknown {
    return uniform(cellsOf(this.host, t).map((c) => c.fill ?? '#FFFFFF'));
  }

  protected override write(_name: string, value: unknown, t: RangeTarget): void {
    const h = this.host;
    h.forEachCell(t.rect, (r, c) => (h.cellForWrite(t.sheet, r, c).fill = String(value)));
  }

  clear(): void {
    this.op((t) => {
      const h = this.host;
      h.forEachCell(t.rect, (r, c) => (h.cellForWrite(t.sheet, r, c).fill = null));
      h.compact(t.sheet);
    });
  }
}

export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  protected readonly scalars = [] as const;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget) {
    super(ctx, resolve);
  }

  protected read(): unknown {
    return undefined;
  }

  getItem(index: string): FakeRangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index))
      throw new Error(`fake: border index ${index}`);
    return new FakeRangeBorder(this.context, () => ({ ...this.t(), index: index as BorderIndex }));
  }
}

export class FakeRangeBorder extends FakeObject<RangeTarget & { index: BorderIndex }> {
  protected readonly scalars = ['style', 'weight', 'color'] as const;
  protected override readonly settable = this.scalars;
  declare style: string;
  declare weight: string;
  declare color: string;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget & { index: BorderIndex }) {
    super(ctx, resolve);
    this.defineProperties();
  }

  protected read(name: string, t: RangeTarget & { index: BorderIndex }): unknown {
    const side =
      t.index === 'EdgeTop' || t.index === 'EdgeBottom' || t.index === 'EdgeLeft' || t.index === 'EdgeRight'
        ? t.index
        : undefined;
    if (!side) return null;
    const b = this.host.peekCell(t.sheet, t.rect.top, t.rect.left)?.borders[side];
    return name === 'style'
      ? (b?.style ?? 'None')
      : ((b as unknown as Record<string, unknown> | undefined)?.[name] ?? null);
  }

  protected override write(name: string, value: unknown, t: RangeTarget & { index: BorderIndex }): void {
    const ok: Record<string, (v: unknown) => boolean> = {
      style: (v) =>
        ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(
          v as string,
        ),
      weight: (v) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(v as string),
      color: (v) => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v),
    };
    if (!ok[name](value)) throw new FakeExcelError('InvalidArgument', `border ${name} = ${String(value)}`);
    if (
      (t.index === 'InsideHorizontal' && t.rect.top === t.rect.bottom) ||
      (t.index === 'InsideVertical' && t.rect.left === t.rect.right)
    ) {
      throw new FakeExcelError('InvalidArgument', `${t.index} on a range without inside lines`);
    }
    this.host.patchRangeBorder(t.sheet, t.rect, t.index, { [name]: value });
  }
}

// ---------------------------------------------------------------- conditional formats

interface CfTarget {
  readonly sheet: SheetState;
  readonly cf: ConditionalFormatState;
}

const CF_TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];

export class FakeConditionalFormatCollection extends FakeCollection<AreasTarget, FakeConditionalFormat> {
  protected readonly itemScalars = ['id', 'type', 'priority', 'stopIfTrue'] as const;

  constructor(ctx: FakeRequestContext, resolve: () => AreasTarget) {
    super(ctx, resolve);
  }

  protected listItems(t: AreasTarget): FakeConditionalFormat[] {
    return this.host
      .conditionalFormatsIn(t.sheet, t.rects)
      .map((cf) => new FakeConditionalFormat(this.context, { resolved: { sheet: t.sheet, cf } }));
  }

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      if (!CF_TYPES.includes(type))
        throw new FakeExcelError('InvalidArgument', `conditional format type ${type}`);
      const t = this.t();
      const cf: ConditionalFormatState = {
        id: this.host.newId('CF00'),
        type,
        rects: t.rects.map((r) => ({ ...r })),
        formula: '',
        fill: null,
        fontColor: null,
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.unshift(cf);
      return { sheet: t.sheet, cf };
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const t = this.t();
      const cf = this.host.conditionalFormatsIn(t.sheet, t.rects).find((c) => c.id === id);
      if (!cf) throw new FakeExcelError('ItemNotFound', `No conditional format ${id} here.`);
      return { sheet: t.sheet, cf };
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      () => {
        const t = this.t();
        const cf = this.host.conditionalFormatsIn(t.sheet, t.rects).find((c) => c.id === id);
        return cf ? { sheet: t.sheet, cf } : null;
      },
      true,
    );
  }

  /** Deletes every conditional format that touches the range — the user's too. */
  clearAll(): void {
    this.op((t) => {
      const doomed = new Set(this.host.conditionalFormatsIn(t.sheet, t.rects));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !doomed.has(c));
    });
  }
}

export class FakeConditionalFormat extends FakeObject<CfTarget> {
  protected readonly scalars = ['id', 'type', 'priority', 'stopIfTrue'] as const;
  protected override readonly settable = ['priority', 'stopIfTrue'] as const;
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  constructor(
    ctx: FakeRequestContext,
    resolve: (() => CfTarget | null) | { resolved: CfTarget },
    nullable = false,
  ) {
    super(ctx, resolve, nullable);
    this.defineProperties();
  }

  protected read(name: string, t: CfTarget): unknown {
    if (name === 'priority') return t.sheet.conditionalFormats.indexOf(t.cf);
    return (t.cf as unknown as Record<string, unknown>)[name];
  }

  protected override write(name: string, value: unknown, t: CfTarget): void {
    if (name === 'stopIfTrue') t.cf.stopIfTrue = Boolean(value);
    if (name === 'priority') {
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.max(0, Math.min(Number(value), list.length)), 0, t.cf);
    }
  }

  delete(): void {
    this.op((t) => {
      const list = t.sheet.conditionalFormats;
      const i = list.indexOf(t.cf);
      if (i < 0) throw new FakeExcelError('ItemNotFound', 'The conditional format was already deleted.');
      list.splice(i, 1);
    });
  }

  get custom(): FakeCustomConditionalFormat {
    return this.child(
      'custom',
      () =>
        new FakeCustomConditionalFormat(this.context, () => {
          const t = this.t();
          if (t.cf.type !== 'Custom')
            throw new FakeExcelError('InvalidOperation', 'custom on a non-custom conditional format');
          return t;
        }),
    );
  }
}

class FakeCustomConditionalFormat extends FakeObject<CfTarget> {
  protected readonly scalars = [] as const;

  constructor(ctx: FakeRequestContext, resolve: () => CfTarget) {
    super(ctx, resolve);
  }

  protected read(): unknown {
    return undefined;
  }

  get rule(): FakeCfPart {
    return this.child(
      'rule',
      () =>
        new FakeCfPart(
          this.context,
          () => this.t(),
          'formula',
          (cf) => cf.formula,
          (cf, v) => {
            if (typeof v !== 'string' || !v.startsWith('='))
              throw new FakeExcelError('InvalidArgument', 'formula must start with =');
            cf.formula = v;
          },
        ),
    );
  }

  get format(): { fill: FakeCfPart; font: FakeCfPart } {
    return this.child('format', () => ({
      fill: new FakeCfPart(
        this.context,
        () => this.t(),
        'color',
        (cf) => cf.fill,
        (cf, v) => (cf.fill = String(v)),
      ),
      font: new FakeCfPart(
        this.context,
        () => this.t(),
        'color',
        (cf) => cf.fontColor,
        (cf, v) => (cf.fontColor = String(v)),
      ),
    }));
  }
}

/** One settable scalar of a conditional format (rule.formula, format.fill.color, format.font.color). */
class FakeCfPart extends FakeObject<CfTarget> {
  protected readonly scalars: readonly string[];
  protected override readonly settable: readonly string[];

  constructor(
    ctx: FakeRequestContext,
    resolve: () => CfTarget,
    prop: string,
    private readonly get: (cf: ConditionalFormatState) => unknown,
    private readonly put: (cf: ConditionalFormatState, v: unknown) => void,
  ) {
    super(ctx, resolve);
    this.scalars = [prop];
    this.settable = [prop];
    this.defineProperties();
  }

  protected read(_name: string, t: CfTarget): unknown {
    return this.get(t.cf);
  }

  protected override write(_name: string, value: unknown, t: CfTarget): void {
    this.put(t.cf, value);
  }
}

// ---------------------------------------------------------------- data validation

export class FakeDataValidation extends FakeObject<RangeTarget> {
  protected readonly scalars = ['type', 'rule', 'errorAlert'] as const;
  protected override readonly settable = ['rule', 'errorAlert'] as const;
  declare readonly type: string;
  declare rule: unknown;
  declare errorAlert: unknown;

  constructor(ctx: FakeRequestContext, resolve: () => RangeTarget) {
    super(ctx, resolve);
    this.defineProperties();
  }

  private hits(t: RangeTarget) {
    return t.sheet.dataValidations.filter((d) => rectsIntersectLocal(d.rect, t.rect));
  }

  protected read(name: string, t: RangeTarget): unknown {
    const hits = this.hits(t);
    if (name === 'type') {
      if (hits.length === 0) return 'None';
      const covers = hits.length === 1 && contains(hits[0].rect, t.rect);
      return covers ? hits[0].type : 'Inconsistent';
    }
    const one = hits.length === 1 ? hits[0] : undefined;
    return name === 'rule' ? (one?.rule ?? null) : (one?.errorAlert ?? null);
  }

  protected override write(name: string, value: unknown, t: RangeTarget): void {
    if (name === 'rule') {
      if (this.hits(t).length) {
        throw new FakeExcelError(
          'InvalidOperation',
          'fake (strict): the range already has data validation; clear it first',
        );
      }
      const list = (value as { list?: { source?: unknown } } | null)?.list;
      if (!list || typeof list.source !== 'string') throw new Error('fake: only list rules are modelled');
      if (list.source.length > 255)
        throw new FakeExcelError('InvalidArgument', 'The list source is longer than 255 characters.');
      t.sheet.dataValidations.push({
        rect: { ...t.rect },
        type: 'List',
        rule: value,
        errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
      });
      return;
    }
    const hits = this.hits(t);
    if (hits.length === 0)
      throw new FakeExcelError('InvalidOperation', 'errorAlert on a range without data validation');
    for (const d of hits) d.errorAlert = { ...d.errorAlert, ...(value as object) };
  }

  clear(): void {
    this.op((t) => {
      t.sheet.dataValidations = t.sheet.dataValidations.filter((d) => !rectsIntersectLocal(d.rect, t.rect));
    });
  }
}

function rectsIntersectLocal(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

// ---------------------------------------------------------------- settings

export class FakeSettingCollection extends FakeCollection<FakeWorkbook, FakeSetting> {
  protected readonly itemScalars = ['key', 'value'] as const;

  constructor(ctx: FakeRequestContext, resolve: { resolved: FakeWorkbook }) {
    super(ctx, resolve);
  }

  protected listItems(host: FakeWorkbook): FakeSetting[] {
    return [...host.settings.keys()].map((k) => new FakeSetting(this.context, { resolved: k }));
  }

  add(key: string, value: unknown): FakeSetting {
    if (value === undefined) throw new Error('fake: setting value undefined');
    const json = JSON.stringify(value);
    this.context.enqueue(() => this.host.settings.set(key, json));
    return new FakeSetting(this.context, () => key);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      if (!this.host.settings.has(key)) throw new FakeExcelError('ItemNotFound', `No setting ${key}.`);
      return key;
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.host.settings.has(key) ? key : null), true);
  }
}

export class FakeSetting extends FakeObject<string> {
  protected readonly scalars = ['key', 'value'] as const;
  protected override readonly settable = ['value'] as const;
  declare readonly key: string;
  declare value: unknown;

  constructor(
    ctx: FakeRequestContext,
    resolve: (() => string | null) | { resolved: string },
    nullable = false,
  ) {
    super(ctx, resolve, nullable);
    this.defineProperties();
  }

  protected read(name: string, key: string): unknown {
    if (name === 'key') return key;
    const v = this.host.settings.get(key);
    if (v === undefined) throw new FakeExcelError('ItemNotFound', `No setting ${key}.`);
    return JSON.parse(v);
  }

  protected override write(_name: string, value: unknown, key: string): void {
    this.host.settings.set(key, JSON.stringify(value));
  }

  delete(): void {
    this.op((key) => this.host.settings.delete(key));
  }
}
