/**
 * The WorkbookGateway contract, run against the strict fake workbook: what the task pane may rely
 * on (grids as the core expects them, sync budgets, reversible marks, templates that never
 * overwrite, navigation, guarded fixes, live-check events, settings).
 */
import {
  checkWorkbook,
  getTemplate,
  templateToGrid,
  textAt,
  gridColCount,
  gridRowCount,
  type Diagnostic,
  type Grid,
} from '../../src/core';
import { OfficeWorkbookGateway } from '../../src/excel/office-gateway';
import { MARKS_KEY, SEVERITY_STYLE, parseMarks } from '../../src/excel/marks';
import { parseRef, toRef } from '../../src/excel/addresses';
import type { SheetChange } from '../../src/excel/gateway';
import { FakeWorkbook, fakeHost, snapshot, type FakeWorkbookOptions } from '../support/fake-excel';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';

/** `n` seed tables (the 13 of the seed document, repeated and renumbered) on one sheet. */
function seedSheet(n: number, sheet = '绩效目标'): Grid {
  const tables = Array.from({ length: n }, (_, i) => ({ ...SEED_TABLES[i % SEED_TABLES.length], no: i + 1 }));
  return buildSeedGrid(tables, sheet).grid;
}

function setup(grids: Grid | Grid[], options: FakeWorkbookOptions = {}) {
  const wb = FakeWorkbook.fromGrids(Array.isArray(grids) ? grids : [grids], options);
  let clock = 1_000_000;
  const gateway = new OfficeWorkbookGateway(fakeHost(wb, () => clock));
  return { wb, gateway, tick: (ms: number) => (clock += ms) };
}

/** Cell texts and merges of a grid, for comparing what was read with what was written. */
function picture(g: Grid) {
  const cells: Record<string, string> = {};
  for (let r = 0; r < gridRowCount(g); r++) {
    for (let c = 0; c < gridColCount(g); c++) {
      const t = textAt(g, r, c);
      if (t) cells[toRef({ top: r, left: c, bottom: r, right: c })] = t;
    }
  }
  return { cells, merges: g.merges.map(toRef).sort() };
}

function ourIds(wb: FakeWorkbook): string[] {
  return parseMarks(wb.getSetting(MARKS_KEY)).map((m) => m.id);
}

function diag(sheet: string, a1: string, severity: Diagnostic['severity'], ruleId = 'test-rule'): Diagnostic {
  const r = parseRef(a1)!;
  return {
    ruleId,
    severity,
    messageId: 'x',
    data: {},
    message: 'x',
    sheet,
    cell: { row: r.top, col: r.left },
    related: [],
    fix: null,
    suggestions: [],
    table: 0,
  };
}

/** The user's own formatting, to be left exactly as it is. */
function decorate(wb: FakeWorkbook, sheet: string): void {
  wb.setFill(sheet, 'A10:F12', '#FFF2CC');
  wb.setFill(sheet, 'E20', '#FFFFFF');
  wb.setFont(sheet, 'A10:A40', { bold: true, color: '#C00000', name: '黑体' });
  wb.setBorder(sheet, 'E10:E30', 'EdgeBottom', { style: 'Double', weight: 'Thick', color: '#0000FF' });
  wb.addUserConditionalFormat(sheet, 'E1:E200', { type: 'CellValue', formula: '=E1>100', fill: '#00B050' });
  wb.addUserConditionalFormat(sheet, 'C10:C12, F15', {
    type: 'Custom',
    formula: '=LEN(C10)>20',
    fill: '#7030A0',
    stopIfTrue: true,
  });
  wb.addDataValidation(sheet, 'H1:H5', ['是', '否']);
}

