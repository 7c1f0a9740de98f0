/** `jixiao template`: the four templates written from the core's data, read back cell by cell. */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATES, checkWorkbook, rectToA1, textAt, type TemplateSpec } from '../../src/core';
import { readWorkbookFile } from '../../src/cli/xlsx-reader';
import { runCli } from './helpers/run';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-tpl-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const a1 = (r: number, c: number) => rectToA1({ top: r, left: c, bottom: r, right: c });

describe.each(TEMPLATES.map((t) => [t.id, t] as [string, TemplateSpec]))('template %s', (id, spec) => {
  let file: string;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    file = path.join(dir, `${id}.xlsx`);
    const r = await runCli(['template', id, '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已写入模板“${spec.name['zh-CN']}”：${file}\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets).toHaveLength(1);
    ws = wb.worksheets[0];
  });

  test('values and merges are the template data', () => {
    for (const c of spec.cells) {
      const v = ws.getCell(c.row + 1, c.col + 1).value;
      expect([c.row, c.col, v ?? null]).toEqual([c.row, c.col, c.value === '' ? null : c.value]);
    }
    const merges = Object.values((ws as any)._merges)
      .map((m: any) => m.range)
      .sort();
    expect(merges).toEqual(spec.merges.map((m) => rectToA1(m)).sort());
  });

  test('fonts, number formats, fills, borders over the whole area', () => {
    for (let r = 0; r < spec.rows; r++) {
      for (let c = 0; c < spec.cols; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        expect(cell.font?.name).toBe(spec.baseStyle.fontName);
        if (spec.baseStyle.border)
          expect([a1(r, c), cell.border?.left?.style, cell.border?.bottom?.style]).toEqual([
            a1(r, c),
            'thin',
            'thin',
          ]);
      }
    }
    for (const c of spec.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      const st = { ...spec.baseStyle, ...(c.style ?? {}) };
      expect([a1(c.row, c.col), cell.numFmt ?? null]).toEqual([a1(c.row, c.col), st.numberFormat ?? null]);
      expect(Boolean(cell.font?.bold)).toBe(Boolean(st.bold));
      if (st.fill)
        expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${st.fill.slice(1).toUpperCase()}`);
      if (st.wrap) expect(cell.alignment?.wrapText).toBe(true);
      if (st.horizontal) expect(cell.alignment?.horizontal).toBe(st.horizontal);
    }
    // amounts 0.00 and the spending plan as percents, where the template has them
    const formats = new Set(spec.cells.map((c) => c.style?.numberFormat).filter(Boolean));
    if (id === 'project-seed' || id === 'project-101')
      expect([...formats]).toEqual(expect.arrayContaining(['0.00', '0%']));
    else expect([...formats]).toContain('0.00');
  });

  test('column widths, row heights, dropdowns, print setup', () => {
    spec.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBe(w));
    for (const [r, h] of Object.entries(spec.rowHeights ?? {}))
      expect(ws.getRow(Number(r) + 1).height).toBe(h);
    expect(spec.validations.length).toBeGreaterThanOrEqual(2);
    for (const v of spec.validations) {
      for (let r = v.rect.top; r <= v.rect.bottom; r++) {
        const dv = ws.getCell(r + 1, v.rect.left + 1).dataValidation;
        expect(dv.type).toBe('list');
        expect(dv.formulae).toEqual([`"${v.list.join(',')}"`]);
        expect(Boolean(dv.showErrorMessage)).toBe(!v.allowOther);
      }
    }
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe(spec.print.orientation);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
  });

  test('read back: one table of this layout whose only findings are the empty cells to fill', async () => {
    const read = await readWorkbookFile(file);
    const result = checkWorkbook(read.grids);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].layout).toBe(id);
    expect(result.tables[0].profile).toBe(spec.profile);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics)
      expect([d.ruleId, a1(d.cell.row, d.cell.col), textAt(read.grids[0], d.cell.row, d.cell.col)]).toEqual([
        d.ruleId,
        a1(d.cell.row, d.cell.col),
        '',
      ]);
  });
});

describe('template output file', () => {
  test('refuses to overwrite without --force, overwrites with it', async () => {
    const file = path.join(dir, 'exists.xlsx');
    await fs.writeFile(file, 'keep me');
    const r = await runCli(['template', 'project-88', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`输出文件已存在：${file}；如要覆盖，请加 --force\n`);
    expect(await fs.readFile(file, 'utf8')).toBe('keep me');
    const f = await runCli(['template', 'project-88', '--out', file, '--force']);
    expect(f.code).toBe(0);
    expect((await fs.readFile(file)).subarray(0, 2).toString()).toBe('PK');
  });
  test('a missing folder or a non-.xlsx name is one line, exit 2', async () => {
    const r = await runCli(['template', 'department', '--out', path.join(dir, 'no', 'such', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^无法写入 .*x\.xlsx（找不到此文件或文件夹: .*such）\n$/);
    const t = await runCli(['template', 'department', '--out', path.join(dir, 'x.xls')]);
    expect(t.stderr).toMatch(/输出文件必须以 \.xlsx 结尾/);
  });
  test('sheet name in English with --lang en', async () => {
    const file = path.join(dir, 'en.xlsx');
    expect((await runCli(['template', 'project-seed', '--out', file, '--lang', 'en'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0].name).toBe('Project targets');
  });
});
