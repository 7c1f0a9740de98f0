/**
 * The WorkbookGateway on Office.js: the only code of the add-in that touches `Excel.*`.
 *
 * Sync discipline (tests count them):
 * - reading one sheet: 1 sync (values, text, numberFormat, valueTypes, merged areas, our marks'
 *   record and the sheet list all in one batch); one more only for sheets longer than the rows
 *   the first batch covered with merged-area queries;
 * - reading every sheet: 1 sync for the sheet list, 1 for all sheets' contents;
 * - highlight / clear: 2 syncs for any number of findings (add ours and list the existing formats
 *   in one batch, then delete the old ones and save the record in the next), when the sheets that
 *   carry old marks are known from an earlier read or highlight; otherwise one more.
 * So checking and highlighting a sheet takes 3 syncs, for one table as for a hundred.
 */
import { toA1, type CellAddress, type CellRect } from '../core/model/address';
import type { Grid } from '../core/model/grid';
import type { CellEdit, Diagnostic } from '../core/diagnostics/diagnostic';
import type { TemplateSpec } from '../core/templates/types';
import {
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  parseAreas,
  rectsIntersect,
  rowsRef,
  splitAreas,
  toRef,
} from './addresses';
import {
  GatewayError,
  REQUIRED_EXCEL_API,
  type AddinSettings,
  type EditResult,
  type InsertResult,
  type InsertWhere,
  type SelectResult,
  type SelectionChange,
  type SheetChange,
  type Unsubscribe,
  type WorkbookGateway,
} from './gateway';
import { usedRangeToGrid } from './grid-read';
import {
  MARKS_KEY,
  MARK_FORMULA,
  SETTINGS_KEY,
  SEVERITY_STYLE,
  marksState,
  parseMarks,
  planMarks,
  type MarkRecord,
} from './marks';
import { planTemplate, uniqueSheetName, type PlannedStyle, type TemplatePlan } from './template-plan';

/** What the gateway needs from the host; tests pass a fake workbook or office-addin-mock. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Milliseconds clock (own-write bookkeeping). */
  now?(): number;
}

/** The real host: Excel.run and Office.context.requirements. */
export function officeHost(): OfficeHost {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) =>
      typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version),
  };
}

export interface OfficeGatewayOptions {
  /** Rows per merged-area query (Excel fails a query that finds more than 512 merged areas). */
  readonly mergeBlockRows?: number;
  /** Rows covered by merged-area queries in a first read of a sheet whose size is not known yet. */
  readonly defaultMergeRows?: number;
  /** How long events from cells we wrote are ignored when the host does not tag them (ms). */
  readonly ownWriteWindowMs?: number;
  /** Errors thrown by event listeners end here instead of in Excel's event pipe. */
  readonly onListenerError?: (error: unknown) => void;
}

const RANGE_PROPS = 'address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat,valueTypes';

interface SheetQueue {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly blocks: { top: number; bottom: number; areas: Excel.RangeAreas }[];
  covered: number;
}

interface MetaQueue {
  readonly sheets: Excel.WorksheetCollection;
  readonly marks: Excel.Setting;
}

interface OwnWrite {
  readonly sheet: string;
  readonly rect: CellRect;
  until: number;
}

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string')
    return (e as { code: string }).code;
  return undefined;
}

function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = errorCode(e);
  if (code === 'ItemNotFound') return new GatewayError('sheet-missing', code);
  const message = e instanceof Error ? e.message : String(e);
  return new GatewayError('excel-error', code ?? message);
}

function matrix(v: unknown, what: string): unknown[][] {
  if (!Array.isArray(v)) throw new GatewayError('excel-error', `${what} not loaded`);
  return v as unknown[][];
}

function isRect(t: CellAddress | CellRect): t is CellRect {
  return (t as CellRect).top !== undefined;
}

const DROPDOWN_TITLE = '绩效目标表';
const DROPDOWN_MESSAGE = '请从下拉列表中选择。';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyStyle(range: Excel.Range, style: PlannedStyle, rect: CellRect): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.horizontal !== undefined) f.horizontalAlignment = style.horizontal;
  if (style.vertical !== undefined) f.verticalAlignment = style.vertical;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.border !== undefined) {
    const edges: string[] = [...EDGES];
    if (rect.right > rect.left) edges.push('InsideVertical');
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      if (style.border) {
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = '#000000';
      } else {
        b.style = 'None';
      }
    }
  }
}