describe('reading', () => {
  test('the active sheet reads back as the grid that was written: text, values, formats, merges', async () => {
    const source = seedSheet(3);
    const { gateway } = setup(source);
    const grid = await gateway.readActiveSheet();
    expect(grid.sheet).toBe('绩效目标');
    expect(picture(grid)).toEqual(picture(source));
    // amounts keep value, display text and number format
    const amount = source.cells.flatMap((row) => row ?? []).find((c) => c?.numberFormat === '0.00')!;
    const found = grid.cells.flatMap((row) => row ?? []).find((c) => c?.numberFormat === '0.00');
    expect(found).toEqual(amount);
  });

  test('a used range that starts at C5 keeps its place: grid cells are 0-based from A1', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setCells('S', 'C5:D6', [
      ['指标值', '≥80%'],
      [0.8, '=100%'],
    ]);
    wb.setCells('S', 'C6', [[0.8]], { numberFormat: '0%' });
    wb.merge('S', 'E5:F6');
    wb.setCells('S', 'E5', [['合并']]);
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    const g = await gateway.readActiveSheet();
    expect(g.cells[4]?.[2]).toEqual({ value: '指标值', text: '指标值' });
    expect(g.cells[5]?.[2]).toEqual({ value: 0.8, text: '80%', numberFormat: '0%' });
    expect(textAt(g, 4, 3)).toBe('≥80%');
    expect(textAt(g, 0, 0)).toBe('');
    expect(g.merges).toEqual([{ top: 4, left: 4, bottom: 5, right: 5 }]);
  });

  test('Excel error values become GridCell.error; a literal "#N/A" string stays text', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setCells('S', 'A1:A2', [['预算数'], ['#N/A']], { numberFormat: '@' });
    wb.setError('S', 'B1', '#REF!', '=Sheet9!A1');
    wb.setError('S', 'B2', '#N/A');
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    const g = await gateway.readActiveSheet();
    expect(g.cells[0]?.[1]).toEqual({ value: null, text: '#REF!', error: '#REF!' });
    expect(g.cells[1]?.[1]).toEqual({ value: null, text: '#N/A', error: '#N/A' });
    expect(g.cells[1]?.[0]).toEqual({ value: '#N/A', text: '#N/A', numberFormat: '@' });
  });

  test('an empty sheet reads as an empty grid', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('空表');
    const g = await new OfficeWorkbookGateway(fakeHost(wb)).readActiveSheet();
    expect(g).toEqual({ sheet: '空表', cells: [], merges: [] });
  });

  test('all sheets, in tab order, hidden ones flagged: one sync for the list, one for every sheet', async () => {
    const a = seedSheet(2, '甲');
    const b = seedSheet(1, '乙');
    const c = { ...seedSheet(1, '丙'), hidden: true };
    const { wb, gateway } = setup([a, b, c]);
    const before = wb.syncCount;
    const grids = await gateway.readAllSheets();
    expect(wb.syncCount - before).toBe(2);
    expect(grids.map((g) => [g.sheet, g.hidden ?? false])).toEqual([
      ['甲', false],
      ['乙', false],
      ['丙', true],
    ]);
    expect(grids.map(picture)).toEqual([a, b, c].map(picture));
  });

  test('readSheet of a missing sheet is a GatewayError("sheet-missing")', async () => {
    const { gateway } = setup(seedSheet(1));
    await expect(gateway.readSheet('不存在')).rejects.toMatchObject({
      name: 'GatewayError',
      reason: 'sheet-missing',
    });
  });

  test('more than 512 merged areas on a sheet are read in blocks, all of them', async () => {
    const source = seedSheet(100);
    expect(source.merges.length).toBeGreaterThan(512);
    const { gateway } = setup(source);
    const g = await gateway.readActiveSheet();
    expect(g.merges.map(toRef).sort()).toEqual(source.merges.map(toRef).sort());
  });

  test('a merged-area block that Excel refuses (> 512 merges) is retried with smaller blocks', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    // 30 rows × 20 two-cell merges = 600 merged areas within one 100-row block.
    for (let r = 1; r <= 30; r++)
      for (let c = 0; c < 20; c++)
        wb.merge('S', `${toRef({ top: r - 1, left: 2 * c, bottom: r - 1, right: 2 * c + 1 })}`);
    wb.setCells('S', 'A1', [['x']]);
    const g = await new OfficeWorkbookGateway(fakeHost(wb)).readActiveSheet();
    expect(g.merges).toHaveLength(600);
  });
});

