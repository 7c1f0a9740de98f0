/**
 * The browser side of the e2e run: what the page gets instead of Microsoft's office.js.
 *
 * The runner answers the office.js CDN request with this bundle, prefixed by one line that sets
 * `window.__E2E_SETUP__` (the fixture's grids, read in Node with the project's xlsx reader, and the
 * display language). The bundle builds the same strict in-memory FakeWorkbook the gateway tests use,
 * installs `Office` and `Excel.run` over it, and exposes `window.__e2e` so the runner can act as the
 * user in the workbook (type into cells, select) and inspect the workbook's state.
 */
import type { Grid } from '../src/core/model/grid';
import type { CellRect } from '../src/core/model/address';
import { toA1 } from '../src/core/model/address';
import { toRef } from '../src/excel/addresses';
import { MARKS_KEY, SETTINGS_KEY, parseMarks } from '../src/excel/marks';
import { FakeWorkbook, installFakeOffice, snapshot } from '../tests/support/fake-excel';
import type { ConditionalFormatState } from '../tests/support/fake-excel';

export interface E2ESetup {
  readonly grids: Grid[];
  readonly displayLanguage: string;
  readonly apiVersion?: string;
}

/** One conditional format as the runner sees it. */
export interface CfView {
  readonly id: string;
  readonly sheet: string;
  readonly ranges: string[];
  readonly formula: string;
  readonly fill: string | null;
  readonly ours: boolean;
}

/** What the runner needs to draw a sheet next to the pane (0-based rows and columns; points). */
export interface SheetView {
  readonly name: string;
  readonly sheets: string[];
  readonly cells: {
    row: number;
    col: number;
    text: string;
    fill: string | null;
    bold: boolean;
    size: number;
    horizontal: string;
    wrap: boolean;
    borders: string[];
  }[];
  readonly merges: CellRect[];
  readonly columnWidths: [number, number][];
  readonly rowHeights: [number, number][];
  /** Our marks: always-true conditional formats, so they show on every cell they cover. */
  readonly marks: { rect: CellRect; fill: string | null; font: string | null }[];
  readonly selection: CellRect | null;
}

export interface E2EApi {
  /** Text a cell displays. */
  text(sheet: string, a1: string): string;
  /** Types into cells as the user does (fires onChanged). `values` is one value or a 2-D array. */
  userEdit(sheet: string, a1: string, values: unknown): Promise<void>;
  /** Selects a cell as the user does (fires onSelectionChanged). */
  userSelect(sheet: string, a1: string): Promise<void>;
  /** A conditional format of the user's (what "Conditional Formatting → New Rule" makes). */
  addUserConditionalFormat(sheet: string, ref: string, fill: string, formula: string): string;
  conditionalFormats(): CfView[];
  /** The add-in's settings object as saved in the workbook. */
  settings(): unknown;
  /** Ids of our marks, as recorded in the workbook's settings. */
  markIds(): string[];
  sheetNames(): string[];
  activeSheet(): string;
  /** "Sheet!A1" of the selection, or null. */
  selection(): string | null;
  /** Deep JSON picture of the workbook (values, formats, merges, CFs, validation, sizes). */
  snapshot(exceptCfIds?: string[]): unknown;
  /** Cells of a sheet as [a1, text] rows, for drawing the sheet next to the pane. */
  cells(
    sheet: string,
  ): { a1: string; row: number; col: number; text: string; fill: string | null; bold: boolean }[];
  merges(sheet: string): string[];
  columnWidths(sheet: string): [number, number][];
  runCount(): number;
  /** The active sheet, for drawing. */
  sheetView(): SheetView;
}

declare global {
  interface Window {
    __E2E_SETUP__?: E2ESetup;
    __e2e?: E2EApi;
  }
}

