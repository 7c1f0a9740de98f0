/** The pure parts of src/excel: addresses, grid conversion, mark planning, template plans, live check. */
import fc from 'fast-check';
import { parseAddress, parseAreas, parseRef, splitSheet, toRef } from '../../src/excel/addresses';
import { toGridCell, usedRangeToGrid } from '../../src/excel/grid-read';
import { cellsToRects, marksState, parseMarks, planMarks } from '../../src/excel/marks';
import { charsToPoints, planTemplate, uniqueSheetName } from '../../src/excel/template-plan';
import { startLiveCheck, tablesTouched, type ChangedSheet } from '../../src/excel/live-check';
import type { SheetChange } from '../../src/excel/gateway';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic';
import { getTemplate, TEMPLATES } from '../../src/core/templates';

describe('addresses', () => {
  test('sheet-qualified, quoted, whole rows and columns, several areas', () => {
    expect(splitSheet("'It''s, here'!A1:B2")).toEqual({ sheet: "It's, here", ref: 'A1:B2' });
    expect(splitSheet('绩效目标!C5')).toEqual({ sheet: '绩效目标', ref: 'C5' });
    expect(parseAddress('Sheet1!$C$5:$F$30')).toEqual({
      sheet: 'Sheet1',
      rect: { top: 4, left: 2, bottom: 29, right: 5 },
    });
    expect(parseRef('3:5')).toEqual({ top: 2, bottom: 4, left: 0, right: 16383 });
    expect(parseRef('B:C')).toEqual({ top: 0, bottom: 1048575, left: 1, right: 2 });
    expect(parseAreas("'A, B'!A1:B1, 'A, B'!A3:A4")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
    expect(parseRef('A0')).toBeUndefined();
    expect(parseRef('XFE1')).toBeUndefined();
    expect(parseRef('A1:B2:C3')).toBeUndefined();
  });

  test('toRef and parseRef round-trip', () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), fc.nat(50), fc.nat(50), (top, left, h, w) => {
        const rect = { top, left, bottom: Math.min(top + h, 1048575), right: Math.min(left + w, 16383) };
        expect(parseRef(toRef(rect))).toEqual(rect);
      }),
    );
  });
});

describe('grid conversion', () => {
  test('empty, error, formatted and plain cells', () => {
    expect(toGridCell('', '', 'General', 'Empty')).toBeNull();
    expect(toGridCell('#DIV/0!', '#DIV/0!', 'General', 'Error')).toEqual({
      value: null,
      text: '#DIV/0!',
      error: '#DIV/0!',
    });
    expect(toGridCell('#REF!', '#REF!', 'General')).toEqual({ value: null, text: '#REF!', error: '#REF!' });
    expect(toGridCell('#REF!', '#REF!', '@', 'String')).toEqual({
      value: '#REF!',
      text: '#REF!',
      numberFormat: '@',
    });
    expect(toGridCell(20, '20.00', '0.00', 'Double')).toEqual({
      value: 20,
      text: '20.00',
      numberFormat: '0.00',
    });
    expect(toGridCell(true, 'TRUE', 'General', 'Boolean')).toEqual({ value: true, text: 'TRUE' });
  });

  test('offsets, trailing empties trimmed, merges sorted, hidden kept', () => {
    const g = usedRangeToGrid(
      'S',
      {
        top: 2,
        left: 1,
        values: [
          ['a', ''],
          ['', ''],
        ],
        text: [
          ['a', ''],
          ['', ''],
        ],
        numberFormat: [
          ['General', 'General'],
          ['General', 'General'],
        ],
      },
      [
        { top: 5, left: 0, bottom: 6, right: 0 },
        { top: 2, left: 1, bottom: 2, right: 2 },
      ],
      true,
    );
    expect(g).toEqual({
      sheet: 'S',
      cells: [[], [], [null, { value: 'a', text: 'a' }]],
      merges: [
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 5, left: 0, bottom: 6, right: 0 },
      ],
      hidden: true,
    });
  });
});

function diag(row: number, col: number, severity: Diagnostic['severity'], sheet = 'S'): Diagnostic {
  return {
    ruleId: 'r',
    severity,
    messageId: 'm',
    data: {},
    message: 'm',
    sheet,
    cell: { row, col },
    related: [],
    fix: null,
    suggestions: [],
    table: 0,
  };
}

describe('mark planning', () => {
  test('cells coalesce into rectangles covering exactly those cells', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.nat(30), col: fc.nat(8) }), { maxLength: 120 }), (cells) => {
        const rects = cellsToRects(cells);
        const covered = new Set<string>();
        for (const r of rects) {
          for (let y = r.top; y <= r.bottom; y++) {
            for (let x = r.left; x <= r.right; x++) {
              const k = `${y},${x}`;
              expect(covered.has(k)).toBe(false); // no overlaps
              covered.add(k);
            }
          }
        }
        expect([...covered].sort()).toEqual([...new Set(cells.map((c) => `${c.row},${c.col}`))].sort());
      }),
    );
    // runs per row first, then identical runs stacked: E5:F5, E6:E7
    expect(
      cellsToRects([
        { row: 4, col: 4 },
        { row: 5, col: 4 },
        { row: 6, col: 4 },
        { row: 4, col: 5 },
      ]).map(toRef),
    ).toEqual(['E5:F5', 'E6:E7']);
  });

  test('one plan per sheet and severity; the worst severity wins a cell; long lists are chunked', () => {
    const plans = planMarks([
      diag(1, 1, 'info'),
      diag(1, 1, 'error'),
      diag(2, 1, 'warning'),
      diag(0, 0, 'info', 'A'),
    ]);
    expect(plans.map((p) => [p.sheet, p.severity, p.address])).toEqual([
      ['A', 'info', 'A1'],
      ['S', 'error', 'B2'],
      ['S', 'warning', 'B3'],
    ]);
    const many = Array.from({ length: 400 }, (_, i) => diag(i * 2, 4, 'error'));
    const chunks = planMarks(many, 200);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.address.length).toBeLessThanOrEqual(200);
    expect(chunks.flatMap((c) => c.rects)).toHaveLength(400);
  });

  test('the marks record survives a round trip and ignores garbage', () => {
    const marks = [{ sheetId: '{1}', sheet: '表', id: 'cf1' }];
    expect(parseMarks(marksState(marks))).toEqual(marks);
    expect(parseMarks(JSON.stringify(marksState(marks)))).toEqual(marks);
    expect(parseMarks('not json')).toEqual([]);
    expect(parseMarks({ marks: [{ id: 3 }, null, { sheetId: 'x', id: 'y' }] })).toEqual([
      { sheetId: 'x', sheet: '', id: 'y' },
    ]);
  });
});

