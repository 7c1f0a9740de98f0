/**
 * The real OfficeWorkbookGateway against office-addin-mock (Microsoft's mock of the Office.js proxy
 * objects): proves the load/sync discipline with a second, independent implementation of the rules.
 * office-addin-mock does not throw for a property that was not loaded: it returns the STRING
 * "Error, property was not loaded" (or "Error, context.sync() was not called"), so these tests assert
 * on real data coming through and on the absence of those strings. It has no collections, so the
 * seeds give collections a `load` that loads their item mocks.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbookGateway, type OfficeHost } from '../../src/excel/office-gateway';
import { MARKS_KEY, SETTINGS_KEY, SEVERITY_STYLE } from '../../src/excel/marks';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic';

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

/** A collection seed: `load('items/a,items/b')` loads those properties on every item mock. */
function collection(items: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const seed: Record<string, unknown> = { ...extra };
  items.forEach((it, i) => (seed[`item${i}`] = it));
  seed.load = function (this: any, props: string) {
    const names = String(props)
      .split(',')
      .map((s) => s.trim().replace(/^items\//, ''));
    this.loadCalls = [...(this.loadCalls ?? []), names];
    this.items = items.map((_, i) => this[`item${i}`].load(names.join(',')));
    return this;
  };
  return seed;
}

interface Built {
  mock: any;
  host: OfficeHost;
  syncs: () => number;
}

function build(seed: Record<string, unknown>, pin: (mock: any) => void = () => undefined): Built {
  const mock: any = new OfficeMockObject({
    context: seed,
    run: async function (this: any, batch: (ctx: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  pin(mock);
  let n = 0;
  const realSync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    n++;
    await realSync();
  };
  const host: OfficeHost = {
    run: ((batch: (ctx: unknown) => Promise<unknown>) => mock.run(batch)) as OfficeHost['run'],
    isSetSupported: () => true,
  };
  return { mock, host, syncs: () => n };
}

function sheetSeed() {
  return {
    name: 'Sheet1',
    id: '{ws-1}',
    visibility: 'Visible',
    used: {
      address: 'Sheet1!B2:C3',
      rowIndex: 1,
      columnIndex: 1,
      rowCount: 2,
      columnCount: 2,
      values: [
        ['指标值', 0.8],
        ['#N/A', ''],
      ],
      text: [
        ['指标值', '80%'],
        ['#N/A', ''],
      ],
      numberFormat: [
        ['General', '0%'],
        ['General', 'General'],
      ],
      valueTypes: [
        ['String', 'Double'],
        ['Error', 'Empty'],
      ],
    },
    block0: { areas: { address: 'Sheet1!B2:B3' } },
    block1: { areas: { address: '' } },
    getUsedRange: function (this: any) {
      return this.used;
    },
    getRange: function (this: any, address: string) {
      this.rangeCalls = [...(this.rangeCalls ?? []), address];
      const block = address === '1:100' ? this.block0 : address === '101:200' ? this.block1 : undefined;
      if (!block) throw new Error(`unexpected getRange(${address})`);
      block.getMergedAreasOrNullObject = function (this: any) {
        return this.areas;
      };
      return block;
    },
  };
}

describe('office-addin-mock: reading', () => {
  function readSetup() {
    const sheet = sheetSeed();
    return build(
      {
        workbook: {
          worksheets: collection([{ name: 'Sheet1', id: '{ws-1}', visibility: 'Visible' }], {
            sheet,
            getActiveWorksheet: function (this: any) {
              return this.sheet;
            },
          }),
          settings: {
            marks: { value: { v: 1, marks: [] } },
            getItemOrNullObject: function (this: any) {
              return this.marks;
            },
          },
        },
      },
      (mock) => {
        // Real Office sets isNullObject at sync without a load; the mock needs it pinned.
        mock.context.workbook.settings.marks.isNullObject = false;
        mock.context.workbook.worksheets.sheet.block0.areas.isNullObject = false;
        mock.context.workbook.worksheets.sheet.block1.areas.isNullObject = true;
      },
    );
  }

  test('the active sheet is read in ONE sync, with every property it uses loaded', async () => {
    const { mock, host, syncs } = readSetup();
    const used = mock.context.workbook.worksheets.sheet.used;
    const loadSpy = jest.spyOn(used, 'load');
    const gateway = new OfficeWorkbookGateway(host, { defaultMergeRows: 200 });
    const grid = await gateway.readActiveSheet();
    expect(syncs()).toBe(1);
    const loaded = String(loadSpy.mock.calls[0][0]).split(',');
    expect(loaded).toEqual(
      expect.arrayContaining([
        'address',
        'rowIndex',
        'columnIndex',
        'values',
        'text',
        'numberFormat',
        'valueTypes',
      ]),
    );
    expect(grid).toEqual({
      sheet: 'Sheet1',
      cells: [
        [],
        [null, { value: '指标值', text: '指标值' }, { value: 0.8, text: '80%', numberFormat: '0%' }],
        [null, { value: null, text: '#N/A', error: '#N/A' }],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
    });
    expect(JSON.stringify(grid)).not.toMatch(/Error, /);
    // merged areas are asked for by row blocks (Excel fails a query with more than 512 areas)
    expect(mock.context.workbook.worksheets.sheet.rangeCalls).toEqual(['1:100', '101:200']);
    expect(mock.context.workbook.worksheets.loadCalls).toEqual([['name', 'id', 'visibility']]);
  });

  test('before the sync, what the gateway loaded is still "not synced" — the batch does not read early', async () => {
    const { mock } = readSetup();
    const used = mock.context.workbook.worksheets.sheet.used;
    expect(used.values).toBe(NOT_LOADED);
    used.load('values');
    expect(used.values).toBe(NOT_SYNCED);
    await mock.context.sync();
    expect(used.values[0][0]).toBe('指标值');
  });
});

describe('office-addin-mock: settings, navigation, fixes', () => {
  test('getSettings loads the setting value in one sync; saveSettings adds it', async () => {
    const added: unknown[] = [];
    const { host, syncs } = build(
      {
        workbook: {
          settings: {
            item: { value: { profile: '101' } },
            getItemOrNullObject: function (this: any, key: string) {
              expect(key).toBe(SETTINGS_KEY);
              return this.item;
            },
            add: (key: string, value: unknown) => added.push([key, value]),
          },
        },
      },
      (m) => (m.context.workbook.settings.item.isNullObject = false),
    );
    const gateway = new OfficeWorkbookGateway(host);
    // (the mock turns object values into mock objects, so compare the field)
    expect((await gateway.getSettings()).profile).toBe('101');
    await gateway.saveSettings({ profile: '88' });
    expect(added).toEqual([[SETTINGS_KEY, { profile: '88' }]]);
    expect(syncs()).toBe(2);
  });

  test('select: activate, select, one sync', async () => {
    const calls: string[] = [];
    const { host, syncs } = build({
      workbook: {
        worksheets: {
          s: {
            activate: () => calls.push('activate'),
            getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
          },
          getItem: function (this: any, name: string) {
            calls.push(`getItem ${name}`);
            return this.s;
          },
        },
      },
    });
    expect(await new OfficeWorkbookGateway(host).select('表1', { row: 11, col: 4 })).toEqual({ ok: true });
    expect(calls).toEqual(['getItem 表1', 'activate', 'select E12']);
    expect(syncs()).toBe(1);
  });

  function editSetup(text: string, formula: string) {
    return build({
      workbook: {
        worksheets: {
          s: {
            cell: { text: [[text]], formulas: [[formula]] },
            getRange: function (this: any, a: string) {
              expect(a).toBe('E12');
              return this.cell;
            },
          },
          getItem: function (this: any) {
            return this.s;
          },
        },
      },
    });
  }

  test('applyEdit loads text and formulas, compares, then writes: two syncs', async () => {
    const { mock, host, syncs } = editSetup('≥80百分比', '≥80百分比');
    const res = await new OfficeWorkbookGateway(host).applyEdit(
      { sheet: 'S', cell: { row: 11, col: 4 }, value: '≥80%' },
      ' ≥80百分比 ',
    );
    expect(res).toEqual({ ok: true });
    expect(mock.context.workbook.worksheets.s.cell.values).toEqual([['≥80%']]);
    expect(syncs()).toBe(2);
  });

  test('applyEdit refuses a stale cell after one sync and writes nothing', async () => {
    const { mock, host, syncs } = editSetup('≥90%', '≥90%');
    const res = await new OfficeWorkbookGateway(host).applyEdit(
      { sheet: 'S', cell: { row: 11, col: 4 }, value: '≥80%' },
      '≥80百分比',
    );
    expect(res).toEqual({ ok: false, reason: 'stale', currentText: '≥90%' });
    expect(mock.context.workbook.worksheets.s.cell.values).toBeUndefined();
    expect(syncs()).toBe(1);
  });
});

describe('office-addin-mock: highlighting', () => {
  test('adds our format, loads its id, deletes the old mark by id and saves the new ids: two syncs', async () => {
    const saved: [string, any][] = [];
    const deleted: string[] = [];
    let n = 0;
    const cfs = collection([{ id: 'old-1' }, { id: 'users-own' }], {
      add: function (this: any, type: string) {
        expect(type).toBe('Custom');
        n++;
        this.addMock(`added${n}`);
        this[`added${n}`].populate({
          id: `new-${n}`,
          custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } },
        });
        return this[`added${n}`];
      },
      getItem: (id: string) => ({ delete: () => deleted.push(id) }),
    });
    const { mock, host, syncs } = build(
      {
        workbook: {
          worksheets: {
            ...collection([{ name: 'Sheet1', id: '{ws-1}', visibility: 'Visible' }]),
            sheet: {
              id: '{ws-1}',
              cfs,
              whole: {},
              areas: {},
              getRange: function (this: any, a?: string) {
                expect(a).toBeUndefined();
                this.whole.conditionalFormats = this.cfs;
                return this.whole;
              },
              getRanges: function (this: any, address: string) {
                this.rangesCalls = [...(this.rangesCalls ?? []), address];
                this.areas.conditionalFormats = this.cfs;
                return this.areas;
              },
            },
            getItem: function (this: any) {
              return this.sheet;
            },
          },
          settings: {
            marks: { value: { v: 1, marks: [{ sheetId: '{ws-1}', sheet: 'Sheet1', id: 'old-1' }] } },
            getItemOrNullObject: function (this: any) {
              return this.marks;
            },
            add: (key: string, value: unknown) => saved.push([key, value]),
          },
        },
      },
      (m) => (m.context.workbook.settings.marks.isNullObject = false),
    );
    const d = (a1: { row: number; col: number }, severity: Diagnostic['severity']): Diagnostic => ({
      ruleId: 'r',
      severity,
      messageId: 'm',
      data: {},
      message: 'm',
      sheet: 'Sheet1',
      cell: a1,
      related: [],
      fix: null,
      suggestions: [],
      table: 0,
    });
    await new OfficeWorkbookGateway(host).highlight([
      d({ row: 4, col: 2 }, 'error'),
      d({ row: 5, col: 2 }, 'error'),
      d({ row: 0, col: 0 }, 'info'),
    ]);
    expect(syncs()).toBe(2);
    expect(mock.context.workbook.worksheets.sheet.rangesCalls).toEqual(['C5:C6', 'A1']);
    expect(deleted).toEqual(['old-1']);
    const last = saved[saved.length - 1];
    expect(last[0]).toBe(MARKS_KEY);
    expect(last[1].marks.map((m: { id: string }) => m.id)).toEqual(['new-1', 'new-2']);
    expect(JSON.stringify(saved)).not.toMatch(/Error, /);
    const first = mock.context.workbook.worksheets.sheet.cfs.added1;
    expect(first.custom.rule.formula).toBe('=TRUE');
    expect(first.custom.format.fill.color).toBe(SEVERITY_STYLE.error.fill);
    expect(first.custom.format.font.color).toBe(SEVERITY_STYLE.error.font);
  });
});