describe('check + highlight sync budget', () => {
  for (const n of [1, 100]) {
    test(`${n} table(s): read + highlight take at most 3 syncs, first time and when replacing marks`, async () => {
      const { wb, gateway } = setup(seedSheet(n));
      for (let round = 0; round < 2; round++) {
        const before = wb.syncCount;
        const grid = await gateway.readActiveSheet();
        const result = checkWorkbook([grid]);
        expect(result.tables).toHaveLength(n);
        expect(result.diagnostics.length).toBeGreaterThan(0);
        await gateway.highlight(result.diagnostics);
        expect(wb.syncCount - before).toBeLessThanOrEqual(3);
      }
      // One conditional format per (sheet, severity, address chunk) — not one per finding.
      const marks = ourIds(wb);
      expect(marks.length).toBeLessThanOrEqual(3 * Math.ceil(n / 10) + 3);
      const before = wb.syncCount;
      await gateway.clearMarks();
      expect(wb.syncCount - before).toBeLessThanOrEqual(2);
      expect(wb.sheet('绩效目标').conditionalFormats).toHaveLength(0);
    });
  }

  test('the same number of syncs for 1 table as for 100', async () => {
    const counts: number[] = [];
    for (const n of [1, 100]) {
      const { wb, gateway } = setup(seedSheet(n));
      const before = wb.syncCount;
      const grid = await gateway.readActiveSheet();
      await gateway.highlight(checkWorkbook([grid]).diagnostics);
      counts.push(wb.syncCount - before);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('highlighting', () => {
  test('each finding cell gets our custom format in the colour of its worst severity', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    await gateway.highlight([
      diag('绩效目标', 'E12', 'warning'),
      diag('绩效目标', 'E12', 'error'),
      diag('绩效目标', 'E13', 'warning'),
      diag('绩效目标', 'F13', 'warning'),
      diag('绩效目标', 'C5', 'info'),
    ]);
    const cfs = wb.sheet('绩效目标').conditionalFormats;
    const ids = ourIds(wb);
    expect(cfs.map((c) => c.id).sort()).toEqual([...ids].sort());
    const coverage = (a1: string) =>
      cfs.filter((cf) =>
        cf.rects.some(
          (r) =>
            toRef(r) === a1 ||
            (parseRef(a1)!.top >= r.top &&
              parseRef(a1)!.top <= r.bottom &&
              parseRef(a1)!.left >= r.left &&
              parseRef(a1)!.left <= r.right),
        ),
      );
    expect(coverage('E12').map((c) => c.fill)).toEqual([SEVERITY_STYLE.error.fill]);
    expect(coverage('E13').map((c) => c.fill)).toEqual([SEVERITY_STYLE.warning.fill]);
    expect(coverage('F13').map((c) => c.fill)).toEqual([SEVERITY_STYLE.warning.fill]);
    expect(coverage('C5').map((c) => c.fontColor)).toEqual([SEVERITY_STYLE.info.font]);
    for (const cf of cfs) {
      expect(cf.type).toBe('Custom');
      expect(cf.formula).toBe('=TRUE');
      expect(cf.stopIfTrue).toBe(false);
    }
  });

  test('highlight + clear leave every value, fill, font, border and the user’s own conditional formats exactly as before', async () => {
    const { wb, gateway } = setup(seedSheet(13));
    decorate(wb, '绩效目标');
    const before = snapshot(wb);
    const grid = await gateway.readActiveSheet();
    const { diagnostics } = checkWorkbook([grid]);
    await gateway.highlight(diagnostics);
    expect(ourIds(wb).length).toBeGreaterThan(0);
    // While marked: everything but our own formats is unchanged (the user's rules keep their order).
    expect(snapshot(wb, { exceptConditionalFormats: ourIds(wb) })).toEqual(before);
    // Replace the marks (a second check), then clear.
    await gateway.highlight(diagnostics.slice(0, 5));
    expect(snapshot(wb, { exceptConditionalFormats: ourIds(wb) })).toEqual(before);
    await gateway.clearMarks();
    expect(snapshot(wb)).toEqual(before);
    expect(ourIds(wb)).toEqual([]);
  });

  test('clear removes only ours, also from other sheets and after a rename', async () => {
    const { wb, gateway } = setup([seedSheet(1, '甲'), seedSheet(1, '乙')]);
    wb.addUserConditionalFormat('乙', 'A1:B2');
    await gateway.highlight([diag('甲', 'B3', 'error'), diag('乙', 'C4', 'warning')]);
    expect(wb.sheet('乙').conditionalFormats).toHaveLength(2);
    wb.renameSheet('乙', '乙（改）');
    await gateway.clearMarks();
    expect(wb.sheet('甲').conditionalFormats).toHaveLength(0);
    expect(wb.sheet('乙（改）').conditionalFormats.map((c) => c.formula)).toEqual(['=A1>100']);
  });

  test('a mark the user deleted by hand, or on a deleted sheet, does not break clearing', async () => {
    const { wb, gateway } = setup([seedSheet(1, '甲'), seedSheet(1, '乙'), seedSheet(1, '丙')]);
    await gateway.highlight([
      diag('甲', 'B3', 'error'),
      diag('乙', 'C4', 'warning'),
      diag('丙', 'D5', 'info'),
    ]);
    wb.deleteConditionalFormat(wb.sheet('甲').conditionalFormats[0].id);
    wb.deleteSheet('乙');
    await gateway.clearMarks();
    expect(wb.sheet('丙').conditionalFormats).toHaveLength(0);
    expect(ourIds(wb)).toEqual([]);
  });

  test('a new gateway (task pane reopened) still finds and replaces the marks saved in the workbook', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    decorate(wb, '绩效目标');
    const clean = snapshot(wb);
    await gateway.highlight([diag('绩效目标', 'E12', 'error')]);
    const reopened = new OfficeWorkbookGateway(fakeHost(wb));
    await reopened.highlight([diag('绩效目标', 'E13', 'warning')]);
    expect(wb.sheet('绩效目标').conditionalFormats.filter((c) => c.formula === '=TRUE')).toHaveLength(1);
    await new OfficeWorkbookGateway(fakeHost(wb)).clearMarks();
    expect(snapshot(wb)).toEqual(clean);
  });

  test('findings on a sheet deleted since the check fail with sheet-missing and add nothing', async () => {
    const { wb, gateway } = setup([seedSheet(1, '甲'), seedSheet(1, '乙')]);
    await gateway.readActiveSheet();
    wb.deleteSheet('乙');
    await expect(
      gateway.highlight([diag('乙', 'B3', 'error'), diag('甲', 'B3', 'error')]),
    ).rejects.toMatchObject({
      reason: 'sheet-missing',
    });
    expect(wb.sheet('甲').conditionalFormats).toHaveLength(0);
  });
});

describe('templates', () => {
  test('into a new sheet: values, formats, merges, dropdowns, widths, print settings; reads back as a table', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    const spec = getTemplate('project-seed');
    const res = await gateway.insertTemplate(spec, 'new-sheet');
    expect(res).toEqual({
      ok: true,
      sheet: spec.name['zh-CN'],
      range: { top: 0, left: 0, bottom: spec.rows - 1, right: spec.cols - 1 },
    });
    const s = wb.sheet(spec.name['zh-CN']);
    expect(s.merges.map(toRef).sort()).toEqual(spec.merges.map(toRef).sort());
    expect(
      s.dataValidations.map((d) => [
        toRef(d.rect),
        (d.rule as { list: { source: string } }).list.source,
        d.errorAlert.showAlert,
      ]),
    ).toEqual(spec.validations.map((v) => [toRef(v.rect), v.list.join(','), !v.allowOther]));
    expect(s.columnWidths.size).toBe(spec.cols);
    expect(s.pageLayout.paperSize).toBe('A4');
    expect(wb.activeSheet().name).toBe(spec.name['zh-CN']);
    expect(wb.selection).toEqual({ sheetId: s.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
    const header = spec.cells.find((c) => c.style?.fill)!;
    expect(
      wb.cell(s, toRef({ top: header.row, left: header.col, bottom: header.row, right: header.col })).fill,
    ).toBe(header.style!.fill);
    const title = wb.cell(s, 'A1');
    expect(title.font).toMatchObject({ name: spec.baseStyle.fontName, bold: true });
    expect(title.borders.EdgeTop).toMatchObject({ style: 'Continuous' });

    const grid = await gateway.readSheet(spec.name['zh-CN']);
    expect(picture(grid)).toEqual(picture(templateToGrid(spec, spec.name['zh-CN'])));
    const check = checkWorkbook([grid]);
    expect(check.tables).toHaveLength(1);
  });

  test('every template inserts; a second insert gets a unique sheet name', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    for (const id of ['project-seed', 'project-88', 'department', 'project-101'] as const) {
      const res = await gateway.insertTemplate(getTemplate(id), 'new-sheet');
      expect(res.ok).toBe(true);
    }
    const again = await gateway.insertTemplate(getTemplate('department'), 'new-sheet');
    expect(again).toMatchObject({ ok: true, sheet: `${getTemplate('department').name['zh-CN']} (2)` });
    expect(wb.sheets).toHaveLength(6);
  });

  test('at a selection next to existing data: refuses rather than overwrites', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    decorate(wb, '绩效目标');
    const spec = getTemplate('project-seed');
    const grid = await gateway.readActiveSheet();
    const below = gridRowCount(grid); // first empty row under the table
    // The footprint starting 3 rows above the table's end runs into its last rows.
    wb.select('绩效目标', toRef({ top: below - 3, left: 0, bottom: below - 3, right: 0 }));
    const before = snapshot(wb);
    const res = await gateway.insertTemplate(spec, 'selection');
    expect(res).toMatchObject({ ok: false, reason: 'target-not-empty', sheet: '绩效目标' });
    expect(res.ok === false && res.cell && res.cell.row).toBeGreaterThanOrEqual(below - 3);
    expect(snapshot(wb)).toEqual(before);
  });

  test('at a selection over merged cells or a dropdown, or past the sheet’s end: refuses', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.merge('S', 'A1:B2'); // empty merged area above-left of the selection, reaching into it
    wb.addDataValidation('S', 'K40', ['a', 'b']);
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    const spec = getTemplate('department');
    wb.select('S', 'B2');
    expect(await gateway.insertTemplate(spec, 'selection')).toMatchObject({
      ok: false,
      reason: 'target-merged',
      cell: { row: 0, col: 0 },
    });
    wb.select('S', 'H30');
    expect(await gateway.insertTemplate(spec, 'selection')).toMatchObject({
      ok: false,
      reason: 'target-has-validation',
    });
    wb.select('S', 'A1048570');
    expect(await gateway.insertTemplate(spec, 'selection')).toMatchObject({
      ok: false,
      reason: 'target-out-of-bounds',
    });
    expect(wb.sheet('S').cells.size).toBe(0);
  });

  test('at an empty selection: written there; the user’s wider columns stay as they are', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    const grid = await gateway.readActiveSheet();
    const top = gridRowCount(grid) + 2;
    const sheet = wb.sheet('绩效目标');
    sheet.columnWidths.set(1, 500);
    wb.select('绩效目标', toRef({ top, left: 1, bottom: top, right: 1 }));
    const spec = getTemplate('project-88');
    const res = await gateway.insertTemplate(spec, 'selection');
    expect(res).toEqual({
      ok: true,
      sheet: '绩效目标',
      range: { top, left: 1, bottom: top + spec.rows - 1, right: spec.cols },
    });
    expect(sheet.columnWidths.get(1)).toBe(500);
    const after = await gateway.readActiveSheet();
    const expected = templateToGrid(spec, '绩效目标', { row: top, col: 1 });
    for (const [a1, text] of Object.entries(picture(expected).cells)) {
      const r = parseRef(a1)!;
      expect(textAt(after, r.top, r.left)).toBe(text);
    }
    expect(checkWorkbook([after]).tables).toHaveLength(2);
  });
});

