/**
 * The built command (`npm run build`, then `node bin/jixiao.js …`) as scripts and CI call it, and the
 * committed example workbook against the script that makes it. The build goes to a private copy of
 * the bin/ + dist/ layout under tmp/ (inside the checkout, so node_modules resolve), so a concurrent
 * `npm run build` cannot pull dist/ from under the test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsx-reader';
import { STACK_RE } from './helpers/run';

const ROOT = path.resolve(__dirname, '../..');
const REAL_BIN = path.join(ROOT, 'bin', 'jixiao.js');
let BIN: string;
let build: string;
let dir: string;

const jixiao = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });

beforeAll(async () => {
  await fs.mkdir(path.join(ROOT, 'tmp'), { recursive: true });
  build = await fs.mkdtemp(path.join(ROOT, 'tmp', 'bin-test-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.cli.json',
      '--outDir',
      path.join(build, 'dist'),
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  await fs.mkdir(path.join(build, 'bin'));
  BIN = path.join(build, 'bin', 'jixiao.js');
  await fs.copyFile(REAL_BIN, BIN);
  await fs.copyFile(path.join(ROOT, 'package.json'), path.join(build, 'package.json'));
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-bin-'));
  for (let i = 0; i < 12; i++)
    await fs.copyFile(path.join(ROOT, 'examples/seed.xlsx'), path.join(dir, `copy-${i}.xlsx`));
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(build, { recursive: true, force: true });
});

test('package.json declares the bin', async () => {
  const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.bin.jixiao).toBe('bin/jixiao.js');
  expect((await fs.readFile(REAL_BIN, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(jixiao(['--version']).stdout).toBe(`${pkg.version}\n`);
});

test('check the bundled example: exit 1, one JSON document', () => {
  const r = jixiao(['check', '--format', 'json', 'examples/seed.xlsx']);
  expect(r.status).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(doc.summary.files).toBe(1);
  expect(doc.summary.tables).toBe(13);
  expect(doc.files[0].file).toBe('examples/seed.xlsx');
}, 60_000);

test('--jobs 2 (worker threads) gives the same document as --jobs 1', () => {
  const one = jixiao(['check', '--format', 'json', '--jobs', '1', dir]);
  const two = jixiao(['check', '--format', 'json', '--jobs', '2', dir]);
  expect(two.status).toBe(1);
  expect(two.stdout).toBe(one.stdout);
  expect(JSON.parse(two.stdout).files).toHaveLength(12);
}, 120_000);

test('bad input through the real process: one line, exit 2, no stack trace', async () => {
  const bad = path.join(dir, 'zero.xlsx');
  await fs.writeFile(bad, '');
  const r = jixiao([
    'check',
    '--jobs',
    '2',
    bad,
    path.join(dir, 'missing.xlsx'),
    path.join(dir, 'copy-0.xlsx'),
  ]);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toMatch(STACK_RE);
  expect(r.stdout).toMatch(/zero\.xlsx: 文件是空的/);
  expect(r.stdout).toMatch(/missing\.xlsx: 找不到此文件或文件夹/);
  const u = jixiao(['chekc', 'x']);
  expect(u.status).toBe(2);
  expect(u.stderr).toBe('未知命令：chekc。可用命令：check、template、annotate（jixiao --help 查看用法）\n');
}, 60_000);

test('examples/seed.xlsx is what scripts/make-example.js makes', async () => {
  const fresh = path.join(dir, 'fresh-seed.xlsx');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/make-example.js'), fresh], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  const committed = await readWorkbookFile(path.join(ROOT, 'examples/seed.xlsx'));
  const made = await readWorkbookFile(fresh);
  expect(made.grids).toEqual(committed.grids);
}, 60_000);

test('a reader that closes the pipe early (| head) ends the run quietly, without a stack trace', () => {
  const r = spawnSync(
    '/bin/sh',
    ['-c', `"${process.execPath}" "${BIN}" check --format json "${dir}" | head -c 10`],
    { encoding: 'utf8', cwd: ROOT },
  );
  expect(r.stdout).toBe('{"files":[');
  expect(r.stderr).not.toMatch(STACK_RE);
  expect(r.stderr).not.toMatch(/EPIPE/);
}, 60_000);
