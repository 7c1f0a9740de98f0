/**
 * The browser tests: the production task pane (dist/addin) in Debian's headless Chromium, on a fake
 * Excel host, driven like an officer would.
 *
 *   npm run test:e2e                       builds the add-in and the CLI, then runs this
 *   node -r ./scripts/ts-register.js e2e/run.ts [--summary <file.json>] [--only <name>] [--no-shots]
 *
 * Prints one line per scenario, the budgets (gzip size of the bundle, time to first interactive
 * render) and "N passed, N failed"; writes {"passed":N,"failed":N} to --summary; exits 1 on failure.
 * Needs `npm run build:addin` (dist/addin) and `npm run build` (the CLI, for the seed comparison).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';
import { ADDIN_DIR, OFFICE_JS, serveDir, type RunEnv, type StaticServer } from './lib/harness';
import { SCENARIOS, type Scenario } from './scenarios';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD_DIR = path.join(__dirname, '.build');
/** The production bundle's gzip budget. */
export const GZIP_BUDGET_KB = 200;

interface Args {
  summary?: string;
  only?: string;
  shots: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { shots: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--summary') args.summary = argv[++i];
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--no-shots') args.shots = false;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** Bundles e2e/fake-office-host.ts (with the fake workbook) into one browser script. */
function bundleHost(): Promise<string> {
  const config: webpack.Configuration = {
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'fake-office-host.ts'),
    output: { path: BUILD_DIR, filename: 'fake-office-host.js', iife: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors())
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
      resolve(fs.readFileSync(path.join(BUILD_DIR, 'fake-office-host.js'), 'utf8'));
    });
  });
}

export interface Budgets {
  /** gzip -9 size of every .js file of dist/addin, in KiB. */
  readonly gzipKB: number;
  readonly rawKB: number;
  readonly files: { file: string; raw: number; gzip: number }[];
}

export function measureBundle(): Budgets {
  const files = fs
    .readdirSync(ADDIN_DIR)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const buf = fs.readFileSync(path.join(ADDIN_DIR, file));
      return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    });
  const sum = (k: 'raw' | 'gzip') => files.reduce((n, f) => n + f[k], 0) / 1024;
  return { gzipKB: Math.round(sum('gzip') * 10) / 10, rawKB: Math.round(sum('raw') * 10) / 10, files };
}

/** After a failure: a screenshot and the text of every pane still open, in e2e/.build/failures/. */
async function keepFailure(env: RunEnv, name: string): Promise<void> {
  const dir = path.join(BUILD_DIR, 'failures');
  fs.mkdirSync(dir, { recursive: true });
  const slug =
    name
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'scenario';
  for (const [i, p] of env.open.entries()) {
    try {
      await p.page.screenshot({ path: path.join(dir, `${slug}-${i}.png`), fullPage: true });
      fs.writeFileSync(
        path.join(dir, `${slug}-${i}.txt`),
        await p.page.evaluate(() => document.body.innerText),
      );
      console.log(`      kept e2e/.build/failures/${slug}-${i}.png and .txt`);
    } catch {
      // the page may be gone
    }
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  let passed = 0;
  let failed = 0;
  const writeSummary = () => {
    if (args.summary) fs.writeFileSync(args.summary, JSON.stringify({ passed, failed }) + '\n');
  };

  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  try {
    const html = path.join(ADDIN_DIR, 'taskpane.html');
    if (!fs.existsSync(html))
      throw new Error('dist/addin/taskpane.html is missing: run npm run build:addin first');
    if (
      !new RegExp(`<script[^>]*\\ssrc="?${OFFICE_JS.replace(/[.]/g, '\\.')}"?[\\s>]`).test(
        fs.readFileSync(html, 'utf8'),
      )
    ) {
      throw new Error(`dist/addin/taskpane.html does not load office.js from ${OFFICE_JS}`);
    }
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium fonts-noto-cjk`,
      );
    }
    const hostBundle = await bundleHost();
    server = await serveDir(ADDIN_DIR);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--font-render-hinting=none',
      ],
    });
    const env: RunEnv = {
      browser,
      server,
      hostBundle,
      interactiveTimes: [],
      screenshots: [],
      writeShots: args.shots,
      open: [],
    };
    const scenarios: readonly Scenario[] = args.only
      ? SCENARIOS.filter((s) => s.name.includes(args.only!))
      : SCENARIOS;
    if (scenarios.length === 0) throw new Error(`no scenario matches ${args.only}`);
    console.log(`e2e: Chromium ${browser.version()}, serving dist/addin at ${server.origin}`);

    for (const s of scenarios) {
      const start = Date.now();
      try {
        await s.run(env);
        passed++;
        console.log(`  ok    ${s.name} (${Date.now() - start} ms)`);
      } catch (e) {
        failed++;
        const msg =
          e instanceof Error ? (e.name === 'AssertionError' ? e.message : (e.stack ?? e.message)) : String(e);
        console.log(
          `  FAIL  ${s.name} (${Date.now() - start} ms)\n      ${msg.split('\n').join('\n      ')}`,
        );
        await keepFailure(env, s.name);
      }
      for (const p of [...env.open]) await p.close().catch(() => undefined);
    }

    const b = measureBundle();
    const tti = env.interactiveTimes;
    console.log(
      `budgets: production JS ${b.gzipKB} KiB gzip -9 (${b.rawKB} KiB raw; goal ≤ ${GZIP_BUDGET_KB} KiB${b.gzipKB > GZIP_BUDGET_KB ? ', OVER THE GOAL' : ''}); ` +
        `first interactive render ${Math.round(tti[0] ?? NaN)} ms (first load), median ${Math.round(median(tti))} ms over ${tti.length} loads`,
    );
    if (env.screenshots.length)
      console.log(`screenshots: ${env.screenshots.length} files in docs/screenshots/`);
    fs.mkdirSync(BUILD_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(BUILD_DIR, 'report.json'),
      JSON.stringify(
        { passed, failed, budgets: b, interactiveMs: tti, screenshots: env.screenshots },
        null,
        2,
      ) + '\n',
    );
  } catch (e) {
    failed++;
    console.log(`  FAIL  setup\n      ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
  console.log(`e2e finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  writeSummary();
  return failed === 0 && passed > 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
