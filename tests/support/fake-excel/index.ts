/**
 * An in-memory Excel for tests: `FakeWorkbook` (the document, arranged and inspected directly by
 * tests), `fakeExcelRun` / `fakeHost` (the add-in's way in, with Office.js's load/sync rules), and
 * `snapshot` (everything a user could lose: values, formulas, formats, merges, conditional formats,
 * data validation, sizes). Pure TypeScript without Node APIs, so a browser bundle can use it as a
 * fake office.js host (`installFakeOffice`).
 */
import type { OfficeHost } from '../../../src/excel/office-gateway';
import { toRef } from '../../../src/excel/addresses';
import { FakeRequestContext } from './client';
import { FakeWorkbook, compareVersions, type SheetState } from './workbook';

export { FakeWorkbook } from './workbook';
export type {
  CellState,
  ConditionalFormatState,
  SheetState,
  ChangeEventArgs,
  FakeWorkbookOptions,
} from './workbook';
export { FakeRequestContext } from './client';
export { FakeExcelError } from './errors';
export { displayText, parseInput } from './format';

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** Excel.run for the fake: run(batch), run(options, batch) or run(context, batch). */
export function fakeExcelRun(host: FakeWorkbook) {
  return async function run<T>(a: Batch<T> | object, b?: Batch<T>): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as Batch<T>;
    if (typeof batch !== 'function') throw new Error('fake Excel.run: no batch function');
    const ctx = a instanceof FakeRequestContext ? a : new FakeRequestContext(host);
    host.runCount++;
    const result = await batch(ctx);
    if (ctx.queued > 0) {
      throw new Error(
        `fake Excel.run: the batch ended with ${ctx.queued} queued operation(s) that were never synced`,
      );
    }
    return result;
  };
}

/** The OfficeHost the gateway takes, backed by the fake. */
export function fakeHost(host: FakeWorkbook, clock: () => number = () => Date.now()): OfficeHost {
  const run = fakeExcelRun(host);
  return {
    run: ((batch: Batch<unknown>, options?: object) =>
      options ? run(options, batch) : run(batch)) as unknown as OfficeHost['run'],
    isSetSupported: (name, version) => name === 'ExcelApi' && compareVersions(host.apiVersion, version) >= 0,
    now: clock,
  };
}

/** Defines globalThis.Excel / Office (enough for the task pane) on top of a fake workbook. */
export function installFakeOffice(target: Record<string, unknown>, host: FakeWorkbook): void {
  const run = fakeExcelRun(host);
  target.Excel = { run };
  target.Office = {
    HostType: { Excel: 'Excel' },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      if (cb) Promise.resolve().then(() => cb(info));
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'ExcelApi' && compareVersions(host.apiVersion, v) >= 0,
      },
    },
  };
}

export interface SnapshotOptions {
  /** Conditional formats to leave out (e.g. the add-in's own, while they are present). */
  readonly exceptConditionalFormats?: ReadonlySet<string> | readonly string[];
}

function sortedEntries<V>(m: Map<string | number, V>): [string | number, V][] {
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function sheetSnapshot(wb: FakeWorkbook, s: SheetState, except: ReadonlySet<string>) {
  const cells: Record<string, unknown> = {};
  const keys = [...s.cells.keys()].sort((a, b) => {
    const [ra, ca] = a.split(',').map(Number);
    const [rb, cb] = b.split(',').map(Number);
    return ra - rb || ca - cb;
  });
  for (const k of keys) {
    const [r, c] = k.split(',').map(Number);
    const cell = s.cells.get(k)!;
    cells[wb.a1(r, c)] = { ...JSON.parse(JSON.stringify(cell)), text: wb.textOf(s, r, c) };
  }
  return {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    cells,
    merges: s.merges.map(toRef).sort(),
    conditionalFormats: s.conditionalFormats
      .filter((cf) => !except.has(cf.id))
      .map((cf) => ({ ...cf, rects: cf.rects.map(toRef) })),
    dataValidations: s.dataValidations.map((d) => ({ ...d, rect: toRef(d.rect) })),
    columnWidths: sortedEntries(s.columnWidths),
    rowHeights: sortedEntries(s.rowHeights),
    pageLayout: s.pageLayout,
  };
}

/** A deep, JSON-comparable picture of the whole workbook's content and formatting (not settings). */
export function snapshot(wb: FakeWorkbook, options: SnapshotOptions = {}) {
  const except = new Set(options.exceptConditionalFormats ?? []);
  return JSON.parse(JSON.stringify({ sheets: wb.sheets.map((s) => sheetSnapshot(wb, s, except)) }));
}