describe('navigation and fixes', () => {
  test('select activates the sheet and selects the cell; a missing sheet is reported', async () => {
    const { wb, gateway } = setup([seedSheet(1, '甲'), seedSheet(1, '乙')]);
    expect(await gateway.select('乙', { row: 11, col: 4 })).toEqual({ ok: true });
    expect(wb.activeSheet().name).toBe('乙');
    expect(wb.selection).toEqual({
      sheetId: wb.sheet('乙').id,
      rect: { top: 11, left: 4, bottom: 11, right: 4 },
    });
    expect(await gateway.select('甲', { top: 2, left: 0, bottom: 3, right: 1 })).toEqual({ ok: true });
    expect(wb.selection?.rect).toEqual({ top: 2, left: 0, bottom: 3, right: 1 });
    expect(await gateway.select('丙', { row: 0, col: 0 })).toEqual({ ok: false, reason: 'sheet-missing' });
  });

  test('applyEdit writes one cell when it still shows the checked text, and refuses a stale cell', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setCells('S', 'E12:E13', [['≥80百分比'], ['100%']]);
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    const edit = { sheet: 'S', cell: { row: 11, col: 4 }, value: '≥80%' };
    expect(await gateway.applyEdit(edit, '≥80百分比')).toEqual({ ok: true });
    expect(wb.cell('S', 'E12').value).toBe('≥80%');
    wb.userEdit('S', 'E12', '≥90%');
    const stale = await gateway.applyEdit({ ...edit, value: '≥85%' }, '≥80%');
    expect(stale).toEqual({ ok: false, reason: 'stale', currentText: '≥90%' });
    expect(wb.cell('S', 'E12').value).toBe('≥90%');
  });

  test('applyEdit writes a value starting with "=" (a suggested "=20人") as text, not as a formula', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setCells('S', 'E12', [['20人']]);
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    expect(
      await gateway.applyEdit({ sheet: 'S', cell: { row: 11, col: 4 }, value: '=20人' }, '20人'),
    ).toEqual({ ok: true });
    expect(wb.cell('S', 'E12').formula).toBeUndefined();
    expect(wb.cell('S', 'E12').value).toBe('=20人');
    expect((await gateway.readSheet('S')).cells[11]?.[4]?.text).toBe('=20人');
  });

  test('applyEdit never overwrites a formula, and reports a missing sheet', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.setFormula('S', 'C5', '=A1*2', 40);
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    expect(await gateway.applyEdit({ sheet: 'S', cell: { row: 4, col: 2 }, value: '40.00' }, '40')).toEqual({
      ok: false,
      reason: 'formula',
      currentText: '40',
    });
    expect(wb.cell('S', 'C5').formula).toBe('=A1*2');
    expect(await gateway.applyEdit({ sheet: 'T', cell: { row: 0, col: 0 }, value: 'x' }, '')).toEqual({
      ok: false,
      reason: 'sheet-missing',
    });
  });
});