function install(setup: E2ESetup): void {
  const wb = FakeWorkbook.fromGrids(setup.grids, { apiVersion: setup.apiVersion ?? '1.14' });
  const target = window as unknown as Record<string, unknown>;
  installFakeOffice(target, wb);
  const office = target.Office as { context: Record<string, unknown> };
  office.context.displayLanguage = setup.displayLanguage;

  const ours = (): Set<string> => new Set(parseMarks(wb.getSetting(MARKS_KEY)).map((m) => m.id));
  const view = (sheet: string, cf: ConditionalFormatState, mine: Set<string>): CfView => ({
    id: cf.id,
    sheet,
    ranges: cf.rects.map(toRef),
    formula: cf.formula,
    fill: cf.fill,
    ours: mine.has(cf.id),
  });

  const api: E2EApi = {
    text: (sheet, a1) => {
      const s = wb.sheet(sheet);
      const p = FakeWorkbook.rect(a1);
      return wb.textOf(s, p.top, p.left);
    },
    userEdit: async (sheet, a1, values) => {
      wb.userEdit(sheet, a1, values);
      await wb.settle();
    },
    userSelect: async (sheet, a1) => {
      wb.select(sheet, a1);
      await wb.settle();
    },
    addUserConditionalFormat: (sheet, ref, fill, formula) =>
      wb.addUserConditionalFormat(sheet, ref, { fill, formula }).id,
    conditionalFormats: () => {
      const mine = ours();
      return wb.sheets.flatMap((s) => s.conditionalFormats.map((cf) => view(s.name, cf, mine)));
    },
    markIds: () => [...ours()],
    settings: () => {
      const v = wb.getSetting(SETTINGS_KEY);
      return typeof v === 'string' ? JSON.parse(v) : v;
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    activeSheet: () => wb.activeSheet().name,
    selection: () => {
      if (!wb.selection) return null;
      const s = wb.sheet(wb.selection.sheetId);
      return `${s.name}!${toRef(wb.selection.rect)}`;
    },
    snapshot: (except) => snapshot(wb, { exceptConditionalFormats: except ?? [] }),
    cells: (sheet) => {
      const s = wb.sheet(sheet);
      return [...s.cells.entries()].map(([k, c]) => {
        const [row, col] = k.split(',').map(Number);
        return {
          a1: toA1({ row, col }),
          row,
          col,
          text: wb.textOf(s, row, col),
          fill: c.fill,
          bold: c.font.bold,
        };
      });
    },
    merges: (sheet) => wb.sheet(sheet).merges.map(toRef),
    columnWidths: (sheet) => [...wb.sheet(sheet).columnWidths.entries()],
    runCount: () => wb.runCount,
    sheetView: () => {
      const s = wb.activeSheet();
      const mine = ours();
      return {
        name: s.name,
        sheets: wb.sheets.filter((x) => x.visibility === 'Visible').map((x) => x.name),
        cells: [...s.cells.entries()].map(([k, c]) => {
          const [row, col] = k.split(',').map(Number);
          return {
            row,
            col,
            text: wb.textOf(s, row, col),
            fill: c.fill,
            bold: c.font.bold,
            size: c.font.size,
            horizontal: c.horizontal,
            wrap: c.wrap,
            borders: Object.keys(c.borders),
          };
        }),
        merges: s.merges.map((m) => ({ ...m })),
        columnWidths: [...s.columnWidths.entries()],
        rowHeights: [...s.rowHeights.entries()],
        marks: s.conditionalFormats
          .filter((cf) => mine.has(cf.id))
          .flatMap((cf) =>
            cf.rects.map((rect) => ({ rect: { ...rect }, fill: cf.fill, font: cf.fontColor })),
          ),
        selection: wb.selection && wb.selection.sheetId === s.id ? { ...wb.selection.rect } : null,
      };
    },
  };
  window.__e2e = api;
}

const setup = window.__E2E_SETUP__;
if (!setup) throw new Error('fake office host: window.__E2E_SETUP__ is missing');
install(setup);
