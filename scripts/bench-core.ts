/**
 * npm run bench — read + check the seed's 13 tables repeated to 1,300 tables (100 sheets) from grids already in memory.
 * Prints median milliseconds and tables per second. Goal on the 2-core machine: ≥ 20,000 tables/s.
 *
 * Headline ("fresh"): every timed run gets freshly built grids whose strings are new objects, as a real front end
 * delivers them (V8 caches a string's hash on the string object, so re-checking the very same grids would flatter
 * every text-keyed cache). The grids are rebuilt with JSON.parse(JSON.stringify(...)) outside the timed section.
 * For comparison, the old figure ("reused": the same grid objects every run) is printed too.
 */
import { SEED_TABLES } from '../tests/fixtures/seed/seed-tables';
import { buildSeedGrid } from '../tests/fixtures/seed/build-seed-grid';
import { checkWorkbook, type Grid } from '../src/core';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const base = buildSeedGrid(SEED_TABLES).grid;
const json = JSON.stringify(
  Array.from({ length: COPIES }, (_, i) => ({ ...base, sheet: `绩效目标${i + 1}` })),
);
const freshGrids = (): Grid[] => JSON.parse(json) as Grid[];
const reused = freshGrids();

interface Figures {
  median: number;
  min: number;
  max: number;
  medianCpu: number;
  tables: number;
  rows: number;
  findings: number;
}

function measure(fresh: boolean): Figures {
  // warm-up (JIT)
  for (let i = 0; i < 5; i++) checkWorkbook(fresh ? freshGrids() : reused);
  const times: number[] = [];
  const cpu: number[] = [];
  let tables = 0;
  let rows = 0;
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const grids = fresh ? freshGrids() : reused;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const r = checkWorkbook(grids);
    const t1 = process.hrtime.bigint();
    const c1 = process.cpuUsage(c0);
    times.push(Number(t1 - t0) / 1e6);
    cpu.push((c1.user + c1.system) / 1000);
    tables = r.tables.length;
    rows = r.read.reduce((n, t) => n + t.rows.length, 0);
    findings = r.diagnostics.length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times[times.length - 1],
    medianCpu: cpu[Math.floor(cpu.length / 2)],
    tables,
    rows,
    findings,
  };
}

function print(label: string, f: Figures, headline: boolean): void {
  const perSec = Math.round(f.tables / (f.median / 1000));
  const perCpuSec = Math.round(f.tables / (f.medianCpu / 1000));
  console.log(
    `bench [${label}]: ${RUNS} runs: median ${f.median.toFixed(1)} ms, min ${f.min.toFixed(1)} ms, max ${f.max.toFixed(1)} ms; CPU per run: median ${f.medianCpu.toFixed(1)} ms`,
  );
  const verdict = headline ? ` (goal ≥ 20,000 tables/s) ${perSec >= 20000 ? 'MET' : 'NOT MET'}` : '';
  console.log(
    `bench [${label}]: ${perSec.toLocaleString('en-US')} tables/s wall, ${perCpuSec.toLocaleString('en-US')} tables/s per CPU-second${verdict}`,
  );
}

const fresh = measure(true);
const old = measure(false);
console.log(
  `bench: read + check ${fresh.tables} tables (${fresh.rows} indicator rows, ${fresh.findings} findings) from in-memory grids`,
);
console.log('bench: CPU time includes GC threads; wall time is inflated when other work shares the cores');
print('fresh strings, headline', fresh, true);
print('reused grids, old figure', old, false);