describe('live checking events', () => {
  for (const apiVersion of ['1.14', '1.13']) {
    test(`user edits are reported, the add-in’s own writes are not (ExcelApi ${apiVersion})`, async () => {
      const { wb, gateway, tick } = setup(seedSheet(1), { apiVersion });
      const seen: SheetChange[] = [];
      const stop = await gateway.onChanged((c) => seen.push(c));
      await gateway.applyEdit({ sheet: '绩效目标', cell: { row: 0, col: 8 }, value: 'x' }, '');
      await gateway.insertTemplate(getTemplate('department'), 'new-sheet');
      await wb.settle();
      expect(seen).toEqual([]);
      tick(5000);
      wb.userEdit('绩效目标', 'E12', '≥90%');
      wb.userEdit('绩效目标', 'I1', 'y'); // the cell we wrote, edited by the user later
      await wb.settle();
      expect(seen).toEqual([
        {
          sheet: '绩效目标',
          sheetId: wb.sheet('绩效目标').id,
          range: { top: 11, left: 4, bottom: 11, right: 4 },
          source: 'local',
        },
        {
          sheet: '绩效目标',
          sheetId: wb.sheet('绩效目标').id,
          range: { top: 0, left: 8, bottom: 0, right: 8 },
          source: 'local',
        },
      ]);
      await stop();
      wb.userEdit('绩效目标', 'E13', '1');
      await wb.settle();
      expect(seen).toHaveLength(2);
    });
  }

  test('selection changes name the sheet and range', async () => {
    const { wb, gateway } = setup([seedSheet(1, '甲'), seedSheet(1, '乙')]);
    const seen: unknown[] = [];
    const stop = await gateway.onSelectionChanged((s) => seen.push(s));
    wb.select('乙', 'C3:D4');
    await wb.settle();
    expect(seen).toEqual([
      { sheet: '乙', sheetId: wb.sheet('乙').id, range: { top: 2, left: 2, bottom: 3, right: 3 } },
    ]);
    await stop();
  });
});

describe('settings and support', () => {
  test('settings are saved in the workbook and read back', async () => {
    const { wb, gateway } = setup(seedSheet(1));
    expect(await gateway.getSettings()).toEqual({});
    await gateway.saveSettings({ profile: '101', severity: { direction: 'warning' } });
    expect(await new OfficeWorkbookGateway(fakeHost(wb)).getSettings()).toEqual({
      profile: '101',
      severity: { direction: 'warning' },
    });
  });

  test('isSupported asks for ExcelApi 1.13', () => {
    expect(new OfficeWorkbookGateway(fakeHost(new FakeWorkbook({ apiVersion: '1.13' }))).isSupported()).toBe(
      true,
    );
    expect(new OfficeWorkbookGateway(fakeHost(new FakeWorkbook({ apiVersion: '1.12' }))).isSupported()).toBe(
      false,
    );
  });
});
