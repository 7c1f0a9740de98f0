import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/cli/xlsx-reader';
import { textAt, cellAt } from '../../src/core/model/grid';
import { makeXlsx } from './helpers/zip';

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表一');
  ws.getCell('A1').value = '资金支出计划（%）';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 0.8;
  ws.getCell('A2').numFmt = '0%';
  ws.getCell('B2').value = 0.855;
  ws.getCell('B2').numFmt = '0.00%';
  ws.getCell('C2').value = 20;
  ws.getCell('C2').numFmt = '0.00';
  ws.getCell('D2').value = 1234567.891;
  ws.getCell('D2').numFmt = '#,##0.00';
  ws.getCell('A3').value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell('A3').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('B3').value = new Date(Date.UTC(2022, 11, 31));
  ws.getCell('B3').numFmt = 'yyyy/m/d';
  ws.getCell('C3').value = 0.1 + 0.2;
  ws.getCell('D3').value = true;
  ws.getCell('A4').value = { richText: [{ text: '≥' }, { text: '80', font: { bold: true } }, { text: '%' }] };
  ws.getCell('B4').value = { formula: 'C2*2', result: 40 };
  ws.getCell('B4').numFmt = '0.00';
  ws.getCell('C4').value = { formula: 'C2/3' } as ExcelJS.CellFormulaValue; // no cached result
  ws.getCell('D4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('E4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('F4').value = { formula: 'C2-C2', result: 0 }; // a saved 0 (exceljs's cell.value drops it)
  ws.getCell('F4').numFmt = '0.00';
  ws.getCell('G4').value = { formula: 'C2>100', result: false };
  ws.getCell('A5').value = { text: '预算批复', hyperlink: 'https://example.org/a' };
  ws.getCell('B5').value = '  年初工作计划 ';
  ws.getCell('E2').value = 3;
  ws.getCell('E2').numFmt = 'G/通用格式';
  ws.getCell('F2').value = 25.5;
  ws.getCell('F2').numFmt = 'G/通用格式"万元"';
  ws.getCell('G2').value = 0;
  ws.getCell('G2').numFmt = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ';
  ws.getCell('A7').value = '产出指标';
  ws.mergeCells('A7:A9');
  const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
  hidden.getCell('B2').value = 'h';
  const very = wb.addWorksheet('深度隐藏', { state: 'veryHidden' });
  very.getCell('A1').value = 'v';
  return toBuffer(wb);
}

describe('readWorkbookBuffer on an exceljs-written workbook', () => {
  let read: Awaited<ReturnType<typeof readWorkbookBuffer>>;
  beforeAll(async () => {
    read = await readWorkbookBuffer(await sampleWorkbook());
  });

  test('reads every sheet, flags hidden ones', () => {
    expect(read.grids.map((g) => g.sheet)).toEqual(['表一', '隐藏', '深度隐藏']);
    expect(read.grids.map((g) => Boolean(g.hidden))).toEqual([false, true, true]);
    expect(read.sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(textAt(read.grids[1], 1, 1)).toBe('h');
  });

  test('text is what Excel displays', () => {
    const g = read.grids[0];
    expect(textAt(g, 1, 0)).toBe('80%');
    expect(cellAt(g, 1, 0).value).toBe(0.8);
    expect(cellAt(g, 1, 0).numberFormat).toBe('0%');
    expect(textAt(g, 1, 1)).toBe('85.50%');
    expect(textAt(g, 1, 2)).toBe('20.00');
    expect(textAt(g, 1, 3)).toBe('1,234,567.89');
    expect(textAt(g, 2, 0)).toBe('2022年12月31日');
    expect(cellAt(g, 2, 0).value).toBe(44926);
    expect(textAt(g, 2, 1)).toBe('2022-12-31');
    expect(textAt(g, 2, 2)).toBe('0.3');
    expect(cellAt(g, 2, 2).numberFormat).toBeUndefined();
    expect(textAt(g, 2, 3)).toBe('TRUE');
    // "G/通用格式" is General under its Chinese name; an accounting format shows 0 as "-"
    expect(textAt(g, 1, 4)).toBe('3');
    expect(textAt(g, 1, 5)).toBe('25.5万元');
    expect(textAt(g, 1, 6)).toBe('-');
    expect(cellAt(g, 1, 6).value).toBe(0);
  });

  test('rich text, formulas, errors, hyperlinks', () => {
    const g = read.grids[0];
    expect(textAt(g, 3, 0)).toBe('≥80%');
    expect(textAt(g, 3, 1)).toBe('40.00');
    expect(cellAt(g, 3, 1).value).toBe(40);
    expect(cellAt(g, 3, 2)).toEqual({ value: null, text: '' });
    expect(read.notes).toEqual([{ id: 'formula-no-result', sheet: '表一', cells: ['C4'] }]);
    expect(cellAt(g, 3, 3)).toMatchObject({ error: '#REF!', text: '#REF!' });
    expect(cellAt(g, 3, 4)).toMatchObject({ error: '#DIV/0!', text: '#DIV/0!' });
    expect(cellAt(g, 3, 5)).toMatchObject({ value: 0, text: '0.00' });
    expect(cellAt(g, 3, 6)).toMatchObject({ value: false, text: 'FALSE' });
    expect(textAt(g, 4, 0)).toBe('预算批复');
    expect(cellAt(g, 4, 1).text).toBe('  年初工作计划 ');
  });

  test('merges, with content only in the top-left cell', () => {
    const g = read.grids[0];
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 6, left: 0, bottom: 8, right: 0 },
    ]);
    expect(textAt(g, 0, 0)).toBe('资金支出计划（%）');
    expect(textAt(g, 0, 1)).toBe('');
    expect(textAt(g, 7, 0)).toBe('');
    expect(textAt(g, 6, 0)).toBe('产出指标');
  });
});

