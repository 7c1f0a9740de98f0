/**
 * The fake workbook must be as strict as Excel, or the gateway's contract tests prove nothing.
 */
import { FakeRequestContext, FakeWorkbook, fakeExcelRun, snapshot } from '../support/fake-excel';
import { gridFromRows } from '../../src/core/model/grid';

function book(): FakeWorkbook {
  return FakeWorkbook.fromGrid(
    gridFromRows('表1', [
      ['项目名称', '示范项目'],
      ['预算数', 20],
    ]),
  );
}

describe('fake workbook: Office.js batching rules', () => {
  test('reading a property that was not loaded throws PropertyNotLoaded', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:B2');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    // loaded but not synced yet: still unavailable
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([
      ['项目名称', '示范项目'],
      ['预算数', 20],
    ]);
    // text was never loaded
    expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('writes are queued and reach the document only at sync; syncs are counted', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    ctx.workbook.worksheets.getItem('表1').getRange('B2').values = [[30]];
    expect(wb.cell('表1', 'B2').value).toBe(20);
    await ctx.sync();
    expect(wb.cell('表1', 'B2').value).toBe(30);
    expect(wb.syncCount).toBe(1);
    expect(ctx.syncCount).toBe(1);
  });

  test('getItem of a missing sheet fails the sync with ItemNotFound; the OrNullObject variant does not', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    ctx.workbook.worksheets.getItem('没有');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const maybe = ctx.workbook.worksheets.getItemOrNullObject('没有');
    maybe.load('name');
    expect(() => maybe.isNullObject).toThrow();
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(() => maybe.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    // any call on a null object fails the batch
    maybe.getRange('A1').values = [[1]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  test('a 2-D write must match the range size', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    ctx.workbook.worksheets.getItem('表1').getRange('A1:B2').values = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('Excel.run rejects a batch that leaves queued work unsynced', async () => {
    const wb = book();
    const run = fakeExcelRun(wb);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('表1').getRange('A1').values = [['x']];
      }),
    ).rejects.toThrow(/never synced/);
    expect(wb.cell('表1', 'A1').value).toBe('项目名称');
  });

  test('typed input is converted like Excel: numbers, percents, text format keeps text, "=" makes a formula', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    const ws = ctx.workbook.worksheets.getItem('表1');
    ws.getRange('C1:C4').values = [['12.50'], ['80%'], ['≥80%'], ['=1+1']];
    ws.getRange('D1').numberFormat = [['@']];
    ws.getRange('D1').values = [['=100%']];
    const r = ws.getRange('C1:D4');
    r.load('values,text,formulas,valueTypes,numberFormat');
    await ctx.sync();
    expect(r.values.map((row) => row[0])).toEqual([12.5, 0.8, '≥80%', '']);
    expect(r.text.map((row) => row[0])).toEqual(['12.5', '80%', '≥80%', '']);
    expect(r.formulas[3][0]).toBe('=1+1');
    expect(r.values[0][1]).toBe('=100%');
    expect(r.valueTypes[0]).toEqual(['Double', 'String']);
    expect(r.numberFormat[1][0]).toBe('0%');
  });

  test('merged areas: only areas whose top-left is inside are reported; more than 512 fails', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    wb.merge('S', 'A1:C1');
    wb.merge('S', 'A2:A5');
    const ctx = new FakeRequestContext(wb);
    const inside = ctx.workbook.worksheets.getItem('S').getRange('A1:C3').getMergedAreasOrNullObject();
    inside.load('address');
    const below = ctx.workbook.worksheets.getItem('S').getRange('A3:C9').getMergedAreasOrNullObject();
    below.load('address');
    await ctx.sync();
    expect(inside.address).toBe('S!A1:C1, S!A2:A5');
    expect(below.isNullObject).toBe(true);
    for (let r = 10; r < 10 + 513; r++) wb.merge('S', `A${r}:B${r}`);
    const many = ctx.workbook.worksheets.getItem('S').getRange('1:600').getMergedAreasOrNullObject();
    many.load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('No Fill reads back as #FFFFFF, like Excel (so fills cannot be restored by reading them)', async () => {
    const wb = book();
    wb.setFill('表1', 'B1', '#FFFFFF');
    const ctx = new FakeRequestContext(wb);
    const a = ctx.workbook.worksheets.getItem('表1').getRange('A1').format.fill;
    const b = ctx.workbook.worksheets.getItem('表1').getRange('B1').format.fill;
    a.load('color');
    b.load('color');
    await ctx.sync();
    expect(a.color).toBe(b.color);
    expect(wb.cell('表1', 'A1').fill).toBeNull();
  });

  test('clearAll removes the user’s conditional formats too (which is why the gateway never calls it)', async () => {
    const wb = book();
    wb.addUserConditionalFormat('表1', 'B2');
    const ctx = new FakeRequestContext(wb);
    ctx.workbook.worksheets.getItem('表1').getRange('A1:B2').conditionalFormats.clearAll();
    await ctx.sync();
    expect(wb.sheet('表1').conditionalFormats).toHaveLength(0);
  });

  test('settings hold JSON; events fire after the batch, tagged when the add-in wrote', async () => {
    const wb = book();
    const ctx = new FakeRequestContext(wb);
    const seen: unknown[] = [];
    ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
    ctx.workbook.settings.add('k', { a: [1, 2] });
    ctx.workbook.worksheets.getItem('表1').getRange('B2').values = [[5]];
    await ctx.sync();
    await wb.settle();
    expect(wb.getSetting('k')).toEqual({ a: [1, 2] });
    expect(seen).toEqual([
      expect.objectContaining({
        address: 'B2',
        worksheetId: wb.sheet('表1').id,
        triggerSource: 'ThisLocalAddin',
      }),
    ]);
    wb.userEdit('表1', 'A2', '预算');
    await wb.settle();
    expect(seen[1]).toMatchObject({ address: 'A2', triggerSource: 'Unknown', source: 'Local' });
  });

  test('snapshot sees values, formats and conditional formats', () => {
    const a = book();
    const b = book();
    expect(snapshot(a)).toEqual(snapshot(b));
    b.setFont('表1', 'A1', { bold: true });
    expect(snapshot(a)).not.toEqual(snapshot(b));
  });
});