export class OfficeWorkbookGateway implements WorkbookGateway {
  private readonly host: OfficeHost;
  private readonly blockRows: number;
  private readonly defaultMergeRows: number;
  private readonly ownWriteWindowMs: number;
  private readonly onListenerError: (error: unknown) => void;
  /** Sheet id → name, as of the last batch that listed the sheets. */
  private sheetNames = new Map<string, string>();
  /** Ids of the sheets our marks were on at the last look; undefined until we have looked. */
  private markSheets: Set<string> | undefined;
  /** Last used row per sheet name, to size merged-area queries. */
  private lastRows = new Map<string, number>();
  private ownWrites: OwnWrite[] = [];

  constructor(host: OfficeHost = officeHost(), options: OfficeGatewayOptions = {}) {
    this.host = host;
    this.blockRows = options.mergeBlockRows ?? 100;
    this.defaultMergeRows = options.defaultMergeRows ?? 5000;
    this.ownWriteWindowMs = options.ownWriteWindowMs ?? 2000;
    this.onListenerError = options.onListenerError ?? (() => undefined);
  }

  isSupported(): boolean {
    try {
      return this.host.isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
    } catch {
      return false;
    }
  }

  private now(): number {
    return this.host.now ? this.host.now() : Date.now();
  }

  // ---------------------------------------------------------------- reading

