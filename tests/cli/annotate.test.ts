/**
 * `jixiao annotate`: the copy differs from the original only by a fill and a note on each finding
 * cell. Checked by comparing the two workbooks cell by cell, on a file with data validation, merges,
 * fills shared between cells, notes, fonts, borders, number formats, formulas and a hidden sheet.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { writeGrid } from '../../src/cli/xlsx-writer';
import { SEVERITY_FILL, lostParts, NOTE_HEADER } from '../../src/cli/annotate';
import { readWorkbookFile } from '../../src/cli/xlsx-reader';
import { zipEntries } from '../../src/cli/probe';
import { runCli, STACK_RE } from './helpers/run';
import { makeXlsx } from './helpers/zip';

let dir: string;
const p = (name: string) => path.join(dir, name);

const SHARED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

/** The seed's first three tables dressed as a real user's workbook. */
async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const { grid, locate } = buildSeedGrid(SEED_TABLES.slice(0, 3), '绩效目标');
  const ws = wb.addWorksheet('绩效目标', { views: [{ state: 'frozen', ySplit: 4 }] });
  writeGrid(ws, grid, {
    borders: SEED_TABLES.slice(0, 3).map((t) => locate.tableRange(t.no)),
    columnWidths: [14, 16, 24, 24, 12, 14, 10],
  });
  // one style object shared by a whole column of 指标值 cells, findings and non-findings alike
  const shared = {
    ...ws.getCell('E14').style,
    fill: SHARED_FILL,
    font: { name: '仿宋', size: 12, color: { argb: 'FF1F4E79' } },
  };
  for (let r = 0; r < grid.cells.length; r++) ws.getCell(r + 1, 5).style = shared as ExcelJS.Style;
  ws.getColumn(5).width = 13.5;
  ws.getRow(12).height = 30;
  // dropdowns on the 依据 column of table 1, notes on a finding cell and on a quiet cell
  for (let r = 0; r < 9; r++) {
    ws.getCell(locate.rowAt(1, r, 'basis').row + 1, 6).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"计划标准,行业标准,历史标准,年初工作计划"'],
      showErrorMessage: false,
    };
  }
  const e14 = locate.row(1, '案件结案率(%)', 'value');
  ws.getCell(e14.row + 1, e14.col + 1).note = '原有批注：请复核';
  ws.getCell('A1').note = { texts: [{ text: '说明', font: { bold: true } }, { text: '：示例' }] };
  // a formula with a cached result, a percent, a date, conditional formatting
  ws.getCell('H1').value = { formula: 'SUM(C8,E8)', result: 40 };
  ws.getCell('H1').numFmt = '0.00';
  ws.getCell('H2').value = 0.855;
  ws.getCell('H2').numFmt = '0.00%';
  ws.getCell('H3').value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell('H3').numFmt = 'yyyy"年"m"月"d"日"';
  ws.addConditionalFormatting({
    ref: 'H1:H3',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['1'],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const hidden = wb.addWorksheet('备注', { state: 'hidden' });
  hidden.getCell('A1').value = '隐藏表';
  wb.definedNames.add("'绩效目标'!$A$5:$G$22", '表一');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Json = Record<string, unknown> | undefined;
const plain = (x: unknown): Json => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-ann-'));
  await fs.writeFile(p('in.xlsx'), await richWorkbook());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('annotate round trip', () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let json: any;
  let inputBytes: Buffer;

  beforeAll(async () => {
    inputBytes = await fs.readFile(p('in.xlsx'));
    const r = await runCli(['annotate', p('in.xlsx'), '--out', p('out.xlsx')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the seed has errors
    expect(r.stdout).toMatch(
      /已写入批注副本：.*out\.xlsx（标出 \d+ 处问题：\d+ 个错误，\d+ 个警告，\d+ 条提示）/,
    );
    expect(r.stdout).toMatch(/隐藏的工作表：备注/);
    json = JSON.parse((await runCli(['check', '--format', 'json', p('in.xlsx')])).stdout).files[0];
    before = new ExcelJS.Workbook();
    await before.xlsx.readFile(p('in.xlsx'));
    after = new ExcelJS.Workbook();
    await after.xlsx.readFile(p('out.xlsx'));
  }, 30_000);

  test('the input file is untouched', async () => {
    expect((await fs.readFile(p('in.xlsx'))).equals(inputBytes)).toBe(true);
  });

  test('sheets, states, merges, widths, heights, dropdowns, views, print setup, names are kept', () => {
    expect(after.worksheets.map((w) => [w.name, w.state])).toEqual(
      before.worksheets.map((w) => [w.name, w.state]),
    );
    for (const wsB of before.worksheets) {
      const wsA = after.getWorksheet(wsB.name)!;
      expect(Object.keys((wsA as any)._merges).sort()).toEqual(Object.keys((wsB as any)._merges).sort());
      expect(wsA.columns?.map((c) => c.width)).toEqual(wsB.columns?.map((c) => c.width));
      for (let r = 1; r <= wsB.rowCount; r++)
        expect([r, wsA.getRow(r).height]).toEqual([r, wsB.getRow(r).height]);
      expect(plain((wsA as any).dataValidations.model)).toEqual(plain((wsB as any).dataValidations.model));
      expect(plain(wsA.views)).toEqual(plain(wsB.views));
      expect(plain(wsA.pageSetup)).toEqual(plain(wsB.pageSetup));
      expect(plain((wsA as any).conditionalFormattings)).toEqual(plain((wsB as any).conditionalFormattings));
    }
    expect(plain(after.definedNames.model)).toEqual(plain(before.definedNames.model));
  });

  test('cell by cell: only finding cells differ, and only by fill and note', () => {
    const findings = new Map<string, any[]>();
    for (const d of json.diagnostics) {
      const k = `${d.sheet}!${d.cell}`;
      findings.set(k, [...(findings.get(k) ?? []), d]);
    }
    expect(findings.size).toBeGreaterThan(20);
    let compared = 0;
    let marked = 0;
    for (const wsB of before.worksheets) {
      const wsA = after.getWorksheet(wsB.name)!;
      const rows = Math.max(wsA.rowCount, wsB.rowCount);
      const cols = Math.max(wsA.columnCount, wsB.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const b = wsB.getCell(r, c);
          const a = wsA.getCell(r, c);
          const where = `${wsB.name}!${b.address}`;
          expect([where, plain(a.value as any)]).toEqual([where, plain(b.value as any)]);
          expect([where, a.type]).toEqual([where, b.type]);
          for (const k of ['numFmt', 'font', 'border', 'alignment', 'protection'] as const) {
            expect([where, k, plain((a as any)[k])]).toEqual([where, k, plain((b as any)[k])]);
          }
          const ds = findings.get(where);
          if (!ds) {
            expect([where, plain(a.fill as any)]).toEqual([where, plain(b.fill as any)]);
            expect([where, plain(a.note as any)]).toEqual([where, plain(b.note as any)]);
          } else {
            marked++;
            const worst = ds.some((d) => d.severity === 'error')
              ? 'error'
              : ds.some((d) => d.severity === 'warning')
                ? 'warning'
                : 'info';
            expect([where, (a.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([
              where,
              SEVERITY_FILL[worst as 'error'],
            ]);
            const noteText =
              typeof a.note === 'string'
                ? a.note
                : ((a.note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
            for (const d of ds) expect(noteText).toContain(d.message);
            expect(noteText).toContain(`${NOTE_HEADER}:`);
            // a note that was there is kept, ours follows it
            if (b.note) expect(noteText.startsWith(typeof b.note === 'string' ? b.note : '')).toBe(true);
          }
          compared++;
        }
      }
    }
    expect(marked).toBe(findings.size);
    expect(compared).toBeGreaterThan(400);
  });

  test('the shared style of the 指标值 column is not leaked to quiet cells', () => {
    const ws = after.getWorksheet('绩效目标')!;
    const quiet = ws.getCell('E3'); // a prose row: shared style, no finding
    expect((quiet.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE2EFDA');
    expect(quiet.font.name).toBe('仿宋');
  });

  test('the copy reads back to the same texts', async () => {
    const a = await readWorkbookFile(p('in.xlsx'));
    const b = await readWorkbookFile(p('out.xlsx'));
    expect(b.grids).toEqual(a.grids);
  });
});

describe('annotate on a file Excel wrote (built-in formats, inline strings)', () => {
  test('texts are unchanged, including a zh-CN built-in date format and percents', async () => {
    const buf = makeXlsx(
      [
        {
          name: 'Sheet1',
          sheetData:
            '<row r="1"><c r="A1" s="1"><v>44926</v></c><c r="B1" s="2"><v>0.955</v></c><c r="C1" t="inlineStr"><is><t>一级指标</t></is></c></row>' +
            '<row r="3" hidden="1"/><row r="4" ht="30" customHeight="1"/><row r="5"><c r="A5"><v>5</v></c></row>',
        },
      ],
      [0, 31, 10],
    );
    await fs.writeFile(p('excel.xlsx'), buf);
    const r = await runCli(['annotate', p('excel.xlsx'), '--out', p('excel-out.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/未找到绩效目标表/);
    const a = await readWorkbookFile(p('excel.xlsx'));
    const b = await readWorkbookFile(p('excel-out.xlsx'));
    expect(b.grids).toEqual(a.grids);
    expect(b.grids[0].cells[0]?.[0]?.text).toBe('2022年12月31日');
    expect(b.grids[0].cells[0]?.[1]?.text).toBe('95.50%');
    // an empty hidden row stays hidden, an empty row keeps its height
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p('excel-out.xlsx'));
    expect(wb.worksheets[0].getRow(3).hidden).toBe(true);
    expect(wb.worksheets[0].getRow(4).height).toBe(30);
    expect(wb.worksheets[0].getRow(4).hidden).toBe(false);
  });
});

describe('annotate refuses to lose anything', () => {
  test('never writes over its input', async () => {
    const r = await runCli(['annotate', p('in.xlsx'), '--out', p('in.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('输出文件不能与输入文件相同：批注副本不会覆盖原文件\n');
    const viaDots = await runCli(['annotate', p('in.xlsx'), '--out', path.join(dir, '.', 'in.xlsx')]);
    expect(viaDots.code).toBe(2);
  });
  test('an existing --out needs --force', async () => {
    await fs.writeFile(p('taken.xlsx'), 'x');
    const r = await runCli(['annotate', p('in.xlsx'), '--out', p('taken.xlsx')]);
    expect(r.code).toBe(2);
    expect(await fs.readFile(p('taken.xlsx'), 'utf8')).toBe('x');
    expect((await runCli(['annotate', p('in.xlsx'), '--out', p('taken.xlsx'), '--force'])).code).toBe(1);
  });
  test('bad input: one line, exit 2, nothing written', async () => {
    await fs.writeFile(p('empty.xlsx'), '');
    const r = await runCli(['annotate', p('empty.xlsx'), '--out', p('never.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^.*empty\.xlsx: the file is empty \(0 bytes\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_RE);
    await expect(fs.stat(p('never.xlsx'))).rejects.toThrow();
  });
});

describe('what exceljs cannot keep is named', () => {
  test('charts, pivot tables, shapes in the input are reported', async () => {
    const { makeZip } = await import('./helpers/zip');
    const buf = makeZip({
      'xl/workbook.xml': '<workbook/>',
      'xl/charts/chart1.xml': '<c:chartSpace/>',
      'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>',
      'xl/drawings/drawing1.xml': '<xdr:wsDr><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><extLst><ext><x14:dataValidations><x14:dataValidation/></x14:dataValidations></ext></extLst></worksheet>',
    });
    expect(lostParts(buf, zipEntries(buf)!, 'zh-CN')).toEqual([
      '图表',
      '数据透视表',
      '形状和文本框',
      '引用其他工作表的下拉列表',
    ]);
    expect(lostParts(buf, zipEntries(buf)!, 'en')).toEqual([
      'charts',
      'pivot tables',
      'shapes and text boxes',
      'dropdowns whose list is on another sheet',
    ]);
  });
  test('a plain workbook loses nothing', async () => {
    const buf = await fs.readFile(p('in.xlsx'));
    expect(lostParts(buf, zipEntries(buf)!, 'zh-CN')).toEqual([]);
  });
});
