#!/usr/bin/env node
/**
 * npm run bench:cli — checks 100 copies of examples/seed.xlsx in one run and compares the time with
 * exceljs merely loading the same files (the floor). Goal: the whole run ≤ 1.3 × load-only.
 *
 * Times: one child process runs, after a warm-up, ROUNDS rounds of [load-only, check --jobs 2,
 * check (default: one thread)] interleaved, so that all three see the same machine load; medians are
 * reported. The check goes through the CLI's entry function, main(['check', '--format', 'json',
 * <folder>]), exactly what `jixiao check` does. Peak RSS: a fresh child per mode, one pass each.
 * Finally one cold `node bin/jixiao.js check <folder>` is timed as a user would see it.
 *
 * Options: --copies N (default 100), --rounds N (default 7). Needs `npm run build` (dist/).
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

// ---- child side -----------------------------------------------------------------------------
function passes(folder) {
  const ExcelJS = require(path.join(ROOT, 'node_modules', 'exceljs'));
  const { main } = require(path.join(ROOT, 'dist', 'cli', 'main.js'));
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(folder, f));
  // wall time and CPU time (user + system, all threads of this process) in ms
  const clock = async (fn) => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    const c = process.cpuUsage(c0);
    return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000 };
  };
  // stdout is collected as a pipe would receive it; a pass starts with an empty buffer
  let chunks = [];
  const io = {
    stdout: { write: (s) => chunks.push(s), isTTY: false },
    stderr: { write: (s) => process.stderr.write(s) },
    env: {},
  };
  return {
    files: files.length,
    load: () =>
      clock(async () => {
        for (const f of files) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(fs.readFileSync(f));
        }
      }),
    check: (jobs) =>
      clock(async () => {
        chunks = [];
        const code = await main(
          ['check', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : []), folder],
          io,
        );
        if (code !== 1) throw new Error(`unexpected exit status ${code}`);
      }),
    summary: () => JSON.parse(chunks.join('')).summary,
  };
}

async function child(mode, folder, rounds) {
  const p = passes(folder);
  const out = { files: p.files };
  if (mode === 'times') {
    await p.load();
    await p.check(2);
    await p.check(0); // warm-up
    out.load = [];
    out.check2 = [];
    out.check = [];
    for (let i = 0; i < rounds; i++) {
      out.load.push(await p.load());
      out.check2.push(await p.check(2));
      out.check.push(await p.check(0));
    }
    out.summary = p.summary();
  } else if (mode === 'load') {
    out.time = await p.load();
  } else {
    out.time = await p.check(mode === 'check2' ? 2 : 0);
  }
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out));
}

// ---- parent side ----------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function runChild(mode, folder, rounds) {
  const r = spawnSync(process.execPath, [__filename, '--child', mode, folder, String(rounds)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function parent() {
  const copies = arg('--copies', 100);
  const rounds = arg('--rounds', 7);
  const example = path.join(ROOT, 'examples', 'seed.xlsx');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    console.error('bench-cli: run `npm run build` first');
    process.exit(2);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  for (let i = 0; i < copies; i++)
    fs.copyFileSync(example, path.join(folder, `seed-${String(i).padStart(3, '0')}.xlsx`));
  const bytes = fs.statSync(example).size;
  console.log(
    `jixiao check: ${copies} copies of examples/seed.xlsx (${(bytes / 1024).toFixed(1)} KiB, 13 tables each)`,
  );
  console.log(
    `node ${process.version}, ${os.cpus().length} CPU(s); ${rounds} interleaved rounds after a warm-up, medians`,
  );

  const load0 = os.loadavg()[0];
  const t = runChild('times', folder, rounds);
  const load1 = os.loadavg()[0];
  const rss = {
    load: runChild('load', folder, 1),
    check2: runChild('check2', folder, 1),
    check: runChild('check', folder, 1),
  };

  const t0 = process.hrtime.bigint();
  const cold = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'check', folder], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const tCold = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(folder, { recursive: true, force: true });

  const wall = (xs) => median(xs.map((x) => x.wall));
  const cpu = (xs) => median(xs.map((x) => x.cpu));
  const tLoad = wall(t.load);
  const tCheck2 = wall(t.check2);
  const tCheck = wall(t.check);
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rate = (ms) => `${(copies / (ms / 1000)).toFixed(1)} files/s`;
  const rows = [
    ['exceljs load only (the floor)', fmt(tLoad), rate(tLoad), `${rss.load.maxRssMB.toFixed(0)} MB`],
    ['jixiao check (default, 1 thread)', fmt(tCheck), rate(tCheck), `${rss.check.maxRssMB.toFixed(0)} MB`],
    ['jixiao check --jobs 2', fmt(tCheck2), rate(tCheck2), `${rss.check2.maxRssMB.toFixed(0)} MB`],
    ['node bin/jixiao.js check (cold)', fmt(tCold), rate(tCold), ''],
  ];
  console.log('');
  const cpus = [fmt(cpu(t.load)), fmt(cpu(t.check)), fmt(cpu(t.check2)), ''];
  console.log(
    `${'run'.padEnd(34)}${'wall'.padStart(9)}${'rate'.padStart(16)}${'peak RSS'.padStart(11)}${'CPU'.padStart(9)}`,
  );
  rows.forEach(([a, b, c, d], i) =>
    console.log(`${a.padEnd(34)}${b.padStart(9)}${c.padStart(16)}${d.padStart(11)}${cpus[i].padStart(9)}`),
  );
  console.log('');
  const ms = (xs) => xs.map((x) => x.wall.toFixed(0)).join(' ');
  console.log(`rounds (ms): load ${ms(t.load)} | default ${ms(t.check)} | --jobs 2 ${ms(t.check2)}`);
  console.log(
    `load average before/after: ${load0.toFixed(2)} / ${load1.toFixed(2)} on ${os.cpus().length} CPU(s) (other processes skew times)`,
  );
  const s = t.summary;
  console.log(
    `findings per run: ${s.tables} tables, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; cold run exit ${cold.status}`,
  );
  const r = tCheck / tLoad;
  console.log(
    `ratio check / load-only (wall):   ${r.toFixed(2)}×   --jobs 2: ${(tCheck2 / tLoad).toFixed(2)}×`,
  );
  console.log(
    `ratio check / load-only (CPU):    ${(cpu(t.check) / cpu(t.load)).toFixed(2)}×   (CPU time is less sensitive to other processes)`,
  );
  console.log(`goal ≤ ${GOAL}× (default run): ${r <= GOAL ? 'met' : 'NOT met'}`);
  if (r > GOAL) process.exitCode = 1;
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], Number(process.argv[5])).catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  });
} else {
  parent();
}
