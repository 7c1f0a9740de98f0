/**
 * Bad input: each case gets one line in the user's language, the right exit status, no stack trace,
 * and the other files of the run are still checked.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  probeXlsx,
  classifyCfb,
  cfbDirectoryNames,
  ReadError,
  worksheetPartsAllRead,
  type ZipEntry,
} from '../../src/cli/probe';
import { makeCfb } from './helpers/cfb';
import { runCli, STACK_RE } from './helpers/run';
import { makeXlsx, makeZip } from './helpers/zip';
import { gridsToXlsx } from './helpers/workbooks';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';

let dir: string;
const p = (name: string) => path.join(dir, name);

/** A worksheet part with rows × cols numeric cells, built without holding one big string. */
function hugeSheetData(rows: number, cols: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
    parts.push(row + '</row>');
  }
  return parts.join('');
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-bad-'));
  const { grid } = buildSeedGrid(SEED_TABLES.slice(0, 2));
  await fs.writeFile(p('good.xlsx'), await gridsToXlsx([grid]));
  await fs.writeFile(p('empty.xlsx'), Buffer.alloc(0));
  await fs.writeFile(p('text.xlsx'), '项目名称,预算数\n案件,20\n');
  await fs.writeFile(p('page.xls'), '<html><body><table><tr><td>1</td></tr></table></body></html>');
  await fs.writeFile(p('old.xls'), makeCfb(['Workbook', 'SummaryInformation']));
  await fs.writeFile(p('renamed-old.xlsx'), makeCfb(['Book']));
  await fs.writeFile(p('locked.xlsx'), makeCfb(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']));
  // a real one: examples/seed.xlsx encrypted with a password as Excel does it (see tests/fixtures/xlsx/README.md)
  await fs.copyFile(path.join(__dirname, '../fixtures/xlsx/password-protected.xlsx'), p('real-locked.xlsx'));
  await fs.writeFile(
    p('letter.xlsx'),
    makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
  );
  const good = await fs.readFile(p('good.xlsx'));
  await fs.writeFile(p('truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  await fs.writeFile(
    p('no-table.xlsx'),
    makeXlsx([
      {
        name: '说明',
        sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>本工作簿只有说明文字</t></is></c></row>',
      },
    ]),
  );
  // 1,000,000 cells on one sheet (100,000 rows × 10 columns), plus a small second sheet
  await fs.writeFile(
    p('huge.xlsx'),
    makeXlsx([
      { name: '明细', sheetData: hugeSheetData(100_000, 10) },
      { name: 'Sheet2', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ]),
  );
  await fs.mkdir(p('only-xls'));
  await fs.writeFile(p('only-xls/a.xls'), makeCfb(['Workbook']));
  await fs.writeFile(p('only-xls/~$lock.xlsx'), Buffer.from([1, 2, 3]));
  await fs.mkdir(p('empty-folder'));
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the OLE (CFB) sniffing', () => {
  test('reads stream names from the directory', () => {
    expect(cfbDirectoryNames(makeCfb(['EncryptionInfo', 'EncryptedPackage']))).toEqual([
      'Root Entry',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
  });
  test('tells an old .xls from a password-protected .xlsx from another Office file', () => {
    expect(classifyCfb(makeCfb(['Workbook'])).id).toBe('xls-old-format');
    expect(classifyCfb(makeCfb(['EncryptionInfo', 'EncryptedPackage'])).id).toBe('encrypted');
    expect(classifyCfb(makeCfb(['WordDocument'])).id).toBe('not-xlsx');
  });
  test('a damaged directory still finds EncryptionInfo by its name', () => {
    const buf = makeCfb(['EncryptionInfo']);
    buf.writeUInt32LE(0x7fffffff, 0x30); // first directory sector points nowhere
    expect(classifyCfb(buf).id).toBe('encrypted');
  });
});

describe('probeXlsx', () => {
  test('xl/workbook.xml is parsed again only when exceljs may have skipped a worksheet part', () => {
    const parts = (...names: string[]) => names.map((name) => ({ name }) as ZipEntry);
    const wb = ['xl/workbook.xml', '[Content_Types].xml'];
    expect(
      worksheetPartsAllRead(parts(...wb, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'), 2),
    ).toBe(true);
    expect(worksheetPartsAllRead(parts(...wb, 'xl/worksheets/sheet1.xml', 'xl/worksheets/data.xml'), 2)).toBe(
      false,
    );
    expect(
      worksheetPartsAllRead(parts(...wb, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'), 1),
    ).toBe(false);
    expect(worksheetPartsAllRead(parts(...wb, 'xl/worksheets/_rels/sheet1.xml.rels'), 0)).toBe(true);
  });

  test.each<[string, string]>([
    ['empty.xlsx', 'empty-file'],
    ['text.xlsx', 'not-xlsx'],
    ['old.xls', 'xls-old-format'],
    ['renamed-old.xlsx', 'xls-old-format'],
    ['locked.xlsx', 'encrypted'],
    ['letter.xlsx', 'not-xlsx'],
    ['truncated.xlsx', 'corrupt'],
    ['huge.xlsx', 'too-large'],
  ])('%s → %s', async (name, id) => {
    const buf = await fs.readFile(p(name));
    const err = await probeXlsx(buf, 300_000).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).id).toBe(id);
  });

  test('the huge sheet is refused quickly and with little memory (before exceljs sees it)', async () => {
    const buf = await fs.readFile(p('huge.xlsx'));
    const before = process.memoryUsage().rss;
    const t0 = Date.now();
    const err = (await probeXlsx(buf, 300_000).catch((e: unknown) => e)) as ReadError;
    const ms = Date.now() - t0;
    expect(err.id).toBe('too-large');
    expect(err.data).toMatchObject({ sheet: '明细', limit: 300_000 });
    expect(Number(err.data.cells)).toBeGreaterThan(900_000);
    expect(ms).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('jixiao check on bad input', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['missing.xlsx', /找不到此文件或文件夹/, /no such file or folder/],
    ['empty-folder', /文件夹中没有 \.xlsx 工作簿$/, /the folder holds no \.xlsx workbook$/],
    ['only-xls', /有 1 个旧版 \.xls 文件.*另存为 \.xlsx/, /1 old \.xls file.*save as \.xlsx/],
    ['empty.xlsx', /文件是空的（0 字节）/, /empty \(0 bytes\)/],
    [
      'text.xlsx',
      /不是 \.xlsx 工作簿（是文本文件（如 CSV））/,
      /not an \.xlsx workbook \(a text file such as CSV\)/,
    ],
    ['page.xls', /是网页（HTML）文件/, /a web page \(HTML\)/],
    ['old.xls', /旧版 \.xls 工作簿.*另存为/, /old \.xls workbook.*save it as/],
    ['renamed-old.xlsx', /旧版 \.xls 工作簿/, /old \.xls workbook/],
    ['locked.xlsx', /设有打开密码/, /password-protected/],
    ['real-locked.xlsx', /设有打开密码/, /password-protected/],
    ['letter.xlsx', /是 Word 文档/, /a Word document/],
    ['truncated.xlsx', /已损坏或不完整/, /damaged or incomplete/],
    [
      'huge.xlsx',
      /工作表“明细”约有 1,000,000 个单元格，超过上限 300,000/,
      /sheet "明细" has about 1,000,000 cells, over the limit of 300,000/,
    ],
  ];

  test.each(cases)(
    '%s: one line in zh-CN and in en, exit 2, no stack trace',
    async (name, zh, en) => {
      for (const [lang, re] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const r = await runCli(['check', '--format', 'json', '--lang', lang, p(name)]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('');
        const doc = JSON.parse(r.stdout);
        expect(doc.files).toHaveLength(1);
        const f = doc.files[0];
        expect(f.error).toMatch(re);
        expect(f.error).not.toMatch(/\n/);
        expect(f.tables).toEqual([]);
        expect(f.diagnostics).toEqual([]);
        expect(r.stdout).not.toMatch(STACK_RE);
      }
    },
    30_000,
  );

  test('a workbook with no table: says so and how to insert a template; exit 0', async () => {
    const r = await runCli(['check', p('no-table.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/未找到绩效目标表/);
    expect(r.stdout).toMatch(/jixiao template project-seed --out/);
    const en = await runCli(['check', '--lang', 'en', '--format', 'json', p('no-table.xlsx')]);
    const f = JSON.parse(en.stdout).files[0];
    expect(f.error).toBeNull();
    expect(f.tables).toEqual([]);
    expect(f.notes.join('\n')).toMatch(/no performance-target table found.*jixiao template/);
  });

  test('every bad file in one run: each reported on its line, the good one still checked, exit 2', async () => {
    const names = [
      'missing.xlsx',
      'empty.xlsx',
      'old.xls',
      'good.xlsx',
      'locked.xlsx',
      'truncated.xlsx',
      'huge.xlsx',
      'empty-folder',
      'no-table.xlsx',
    ];
    const r = await runCli(['check', ...names.map(p)]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(STACK_RE);
    const lines = r.stdout.split('\n');
    for (const n of names.filter((x) => x !== 'good.xlsx' && x !== 'no-table.xlsx')) {
      expect(lines.filter((l) => l.startsWith(`${p(n)}: `))).toHaveLength(1);
    }
    // the good workbook's two tables were checked
    expect(r.stdout).toMatch(new RegExp(`^${p('good.xlsx').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(lines.filter((l) => /^ {2}表 A\d+:[A-Z]+\d+（绩效目标）/.test(l))).toHaveLength(2);
    expect(lines[lines.length - 2]).toMatch(/^共 9 个文件，2 张表：.*；7 个文件无法读取$/);
  }, 30_000);

  test('a folder is searched recursively for .xlsx, skipping Excel lock files', async () => {
    const r = await runCli(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.stdout).files.map((f: { file: string }) => path.relative(dir, f.file));
    expect(files).toEqual(
      [
        'empty.xlsx',
        'good.xlsx',
        'huge.xlsx',
        'letter.xlsx',
        'locked.xlsx',
        'real-locked.xlsx',
        'no-table.xlsx',
        'renamed-old.xlsx',
        'text.xlsx',
        'truncated.xlsx',
      ].sort(),
    );
  }, 30_000);

  test('--max-cells lowers the limit', async () => {
    const r = await runCli(['check', '--max-cells', '50', p('good.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/超过上限 50/);
  });
});
