/**
 * npm run bench — read + check the seed's 13 tables repeated to 1,300 tables (100 sheets) from grids already in memory.
 * Prints median milliseconds and tables per second. Goal on the 2-core machine: ≥ 20,000 tables/s.
 */
import { SEED_TABLES } from '../tests/fixtures/seed/seed-tables';
import { buildSeedGrid } from '../tests/fixtures/seed/build-seed-grid';
import { checkWorkbook, type Grid } from '../src/core';

const COPIES = Number(process.env.BENCH_COPIES ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const base = buildSeedGrid(SEED_TABLES).grid;
const grids: Grid[] = Array.from({ length: COPIES }, (_, i) => ({ ...base, sheet: `绩效目标${i + 1}` }));

// warm-up (JIT)
for (let i = 0; i < 5; i++) checkWorkbook(grids);

const times: number[] = [];
const cpu: number[] = [];
let tables = 0;
let rows = 0;
let findings = 0;
for (let i = 0; i < RUNS; i++) {
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
const median = times[Math.floor(times.length / 2)];
const medianCpu = cpu[Math.floor(cpu.length / 2)];
const perSec = Math.round(tables / (median / 1000));
const perCpuSec = Math.round(tables / (medianCpu / 1000));
console.log(`bench: read + check ${tables} tables (${rows} indicator rows, ${findings} findings) from in-memory grids`);
console.log(`bench: ${RUNS} runs: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
console.log(`bench: CPU time of this process per run: median ${medianCpu.toFixed(1)} ms (includes GC threads; wall time is inflated when other work shares the cores)`);
console.log(`bench: ${perSec.toLocaleString('en-US')} tables/s wall, ${perCpuSec.toLocaleString('en-US')} tables/s per CPU-second (goal ≥ 20,000 tables/s) ${perSec >= 20000 ? 'MET' : 'NOT MET'}`);
