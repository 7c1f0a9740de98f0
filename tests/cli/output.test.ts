/** The streamed JSON is byte for byte JSON.stringify of the whole document, indented or compact. */
import { toJson, toText, Tally } from '../../src/cli/output';
import type { FileResult } from '../../src/cli/check';

const ok: FileResult = {
  file: 'a.xlsx',
  error: null,
  errorId: null,
  tables: [
    {
      sheet: 'S 1',
      range: { top: 0, left: 0, bottom: 9, right: 5 },
      title: 'T',
      layout: 'project-seed',
      profile: '88',
    },
  ],
  diagnostics: [
    {
      ruleId: 'direction',
      severity: 'error',
      messageId: 'm',
      data: {},
      message: '应写“≤”',
      sheet: 'S 1',
      cell: { row: 4, col: 4 },
      related: [
        { sheet: 'S 1', cell: { row: 1, col: 2 } },
        { sheet: '其他', cell: { row: 0, col: 0 } },
      ],
      fix: { sheet: 'S 1', cell: { row: 4, col: 4 }, value: '≤5%' },
      suggestions: [],
      table: 0,
    },
    {
      ruleId: 'typo',
      severity: 'info',
      messageId: 'm',
      data: {},
      message: 'x',
      sheet: 'S 1',
      cell: { row: 20, col: 0 },
      related: [],
      fix: null,
      suggestions: [],
      table: -1,
    },
  ],
  sheets: [{ name: 'S 1', state: 'visible', cells: 10 }],
  notes: [],
};
const bad: FileResult = {
  file: 'b.xlsx',
  error: '文件是空的',
  errorId: 'empty-file',
  tables: [],
  diagnostics: [],
  sheets: [],
  notes: [],
};

function expected(results: FileResult[]) {
  const t = new Tally();
  results.forEach((r) => t.add(r));
  return {
    files: results.map((r) => ({
      file: r.file,
      error: r.error,
      tables: r.tables.map((x) => ({
        sheet: x.sheet,
        range: 'A1:F10',
        title: x.title,
        layout: x.layout,
        profile: x.profile,
      })),
      diagnostics: r.diagnostics.map((d) =>
        d.ruleId === 'direction'
          ? {
              rule: 'direction',
              severity: 'error',
              sheet: 'S 1',
              cell: 'E5',
              message: '应写“≤”',
              related: ['C2', '其他!A1'],
              fix: { cell: 'E5', value: '≤5%' },
            }
          : {
              rule: 'typo',
              severity: 'info',
              sheet: 'S 1',
              cell: 'A21',
              message: 'x',
              related: [],
              fix: null,
            },
      ),
      sheets: r.sheets.map((s) => ({ name: s.name, hidden: false, state: 'visible' })),
      notes: r.notes,
    })),
    summary: t.summary,
  };
}

test.each([[[ok, bad]], [[bad]], [[]]] as FileResult[][][])('json for %#', (results) => {
  const doc = expected(results);
  expect(toJson(results, true)).toBe(JSON.stringify(doc, null, 2) + '\n');
  expect(toJson(results, false)).toBe(JSON.stringify(doc) + '\n');
});

test('text: findings under their table, the rest under "outside any table", quoted sheet names', () => {
  const text = toText([ok, bad], 'en', false);
  expect(text).toBe(
    [
      'a.xlsx',
      '  table A1:F10 (S 1): T  [project-seed, profile 88]',
      "    'S 1'!E5  error  direction  应写“≤”",
      '  outside any table',
      "    'S 1'!A21  info  typo  x",
      'b.xlsx: 文件是空的',
      '',
      '2 file(s), 1 table(s): 1 error(s), 0 warning(s), 1 info(s); 1 file(s) could not be read',
      '',
    ].join('\n'),
  );
});

test('exit status from the tally', () => {
  const t = new Tally();
  expect(t.exitCode).toBe(0);
  t.add(ok);
  expect(t.exitCode).toBe(1);
  t.add(bad);
  expect(t.exitCode).toBe(2);
});

test('text: one line per finding even when the message quotes a cell with line breaks', () => {
  const wrapped: FileResult = {
    ...ok,
    diagnostics: [{ ...ok.diagnostics[0], message: '指标值“≥120\n件”缺少比较符\r\n  （示例）' }],
  };
  const lines = toText([wrapped], 'zh-CN', false).split('\n');
  expect(lines).toContain("    'S 1'!E5  error  direction  指标值“≥120 件”缺少比较符 （示例）");
});
