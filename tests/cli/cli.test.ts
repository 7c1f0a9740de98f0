/** The command line contract (spec/cli.md): exit codes, JSON shape, text format, options. */
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { correctedSeedTables } from '../fixtures/seed/seed-corrected';
import { fromA1 } from '../../src/core/model/address';
import { runCli, STACK_RE } from './helpers/run';
import { gridsToXlsx } from './helpers/workbooks';
import { gridFromRows } from '../../src/core/model/grid';

// ANSI escapes, built from the ESC character
const ESC = String.fromCharCode(27);
const ESC_RE = new RegExp(`${ESC}\\[`);
const RED_ERROR = `${ESC}[31merror${ESC}[0m`;

let dir: string;
const p = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-cli-'));
  await fs.writeFile(p('seed.xlsx'), await gridsToXlsx([buildSeedGrid(SEED_TABLES).grid]));
  await fs.writeFile(p('clean.xlsx'), await gridsToXlsx([buildSeedGrid(correctedSeedTables()).grid]));
  // two sheets, the second one hidden, so sorting by sheet and hidden sheets show
  const a = buildSeedGrid(SEED_TABLES.slice(2, 3), 'B表').grid;
  const b = { ...buildSeedGrid(SEED_TABLES.slice(0, 1), 'A表').grid, hidden: true };
  await fs.writeFile(p('two-sheets.xlsx'), await gridsToXlsx([a, b]));
  // a #REF! left by a deleted sheet, in a 指标值 cell of table 1
  const { grid, locate } = buildSeedGrid(SEED_TABLES.slice(0, 1));
  const at = locate.row(1, '服务满意度', 'value');
  const cells = grid.cells.map((r) => (r ? r.slice() : r));
  cells[at.row]![at.col] = { value: '#REF!', text: '#REF!', error: '#REF!' };
  await fs.writeFile(p('ref-error.xlsx'), await gridsToXlsx([{ ...grid, cells }]));
  // 海南 美兰 2017 (tests/corpus): level names, sentences and grade bands, but no grid the reader can read
  await fs.writeFile(
    p('unreadable.xlsx'),
    await gridsToXlsx([
      gridFromRows('项目绩效目标表', [
        ['项目绩效目标表'],
        ['项目名称:关于下达区文体局乡镇(社区)文体广场建设经费'],
        ['指标类型', '指标名称', '绩效目标', '绩效标准'],
        [
          '产出指标',
          '7个社区(乡镇)文体广场改建或新建工作',
          '完成区政府为民办实事',
          '满意率98%以上',
          '满意率80%以上',
        ],
        ['成效指标', '社会效益', '极大的丰富和活跃了人民群众的文体生活', '满意率98%以上', '满意率80%以上'],
      ]),
    ]),
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('exit status', () => {
  test('0 when no finding is an error', async () => {
    const r = await runCli(['check', p('clean.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/共 1 个文件，13 张表：0 个错误，0 个警告，0 条提示/);
  });
  test('1 when at least one finding is an error', async () => {
    const r = await runCli(['check', p('seed.xlsx')]);
    expect(r.code).toBe(1);
  });
  test('1 for a workbook whose only indicator table cannot be read (table-unreadable), never a clean 0', async () => {
    const r = await runCli(['check', p('unreadable.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/A3 +error +table-unreadable +此处像是一张绩效指标表（识别到：.*三级指标列/);
    const j = await runCli(['check', '--format', 'json', '--lang', 'en', p('unreadable.xlsx')]);
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.stdout);
    expect(
      doc.files[0].diagnostics.map((d: { rule: string; cell: string }) => `${d.cell} ${d.rule}`),
    ).toEqual(['A3 table-unreadable']);
    expect(doc.files[0].tables[0].layout).toBe('unreadable');
  });
  test('2 when a file cannot be read, even with error findings elsewhere', async () => {
    const r = await runCli(['check', p('seed.xlsx'), p('nope.xlsx')]);
    expect(r.code).toBe(2);
  });
  test.each([
    [['frobnicate'], /未知命令：frobnicate/],
    [[], /缺少命令/],
    [['check'], /缺少要检查的文件或文件夹/],
    [['check', '--format', 'xml', 'a.xlsx'], /--format 的取值无效：xml（可用：text, json）/],
    [['check', '--lang'], /--lang 缺少取值/],
    [['check', '--colour', 'a.xlsx'], /未知选项：--colour/],
    [['check', '--profile', '99', 'a.xlsx'], /--profile 的取值无效/],
    [['template'], /缺少模板编号。可用模板：project-seed, project-88, department, project-101/],
    [['template', 'project-99', '--out', 'x.xlsx'], /未知模板：project-99/],
    [['template', 'project-seed'], /缺少 --out/],
    [['annotate', 'a.xlsx'], /缺少 --out/],
    [['check', '--out', 'x.xlsx', 'a.xlsx'], /check 不写文件.*jixiao annotate/],
    [['check', '-'], /check 不从标准输入读取/],
  ])('2 for a usage error: %j', async (argv, re) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_RE);
  });
  test('usage errors in English with --lang en', async () => {
    const r = await runCli(['check', '--lang', 'en', '--format', 'yaml', 'x.xlsx']);
    expect(r.stderr).toBe('invalid value for --format: yaml (allowed: text, json)\n');
  });
  test('--help and --version', async () => {
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/jixiao check \[选项\]/);
    const he = await runCli(['check', '--help', '--lang', 'en']);
    expect(he.stdout).toMatch(/Exit status: 0 no error; 1 at least one error; 2 usage error/);
    const v = await runCli(['--version']);
    expect(v.stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version,
    );
  });
});

describe('--format json', () => {
  let doc: any;
  beforeAll(async () => {
    const r = await runCli(['check', '--format', 'json', p('seed.xlsx')]);
    expect(r.code).toBe(1);
    doc = JSON.parse(r.stdout); // exactly one JSON document
  });

  test('has the shape of cli.md', () => {
    expect(Object.keys(doc)).toEqual(['files', 'summary']);
    const f = doc.files[0];
    expect(Object.keys(f).slice(0, 4)).toEqual(['file', 'error', 'tables', 'diagnostics']);
    expect(f.file).toBe(p('seed.xlsx'));
    expect(f.error).toBeNull();
    expect(f.tables).toHaveLength(13);
    for (const t of f.tables) {
      expect(Object.keys(t)).toEqual(['sheet', 'range', 'title', 'layout', 'profile']);
      expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(t.layout).toBe('project-seed');
      expect(t.profile).toBe('88');
    }
    expect(f.tables[0].title).toBe(SEED_TABLES[0].title);
    for (const d of f.diagnostics) {
      expect(Object.keys(d)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message', 'related', 'fix']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.cell).toMatch(/^[A-Z]+\d+$/);
      expect(Array.isArray(d.related)).toBe(true);
      expect(d.fix === null || (typeof d.fix.cell === 'string' && typeof d.fix.value === 'string')).toBe(
        true,
      );
      expect(d.message.length).toBeGreaterThan(0);
    }
  });

  test('the summary counts what the files hold', () => {
    const ds = doc.files.flatMap((f: any) => f.diagnostics);
    expect(doc.summary).toEqual({
      files: 1,
      tables: 13,
      errors: ds.filter((d: any) => d.severity === 'error').length,
      warnings: ds.filter((d: any) => d.severity === 'warning').length,
      infos: ds.filter((d: any) => d.severity === 'info').length,
    });
    expect(doc.summary.errors).toBeGreaterThan(0);
  });

  test('a known seed finding with its fix: 百分比 → %', () => {
    const d = doc.files[0].diagnostics.find((x: any) => x.rule === 'value-normalize');
    expect(d.fix.value).toMatch(/^[≥≤=]\d+%$/);
    expect(d.fix.cell).toBe(d.cell);
  });

  test('findings are sorted by sheet (workbook order), row, column', async () => {
    const r = await runCli(['check', '--format', 'json', p('two-sheets.xlsx')]);
    const f = JSON.parse(r.stdout).files[0];
    const order = f.sheets.map((s: any) => s.name);
    expect(order).toEqual(['B表', 'A表']);
    const ds = f.diagnostics;
    expect(ds.length).toBeGreaterThan(5);
    const keys = ds.map((d: any) => {
      const a = fromA1(d.cell)!;
      return [order.indexOf(d.sheet), a.row, a.col] as const;
    });
    for (let i = 1; i < keys.length; i++) {
      const [s0, r0, c0] = keys[i - 1];
      const [s1, r1, c1] = keys[i];
      expect(s0 < s1 || (s0 === s1 && (r0 < r1 || (r0 === r1 && c0 <= c1)))).toBe(true);
    }
    expect(ds[0].sheet).toBe('B表');
    expect(ds[ds.length - 1].sheet).toBe('A表');
  });

  test('hidden sheets are checked and named', async () => {
    const r = await runCli(['check', '--format', 'json', p('two-sheets.xlsx')]);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.tables.map((t: any) => t.sheet).sort()).toEqual(['A表', 'B表']);
    expect(f.sheets).toEqual([
      { name: 'B表', hidden: false, state: 'visible' },
      { name: 'A表', hidden: true, state: 'hidden' },
    ]);
    expect(f.notes[0]).toBe('隐藏的工作表：A表（已一并检查）');
  });
});

describe('error values', () => {
  test('a #REF! in a table is a cell-error finding at its cell, not a crash', async () => {
    const r = await runCli(['check', '--format', 'json', p('ref-error.xlsx')]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.error).toBeNull();
    const d = f.diagnostics.find((x: any) => x.rule === 'cell-error');
    expect(d).toMatchObject({ severity: 'error', cell: 'E22' });
    expect(d.message).toContain('#REF!');
  });
});

describe('--format text', () => {
  test('grouped by file and table, one line per finding, then the summary', async () => {
    const r = await runCli(['check', p('seed.xlsx')]);
    const lines = r.stdout.trimEnd().split('\n');
    const json = JSON.parse((await runCli(['check', '--format', 'json', p('seed.xlsx')])).stdout);
    expect(lines[0]).toBe(p('seed.xlsx'));
    expect(lines[1]).toBe(
      `  表 ${json.files[0].tables[0].range}（绩效目标）：${SEED_TABLES[0].title}  [project-seed，口径 88]`,
    );
    expect(json.files[0].tables[0].range).toMatch(/^A5:[FG]22$/);
    const finding = /^ {4}绩效目标![A-Z]+\d+ {2}(error|warning|info) {2}[a-z0-9-]+ {2}\S/;
    const findings = lines.filter((l) => finding.test(l));
    expect(findings).toHaveLength(json.files[0].diagnostics.length);
    expect(lines.filter((l) => l.startsWith('  表 '))).toHaveLength(13);
    const s = json.summary;
    expect(lines[lines.length - 1]).toBe(
      `共 1 个文件，13 张表：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示`,
    );
    expect(r.stdout).not.toMatch(ESC_RE);
  });

  test('messages in English with --lang en', async () => {
    const r = await runCli(['check', '--lang', 'en', p('seed.xlsx')]);
    expect(r.stdout).toMatch(/^ {2}table A5:[FG]22 \(绩效目标\): 1\..*\[project-seed, profile 88\]$/m);
    expect(r.stdout).toMatch(
      /^1 file\(s\), 13 table\(s\): \d+ error\(s\), \d+ warning\(s\), \d+ info\(s\)$/m,
    );
    // the findings themselves come from the core in English
    expect(r.stdout).toMatch(/ value-normalize {2}[A-Z]/);
  });

  test('colours only on a TTY, and never with NO_COLOR', async () => {
    const tty = await runCli(['check', p('seed.xlsx')], { tty: true });
    expect(tty.stdout).toContain(RED_ERROR);
    const noColor = await runCli(['check', p('seed.xlsx')], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ESC_RE);
    const json = await runCli(['check', '--format', 'json', p('seed.xlsx')], { tty: true });
    expect(json.stdout).not.toMatch(ESC_RE);
  });
});

describe('--config and --profile', () => {
  test('rule severities from a config file', async () => {
    await fs.writeFile(
      p('cfg.json'),
      JSON.stringify({ rules: { 'value-normalize': 'off', direction: 'warning' } }),
    );
    const base = JSON.parse((await runCli(['check', '--format', 'json', p('seed.xlsx')])).stdout).files[0]
      .diagnostics;
    const r = await runCli(['check', '--format', 'json', '--config', p('cfg.json'), p('seed.xlsx')]);
    const ds = JSON.parse(r.stdout).files[0].diagnostics;
    expect(base.some((d: any) => d.rule === 'value-normalize')).toBe(true);
    expect(ds.some((d: any) => d.rule === 'value-normalize')).toBe(false);
    const dir0 = base.filter((d: any) => d.rule === 'direction');
    const dir1 = ds.filter((d: any) => d.rule === 'direction');
    expect(dir0.length).toBeGreaterThan(0);
    expect(dir0.every((d: any) => d.severity === 'error')).toBe(true);
    expect(dir1.map((d: any) => d.cell)).toEqual(dir0.map((d: any) => d.cell));
    expect(dir1.every((d: any) => d.severity === 'warning')).toBe(true);
  });

  test('a thresholds setting: satisfactionMin', async () => {
    await fs.writeFile(p('strict.json'), JSON.stringify({ satisfactionMin: 95 }));
    const base = JSON.parse((await runCli(['check', '--format', 'json', p('clean.xlsx')])).stdout).files[0]
      .diagnostics;
    const strict = JSON.parse(
      (await runCli(['check', '--format', 'json', '--config', p('strict.json'), p('clean.xlsx')])).stdout,
    ).files[0].diagnostics;
    expect(base.filter((d: any) => d.rule === 'satisfaction-misplaced')).toHaveLength(0);
    expect(strict.filter((d: any) => d.rule === 'satisfaction-misplaced').length).toBeGreaterThan(0);
  });

  test('a bad config file is a usage error in one line', async () => {
    await fs.writeFile(p('bad.json'), '{ rules: ');
    const r = await runCli(['check', '--config', p('bad.json'), p('seed.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^配置文件无法使用：.*bad\.json（JSON: /);
    await fs.writeFile(
      p('typo.json'),
      JSON.stringify({ rules: { drection: 'warning' }, satisfactionMin: 'high' }),
    );
    const typo = await runCli(['check', '--config', p('typo.json'), p('seed.xlsx')]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr.split('\n')).toHaveLength(2);
    expect(typo.stderr).toMatch(/typo\.json（.*satisfactionMin: /);
    await fs.writeFile(p('rule-typo.json'), JSON.stringify({ rules: { drection: 'warning' } }));
    const ruleTypo = await runCli(['check', '--config', p('rule-typo.json'), p('seed.xlsx')]);
    expect(ruleTypo.stderr).toMatch(/rules\.drection: unknown rule id "drection"/);
    const missing = await runCli(['check', '--lang', 'en', '--config', p('none.json'), p('seed.xlsx')]);
    expect(missing.stderr).toMatch(/^cannot use the config file .*none\.json \(no such file or folder\)\n$/);
  });

  test('--profile 101 forces the profile', async () => {
    const r = await runCli(['check', '--format', 'json', '--profile', '101', p('seed.xlsx')]);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.tables.every((t: any) => t.profile === '101')).toBe(true);
  });
});