describe('template plans', () => {
  test('values, formats and merges move to the origin; styles only where they differ from the base', () => {
    for (const spec of TEMPLATES) {
      const plan = planTemplate(spec, { row: 10, col: 2 });
      expect(plan.values).toHaveLength(spec.rows);
      expect(plan.values.every((r) => r.length === spec.cols)).toBe(true);
      expect(plan.area).toEqual({ top: 10, left: 2, bottom: 10 + spec.rows - 1, right: 2 + spec.cols - 1 });
      expect(plan.merges).toEqual(
        spec.merges.map((m) => ({
          top: m.top + 10,
          left: m.left + 2,
          bottom: m.bottom + 10,
          right: m.right + 2,
        })),
      );
      for (const { style } of plan.cellStyles) expect(Object.keys(style).length).toBeGreaterThan(0);
      expect(plan.columnWidths).toHaveLength(spec.cols);
    }
    const seed = planTemplate(getTemplate('project-seed'), { row: 0, col: 0 });
    expect(seed.baseStyle).toMatchObject({ vertical: 'Center', border: true });
  });

  test('column widths convert from characters to points', () => {
    expect(charsToPoints(8.43)).toBe(48);
    expect(charsToPoints(10)).toBe(56.25);
  });

  test('sheet names are valid and unique (case-insensitive, ≤ 31 characters)', () => {
    expect(uniqueSheetName('项目支出绩效目标表', [])).toBe('项目支出绩效目标表');
    expect(uniqueSheetName('a/b:c', ['x'])).toBe('abc');
    expect(uniqueSheetName('Sheet', ['sheet', 'Sheet (2)'])).toBe('Sheet (3)');
    const long = 'x'.repeat(40);
    const name = uniqueSheetName(long, ['x'.repeat(31)]);
    expect([...name].length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});

describe('live check', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function stubGateway() {
    let listener: ((c: SheetChange) => void) | undefined;
    let unsubscribed = false;
    return {
      gateway: {
        onChanged: async (l: (c: SheetChange) => void) => {
          listener = l;
          return async () => {
            unsubscribed = true;
          };
        },
      },
      emit: (sheet: string, top: number) =>
        listener!({
          sheet,
          sheetId: `id-${sheet}`,
          range: { top, left: 0, bottom: top, right: 0 },
          source: 'local',
        }),
      unsubscribed: () => unsubscribed,
    };
  }

  test('edits are coalesced per sheet and rechecked once after a pause', async () => {
    const s = stubGateway();
    const batches: (readonly ChangedSheet[])[] = [];
    const live = await startLiveCheck(s.gateway, { delayMs: 300, recheck: (b) => void batches.push(b) });
    s.emit('甲', 1);
    await jest.advanceTimersByTimeAsync(200);
    s.emit('甲', 2);
    s.emit('乙', 7);
    await jest.advanceTimersByTimeAsync(299);
    expect(batches).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
    expect(batches[0].map((c) => [c.sheet, c.ranges.map((r) => r.top)])).toEqual([
      ['甲', [1, 2]],
      ['乙', [7]],
    ]);
    await live.stop();
    expect(s.unsubscribed()).toBe(true);
  });

  test('rechecks never overlap; edits during a recheck go to the next one; errors are reported', async () => {
    const s = stubGateway();
    const order: string[] = [];
    let release!: () => void;
    const errors: unknown[] = [];
    const live = await startLiveCheck(s.gateway, {
      delayMs: 100,
      onError: (e) => errors.push(e),
      recheck: async (b) => {
        order.push(`start ${b[0].ranges.map((r) => r.top).join(',')}`);
        if (order.length === 1) await new Promise<void>((r) => (release = r));
        else throw new Error('boom');
        order.push('end');
      },
    });
    s.emit('甲', 1);
    await jest.advanceTimersByTimeAsync(100);
    s.emit('甲', 2);
    await jest.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['start 1']);
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1', 'end', 'start 2']);
    expect(errors).toHaveLength(1);
    await live.stop();
  });

  test('flush rechecks at once; tablesTouched finds the tables a change hits', async () => {
    const s = stubGateway();
    const batches: (readonly ChangedSheet[])[] = [];
    const live = await startLiveCheck(s.gateway, { recheck: (b) => void batches.push(b) });
    s.emit('甲', 12);
    await live.flush();
    expect(batches).toHaveLength(1);
    const tables = [
      { sheet: '甲', range: { top: 0, left: 0, bottom: 10, right: 6 } },
      { sheet: '甲', range: { top: 11, left: 0, bottom: 30, right: 6 } },
      { sheet: '乙', range: { top: 11, left: 0, bottom: 30, right: 6 } },
    ];
    expect(tablesTouched(tables, batches[0])).toEqual([1]);
    await live.stop();
  });
});
