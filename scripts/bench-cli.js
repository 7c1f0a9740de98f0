#!/usr/bin/env node
/**
 * npm run bench:cli — checks 100 copies of examples/seed.xlsx in one run and compares the time with
 * exceljs merely loading the same files (the floor). Goal: the whole run ≤ 1.3 × load-only.
 *
 * Each measurement runs in its own Node process (so peak RSS belongs to it alone): a warm-up pass,
 * then ROUNDS timed passes; the median is reported. The full run goes through the CLI's entry
 * function, main(['check', '--format', 'json', <folder>]), exactly what `jixiao check` does.
 * Finally one cold `node bin/jixiao.js check <folder>` is timed as a user would see it.
 *
 * Options: --copies N (default 100), --rounds N (default 5). Needs `npm run build` (dist/).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const GOAL = 1.3;

function arg(name, def) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

// ---- child modes --------------------------------------------------------------------------
async function childLoad(folder, rounds) {
  const ExcelJS = require(path.join(ROOT, 'node_modules', 'exceljs'));
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(folder, f));
  const pass = async () => {
    const t0 = process.hrtime.bigint();
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(f));
    }
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  await pass(); // warm-up
  const times = [];
  for (let i = 0; i < rounds; i++) times.push(await pass());
  return { times, files: files.length };
}

async function childCheck(folder, rounds, jobs) {
  const { main } = require(path.join(ROOT, 'dist', 'cli', 'main.js'));
  let out = '';
  const io = { stdout: { write: (s) => (out += s), isTTY: false }, stderr: { write: (s) => process.stderr.write(s) }, env: {} };
  let summary;
  let code;
  const pass = async () => {
    out = '';
    const t0 = process.hrtime.bigint();
    code = await main(['check', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : []), folder], io);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    summary = JSON.parse(out).summary;
    return ms;
  };
  await pass(); // warm-up
  const times = [];
  for (let i = 0; i < rounds; i++) times.push(await pass());
  return { times, files: summary.files, summary, code };
}

async function child(mode, folder, rounds) {
  const r = mode === 'load' ? await childLoad(folder, rounds) : await childCheck(folder, rounds, mode === 'check1' ? 1 : 0);
  r.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(r));
}

// ---- parent ---------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function runChild(mode, folder, rounds) {
  const r = spawnSync(process.execPath, [__filename, '--child', mode, folder, String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function parent() {
  const copies = arg('--copies', 100);
  const rounds = arg('--rounds', 5);
  const example = path.join(ROOT, 'examples', 'seed.xlsx');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    console.error('bench-cli: run `npm run build` first');
    process.exit(2);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  for (let i = 0; i < copies; i++) fs.copyFileSync(example, path.join(folder, `seed-${String(i).padStart(3, '0')}.xlsx`));
  const bytes = fs.statSync(example).size;
  console.log(`jixiao check: ${copies} copies of examples/seed.xlsx (${(bytes / 1024).toFixed(1)} KiB, 13 tables each); ${rounds} timed passes after a warm-up, medians`);
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0] && os.cpus()[0].model}`);

  const load = runChild('load', folder, rounds);
  const check = runChild('check', folder, rounds);
  const check1 = runChild('check1', folder, rounds);
  const tLoad = median(load.times);
  const tCheck = median(check.times);
  const tCheck1 = median(check1.times);
  const ratio = tCheck / tLoad;
  const ratio1 = tCheck1 / tLoad;

  const t0 = process.hrtime.bigint();
  const cold = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'check', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const tCold = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(folder, { recursive: true, force: true });

  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [
    ['exceljs load only (floor)', fmt(tLoad), `${(load.files / (tLoad / 1000)).toFixed(1)} files/s`, `${load.maxRssMB.toFixed(0)} MB`],
    ['jixiao check, in-process', fmt(tCheck), `${(check.files / (tCheck / 1000)).toFixed(1)} files/s`, `${check.maxRssMB.toFixed(0)} MB`],
    ['jixiao check --jobs 1, in-process', fmt(tCheck1), `${(check1.files / (tCheck1 / 1000)).toFixed(1)} files/s`, `${check1.maxRssMB.toFixed(0)} MB`],
    ['node bin/jixiao.js check (cold)', fmt(tCold), `${(copies / (tCold / 1000)).toFixed(1)} files/s`, ''],
  ];
  console.log('');
  console.log(`${'run'.padEnd(34)}${'wall'.padStart(9)}${'rate'.padStart(16)}${'peak RSS'.padStart(11)}`);
  for (const [a, b, c, d] of rows) console.log(`${a.padEnd(34)}${b.padStart(9)}${c.padStart(16)}${d.padStart(11)}`);
  console.log('');
  const ms = (xs) => xs.map((t) => t.toFixed(0)).join(' ');
  console.log(`passes (ms): load ${ms(load.times)} | check ${ms(check.times)} | check --jobs 1 ${ms(check1.times)}`);
  console.log(`load average while running: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes skew the times)`);
  const s = check.summary;
  console.log(`findings per run: ${s.tables} tables, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos (exit ${check.code}); cold run exit ${cold.status}`);
  console.log(`ratio check --jobs 1 / load-only: ${ratio1.toFixed(2)}×  (one thread, like for like)`);
  console.log(`ratio check / load-only: ${ratio.toFixed(2)}×  (default threads; goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`);
  if (ratio > GOAL) process.exitCode = 1;
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], Number(process.argv[5])).catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  });
} else {
  parent();
}