  private queueMeta(ctx: Excel.RequestContext): MetaQueue {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id,items/visibility');
    const marks = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY);
    marks.load('value');
    return { sheets, marks };
  }

  private applyMeta(meta: MetaQueue): MarkRecord[] {
    this.sheetNames = new Map(meta.sheets.items.map((s) => [s.id, s.name]));
    const marks = parseMarks(meta.marks.isNullObject ? null : meta.marks.value);
    this.markSheets = new Set(marks.map((m) => m.sheetId));
    return marks;
  }

  private queueMergeBlocks(q: SheetQueue, upTo: number, blockRows: number): void {
    for (let top = q.covered; top < upTo; top += blockRows) {
      const bottom = Math.min(top + blockRows, MAX_ROWS) - 1;
      const areas = q.ws.getRange(rowsRef(top, bottom)).getMergedAreasOrNullObject();
      areas.load('address');
      q.blocks.push({ top, bottom, areas });
      q.covered = bottom + 1;
    }
  }

  private queueSheet(ws: Excel.Worksheet, rows: number, blockRows: number): SheetQueue {
    ws.load('name,id,visibility');
    const used = ws.getUsedRange(true);
    used.load(RANGE_PROPS);
    const q: SheetQueue = { ws, used, blocks: [], covered: 0 };
    this.queueMergeBlocks(q, Math.min(rows, MAX_ROWS), blockRows);
    return q;
  }

  /** After a sync: queues merged-area queries for rows the first batch did not cover. */
  private queueRest(q: SheetQueue, blockRows: number): boolean {
    const lastRow = q.used.rowIndex + q.used.rowCount - 1;
    if (lastRow < q.covered) return false;
    this.queueMergeBlocks(q, lastRow + 1, blockRows);
    return true;
  }

  private toGrid(q: SheetQueue): Grid {
    const merges: CellRect[] = [];
    for (const b of q.blocks) if (!b.areas.isNullObject) merges.push(...parseAreas(b.areas.address));
    const name = q.ws.name;
    this.lastRows.set(name, q.used.rowIndex + q.used.rowCount - 1);
    return usedRangeToGrid(
      name,
      {
        top: q.used.rowIndex,
        left: q.used.columnIndex,
        values: matrix(q.used.values, 'values'),
        text: matrix(q.used.text, 'text'),
        numberFormat: matrix(q.used.numberFormat, 'numberFormat'),
        valueTypes: Array.isArray(q.used.valueTypes) ? (q.used.valueTypes as unknown[][]) : undefined,
      },
      merges,
      q.ws.visibility !== undefined && q.ws.visibility !== 'Visible',
    );
  }

  /** Rows to cover with merged-area queries: the sheet's known extent plus a block, or a default. */
  private rowsToCover(name: string | undefined): number {
    const last = name === undefined ? undefined : this.lastRows.get(name);
    return last === undefined ? this.defaultMergeRows : last + 1 + this.blockRows;
  }

  /** Runs a read, retrying with smaller merged-area blocks when Excel rejects a block (> 512 merges). */
  private async readWith<T>(read: (blockRows: number) => Promise<T>): Promise<T> {
    const sizes = [...new Set([this.blockRows, Math.max(1, Math.floor(this.blockRows / 10)), 1])];
    let last: unknown;
    for (const size of sizes) {
      try {
        return await read(size);
      } catch (e) {
        if (e instanceof GatewayError || errorCode(e) === 'ItemNotFound') throw toGatewayError(e);
        last = e;
      }
    }
    throw toGatewayError(last);
  }

  private readOne(
    pick: (ctx: Excel.RequestContext) => Excel.Worksheet,
    name: string | undefined,
  ): Promise<Grid> {
    return this.readWith((blockRows) =>
      this.host.run(async (ctx) => {
        const meta = this.queueMeta(ctx);
        const q = this.queueSheet(pick(ctx), this.rowsToCover(name), blockRows);
        await ctx.sync();
        this.applyMeta(meta);
        if (this.queueRest(q, blockRows)) await ctx.sync();
        return this.toGrid(q);
      }),
    );
  }

  readActiveSheet(): Promise<Grid> {
    return this.readOne((ctx) => ctx.workbook.worksheets.getActiveWorksheet(), undefined);
  }

  readSheet(name: string): Promise<Grid> {
    return this.readOne((ctx) => ctx.workbook.worksheets.getItem(name), name);
  }

  readAllSheets(): Promise<Grid[]> {
    return this.readWith((blockRows) =>
      this.host.run(async (ctx) => {
        const meta = this.queueMeta(ctx);
        await ctx.sync();
        this.applyMeta(meta);
        const queues = meta.sheets.items.map((ws) =>
          this.queueSheet(ws, this.rowsToCover(ws.name), blockRows),
        );
        await ctx.sync();
        let more = false;
        for (const q of queues) more = this.queueRest(q, blockRows) || more;
        if (more) await ctx.sync();
        return queues.map((q) => this.toGrid(q));
      }),
    );
  }

  // ---------------------------------------------------------------- marks

  /**
   * Replaces our marks with `diagnostics`' (none: clears). Old marks are deleted only when Excel
   * lists their id on their sheet, so a mark the user removed by hand is simply forgotten.
   */
  private async replaceMarks(diagnostics: readonly Diagnostic[]): Promise<void> {
    const plans = planMarks(diagnostics);
    const attempt = (useCache: boolean): Promise<void> =>
      this.host.run(async (ctx) => {
        const wb = ctx.workbook;
        const marksItem = wb.settings.getItemOrNullObject(MARKS_KEY);
        marksItem.load('value');
        const sheets = wb.worksheets;
        sheets.load('items/name,items/id,items/visibility');

        // Conditional-format listings (queued before any add, so they show the old state).
        const listings = new Map<string, Excel.ConditionalFormatCollection>();
        const targets = new Map<string, Excel.Worksheet>();
        for (const name of new Set(plans.map((p) => p.sheet))) {
          const ws = wb.worksheets.getItem(name);
          ws.load('id');
          const cfs = ws.getRange().conditionalFormats;
          cfs.load('items/id');
          targets.set(name, ws);
          listings.set(`name:${name}`, cfs);
        }
        if (useCache && this.markSheets) {
          for (const id of this.markSheets) {
            const known = this.sheetNames.get(id);
            if (known === undefined || targets.has(known)) continue;
            const cfs = wb.worksheets.getItem(id).getRange().conditionalFormats;
            cfs.load('items/id');
            listings.set(`id:${id}`, cfs);
          }
        }
        // Our new formats, one per (sheet, severity, address chunk).
        const added: { sheet: string; cf: Excel.ConditionalFormat }[] = [];
        for (const plan of plans) {
          const ws = targets.get(plan.sheet)!;
          const cf = ws.getRanges(plan.address).conditionalFormats.add('Custom');
          cf.custom.rule.formula = MARK_FORMULA;
          cf.custom.format.fill.color = SEVERITY_STYLE[plan.severity].fill;
          cf.custom.format.font.color = SEVERITY_STYLE[plan.severity].font;
          cf.load('id');
          added.push({ sheet: plan.sheet, cf });
        }
        await ctx.sync();

        this.sheetNames = new Map(sheets.items.map((s) => [s.id, s.name]));
        const listed = new Map<string, Set<string>>();
        for (const [key, cfs] of listings) {
          const id = key.startsWith('name:') ? targets.get(key.slice(5))!.id : key.slice(3);
          listed.set(id, new Set(cfs.items.map((c) => c.id)));
        }
        const fresh: MarkRecord[] = added.map((a) => ({
          sheetId: targets.get(a.sheet)!.id,
          sheet: a.sheet,
          id: a.cf.id,
        }));
        let pending = parseMarks(marksItem.isNullObject ? null : marksItem.value);
        for (let round = 0; round < 2; round++) {
          const unverified: MarkRecord[] = [];
          for (const m of pending) {
            if (!this.sheetNames.has(m.sheetId)) continue; // sheet deleted: its formats went with it
            const ids = listed.get(m.sheetId);
            if (!ids) unverified.push(m);
            else if (ids.has(m.id))
              wb.worksheets.getItem(m.sheetId).getRange().conditionalFormats.getItem(m.id).delete();
          }
          // Saved at once, so a mark is never forgotten while it may still exist.
          wb.settings.add(MARKS_KEY, marksState([...fresh, ...unverified]));
          const extra = new Map<string, Excel.ConditionalFormatCollection>();
          for (const id of new Set(unverified.map((m) => m.sheetId))) {
            const cfs = wb.worksheets.getItem(id).getRange().conditionalFormats;
            cfs.load('items/id');
            extra.set(id, cfs);
          }
          await ctx.sync();
          if (unverified.length === 0) break;
          for (const [id, cfs] of extra) listed.set(id, new Set(cfs.items.map((c) => c.id)));
          pending = unverified;
        }
        this.markSheets = new Set(fresh.map((m) => m.sheetId));
      });
    try {
      await attempt(true);
    } catch (e) {
      // A sheet known to carry marks may have been deleted since we looked: look again, once.
      if (errorCode(e) !== 'ItemNotFound' || !this.markSheets) throw toGatewayError(e);
      this.markSheets = undefined;
      try {
        await attempt(false);
      } catch (e2) {
        throw toGatewayError(e2);
      }
    }
  }

  highlight(diagnostics: readonly Diagnostic[]): Promise<void> {
    return this.replaceMarks(diagnostics);
  }

  clearMarks(): Promise<void> {
    return this.replaceMarks([]);
  }

  // ---------------------------------------------------------------- templates

  private recordOwnWrite(sheet: string, rect: CellRect): OwnWrite {
    const w: OwnWrite = { sheet, rect, until: Number.POSITIVE_INFINITY };
    this.ownWrites.push(w);
    return w;
  }

  private settleOwnWrite(w: OwnWrite): void {
    w.until = this.now() + this.ownWriteWindowMs;
  }

  private isOwnWrite(sheet: string, rect: CellRect): boolean {
    const now = this.now();
    this.ownWrites = this.ownWrites.filter((w) => w.until >= now);
    return this.ownWrites.some(
      (w) =>
        w.sheet === sheet &&
        rect.top >= w.rect.top &&
        rect.bottom <= w.rect.bottom &&
        rect.left >= w.rect.left &&
        rect.right <= w.rect.right,
    );
  }

  private queueTemplate(
    ws: Excel.Worksheet,
    plan: TemplatePlan,
    widths: readonly (number | undefined)[],
    heights: readonly { row: number; points: number }[],
  ): void {
    const area = ws.getRange(toRef(plan.area));
    // Formats before values, so that "@" columns keep text such as "≥80%" or "=100%" as typed.
    area.numberFormat = plan.numberFormats;
    area.values = plan.values;
    area.format.font.name = plan.fontName;
    applyStyle(area, plan.baseStyle, plan.area);
    for (const { cell, style } of plan.cellStyles) {
      const rect = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
      applyStyle(ws.getRange(toA1(cell)), style, rect);
    }
    for (const m of plan.merges) ws.getRange(toRef(m)).merge(false);
    widths.forEach((w, i) => {
      if (w !== undefined) area.getColumn(i).format.columnWidth = w;
    });
    for (const h of heights) ws.getRange(rowsRef(h.row, h.row)).format.rowHeight = h.points;
    for (const v of plan.validations) {
      const dv = ws.getRange(toRef(v.rect)).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: v.source } };
      // allowOther: the list suggests, free text such as 年初工作计划 is still accepted.
      dv.errorAlert = {
        showAlert: !v.allowOther,
        style: 'Stop',
        title: DROPDOWN_TITLE,
        message: DROPDOWN_MESSAGE,
      };
    }
  }

  async insertTemplate(
    spec: TemplateSpec,
    where: InsertWhere,
    options: { sheetName?: string } = {},
  ): Promise<InsertResult> {
    const runOptions: Excel.RunOptions | undefined = this.host.isSetSupported('ExcelApi', '1.20')
      ? { mergeUndoGroup: true }
      : undefined;
    try {
      return await (where === 'new-sheet'
        ? this.host.run((ctx) => this.insertNewSheet(ctx, spec, options.sheetName), runOptions)
        : this.host.run((ctx) => this.insertAtSelection(ctx, spec), runOptions));
    } catch (e) {
      throw toGatewayError(e);
    }
  }

  private async insertNewSheet(
    ctx: Excel.RequestContext,
    spec: TemplateSpec,
    wanted?: string,
  ): Promise<InsertResult> {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const name = uniqueSheetName(
      wanted ?? spec.name['zh-CN'],
      sheets.items.map((s) => s.name),
    );
    const plan = planTemplate(spec, { row: 0, col: 0 });
    const ws = sheets.add(name);
    const own = this.recordOwnWrite(name, plan.area);
    this.queueTemplate(ws, plan, plan.columnWidths, plan.rowHeights);
    ws.activate();
    ws.getRange(toA1({ row: plan.area.top, col: plan.area.left })).select();
    await ctx.sync();
    this.settleOwnWrite(own);
    // Print settings are a nicety: a printer-dependent refusal must not undo the insert.
    try {
      ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      ws.pageLayout.paperSize = spec.print.paperSize;
      ws.pageLayout.zoom = { horizontalFitToPages: spec.print.fitToWidth, verticalFitToPages: 0 };
      await ctx.sync();
    } catch {
      // keep the template without print settings
    }
    return { ok: true, sheet: name, range: plan.area };
  }

  private async insertAtSelection(ctx: Excel.RequestContext, spec: TemplateSpec): Promise<InsertResult> {
    const sel = ctx.workbook.getSelectedRange();
    sel.load('rowIndex,columnIndex');
    const ws = sel.worksheet;
    ws.load('name');
    await ctx.sync();
    const sheet = ws.name;
    const origin = { row: sel.rowIndex, col: sel.columnIndex };
    const plan = planTemplate(spec, origin);
    const area = plan.area;
    if (area.bottom >= MAX_ROWS || area.right >= MAX_COLS) {
      return { ok: false, reason: 'target-out-of-bounds', sheet, range: area };
    }
    const target = ws.getRange(toRef(area));
    target.load('formulas');
    target.dataValidation.load('type');
    // Merged areas are reported by their top-left cell only, so look above and left of the target too.
    const around: CellRect = {
      top: Math.max(0, area.top - 100),
      left: Math.max(0, area.left - 26),
      bottom: area.bottom,
      right: area.right,
    };
    const merged = ws.getRange(toRef(around)).getMergedAreasOrNullObject();
    merged.load('address');
    const widths = plan.columnWidths.map((_, i) => {
      const f = target.getColumn(i).format;
      f.load('columnWidth');
      return f;
    });
    const heights = plan.rowHeights.map((h) => {
      const f = ws.getRange(rowsRef(h.row, h.row)).format;
      f.load('rowHeight');
      return f;
    });
    await ctx.sync();
    const formulas = matrix(target.formulas, 'formulas');
    for (let r = 0; r < formulas.length; r++) {
      for (let c = 0; c < formulas[r].length; c++) {
        const f = formulas[r][c];
        if (f !== '' && f !== null && f !== undefined) {
          return {
            ok: false,
            reason: 'target-not-empty',
            sheet,
            range: area,
            cell: { row: area.top + r, col: area.left + c },
          };
        }
      }
    }
    if (!merged.isNullObject) {
      const hit = parseAreas(merged.address).find((m) => rectsIntersect(m, area));
      if (hit)
        return {
          ok: false,
          reason: 'target-merged',
          sheet,
          range: area,
          cell: { row: hit.top, col: hit.left },
        };
    }
    if (target.dataValidation.type !== 'None') {
      return { ok: false, reason: 'target-has-validation', sheet, range: area };
    }
    // The user's layout wins: columns and rows only ever grow.
    const newWidths = plan.columnWidths.map((w, i) => (w > (widths[i].columnWidth ?? 0) ? w : undefined));
    const newHeights = plan.rowHeights.filter((h, i) => h.points > (heights[i].rowHeight ?? 0));
    const own = this.recordOwnWrite(sheet, area);
    this.queueTemplate(ws, plan, newWidths, newHeights);
    await ctx.sync();
    this.settleOwnWrite(own);
    return { ok: true, sheet, range: area };
  }

  // ---------------------------------------------------------------- navigation and fixes

  async select(sheet: string, target: CellAddress | CellRect): Promise<SelectResult> {
    const ref = isRect(target) ? toRef(target) : toA1(target);
    try {
      return await this.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(ref).select();
        await ctx.sync();
        return { ok: true } as const;
      });
    } catch (e) {
      if (errorCode(e) === 'ItemNotFound') return { ok: false, reason: 'sheet-missing' };
      throw toGatewayError(e);
    }
  }

  async applyEdit(edit: CellEdit, expectedText: string): Promise<EditResult> {
    const rect = { top: edit.cell.row, left: edit.cell.col, bottom: edit.cell.row, right: edit.cell.col };
    try {
      return await this.host.run(
        async (ctx) => {
          const cell = ctx.workbook.worksheets.getItem(edit.sheet).getRange(toA1(edit.cell));
          cell.load('text,formulas');
          await ctx.sync();
          const formula = matrix(cell.formulas, 'formulas')[0]?.[0];
          const text = String(matrix(cell.text, 'text')[0]?.[0] ?? '');
          if (typeof formula === 'string' && formula.startsWith('='))
            return { ok: false, reason: 'formula', currentText: text };
          if (text.trim() !== expectedText.trim()) return { ok: false, reason: 'stale', currentText: text };
          const own = this.recordOwnWrite(edit.sheet, rect);
          // "=20人" or "=100%" is a 指标值, not a formula: a text format makes Excel keep it as typed
          if (/^[=+\-@]/.test(edit.value)) cell.numberFormat = [['@']];
          cell.values = [[edit.value]];
          await ctx.sync();
          this.settleOwnWrite(own);
          return { ok: true };
        },
        { delayForCellEdit: true },
      );
    } catch (e) {
      if (errorCode(e) === 'ItemNotFound') return { ok: false, reason: 'sheet-missing' };
      throw toGatewayError(e);
    }
  }

  // ---------------------------------------------------------------- events

  private async sheetName(id: string): Promise<string | undefined> {
    const known = this.sheetNames.get(id);
    if (known !== undefined) return known;
    return this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      await ctx.sync();
      if (ws.isNullObject) return undefined;
      this.sheetNames.set(id, ws.name);
      return ws.name;
    });
  }

  async onChanged(listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    const handler = async (ev: Excel.WorksheetChangedEventArgs): Promise<void> => {
      try {
        if (ev.triggerSource === 'ThisLocalAddin') return;
        const sheet = await this.sheetName(ev.worksheetId);
        if (sheet === undefined) return;
        for (const range of parseAreas(ev.address)) {
          if (this.isOwnWrite(sheet, range)) continue;
          listener({
            sheet,
            sheetId: ev.worksheetId,
            range,
            source: ev.source === 'Remote' ? 'remote' : 'local',
          });
        }
      } catch (e) {
        this.onListenerError(e);
      }
    };
    const result = await this.host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onChanged.add(handler);
      await ctx.sync();
      return r;
    });
    return async () => {
      result.remove();
      await result.context.sync();
    };
  }

  async onSelectionChanged(listener: (selection: SelectionChange) => void): Promise<Unsubscribe> {
    const handler = async (ev: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
      try {
        const sheet = await this.sheetName(ev.worksheetId);
        const first = splitAreas(ev.address)[0];
        const parsed = first === undefined ? undefined : parseAddress(first);
        if (sheet === undefined || !parsed) return;
        listener({ sheet, sheetId: ev.worksheetId, range: parsed.rect });
      } catch (e) {
        this.onListenerError(e);
      }
    };
    const result = await this.host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onSelectionChanged.add(handler);
      await ctx.sync();
      return r;
    });
    return async () => {
      result.remove();
      await result.context.sync();
    };
  }

  // ---------------------------------------------------------------- settings

  async getSettings(): Promise<AddinSettings> {
    try {
      return await this.host.run(async (ctx) => {
        const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        await ctx.sync();
        const v: unknown = item.isNullObject ? null : item.value;
        return v && typeof v === 'object' && !Array.isArray(v) ? (v as AddinSettings) : {};
      });
    } catch (e) {
      throw toGatewayError(e);
    }
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    try {
      await this.host.run(async (ctx) => {
        ctx.workbook.settings.add(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)));
        await ctx.sync();
      });
    } catch (e) {
      throw toGatewayError(e);
    }
  }
}