describe('readWorkbookBuffer on hand-written XML (as Excel and WPS store it)', () => {
  test('built-in zh-CN date format 31, percent ids 9/10, inline strings, error cells, shared formula results', async () => {
    const buf = makeXlsx(
      [
        {
          name: 'Sheet1',
          sheetData:
            '<row r="1"><c r="A1" s="1"><v>44926</v></c><c r="B1" s="2"><v>0.8</v></c><c r="C1" s="3"><v>0.95</v></c>' +
            '<c r="D1" t="inlineStr"><is><t>≥90%</t></is></c><c r="E1" t="e"><v>#N/A</v></c></row>' +
            '<row r="3"><c r="A3" s="4"><f>B1*25</f><v>20</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3"><f>X1</f></c></row>',
        },
      ],
      [0, 31, 9, 10, 2],
    );
    const read = await readWorkbookBuffer(buf);
    const g = read.grids[0];
    expect(textAt(g, 0, 0)).toBe('2022年12月31日');
    expect(textAt(g, 0, 1)).toBe('80%');
    expect(textAt(g, 0, 2)).toBe('95.00%');
    expect(textAt(g, 0, 3)).toBe('≥90%');
    expect(cellAt(g, 0, 4)).toMatchObject({ error: '#N/A', text: '#N/A' });
    expect(g.cells[1]).toEqual([]); // an empty row
    expect(textAt(g, 2, 0)).toBe('20.00');
    expect(textAt(g, 2, 1)).toBe('ab');
    expect(read.notes[0].cells).toEqual(['C3']);
  });
});

describe('worksheets exceljs cannot see', () => {
  test('a sheet stored under another part name is named in a note, the others are read', async () => {
    const { makeZip } = await import('./helpers/zip');
    const rel = (id: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`;
    const sheet = (text: string) =>
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    const buf = makeZip({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="甲" sheetId="1" r:id="rId1"/><sheet name="乙" sheetId="2" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheets/sheet1.xml')}${rel('rId2', 'worksheets/data.xml')}</Relationships>`,
      'xl/worksheets/sheet1.xml': sheet('a'),
      'xl/worksheets/data.xml': sheet('b'),
    });
    const read = await readWorkbookBuffer(buf);
    expect(read.grids.map((g) => g.sheet)).toEqual(['甲']);
    expect(read.notes).toEqual([{ id: 'sheet-skipped', sheet: '乙', cells: [] }]);
  });
});
