/**
 * The e2e harness: a static server for dist/addin on 127.0.0.1, the office.js CDN route answered by
 * the fake host, the block on every other outside request, and the page helpers the scenarios use
 * (tiny assertions, waiting for the pane, axe-core, keyboard reach, screenshots, timings).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Grid } from '../../src/core/model/grid';
import type { CfView, E2EApi, E2ESetup } from '../fake-office-host';
import { compositeHtml, renderComposite } from './composite';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ADDIN_DIR = path.join(ROOT, 'dist', 'addin');
export const SHOTS_DIR = path.join(ROOT, 'docs', 'screenshots');
/** The one outside URL the page may ask for: answered with the fake host, never fetched. */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export const PANE = { width: 350, height: 800 } as const;

// ------------------------------------------------------------------ assertions

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new AssertionError(message);
}

function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

export function eq<T>(actual: T, expected: T, message: string): void {
  const a = stable(actual);
  const e = stable(expected);
  if (a !== e) {
    const cut = (s: string) => (s.length > 1500 ? `${s.slice(0, 1500)}…` : s);
    throw new AssertionError(`${message}\n      expected: ${cut(e)}\n      actual:   ${cut(a)}`);
  }
}

// ------------------------------------------------------------------ server

export interface StaticServer {
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Serves a directory on 127.0.0.1 (a free port); never lists, never leaves the directory. */
export function serveDir(dir: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

// ------------------------------------------------------------------ the pane

export interface RunEnv {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** The fake host bundle (without its setup line). */
  readonly hostBundle: string;
  /** Times from navigation start to the first interactive render, one per opened pane (ms). */
  readonly interactiveTimes: number[];
  /** Screenshots written during the run (relative to the repo). */
  readonly screenshots: string[];
  /** When false, screenshots are taken but not written (--no-shots). */
  readonly writeShots: boolean;
  /** Panes opened by the running scenario (the runner closes them, after a failure it keeps a picture). */
  readonly open: Pane[];
}

export interface OpenOptions {
  readonly grids: Grid[];
  readonly displayLanguage?: string;
  /** The ExcelApi version the fake host claims. @default '1.14' */
  readonly apiVersion?: string;
  /** Wait for the first interactive render (default), or only for the page's load event. */
  readonly waitFor?: 'interactive' | 'load';
  readonly viewport?: { width: number; height: number };
}

export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Outside requests the page attempted (each one fails the scenario). */
  readonly blocked: string[];
  /** Requests to our server, by path. */
  readonly localRequests: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly dialogs: string[];
  /** Calls one method of the page's `window.__e2e`. */
  wb<K extends keyof E2EApi>(
    method: K,
    ...args: Parameters<E2EApi[K]>
  ): Promise<Awaited<ReturnType<E2EApi[K]>>>;
  /** The time this pane took from navigation start to the first interactive render (ms; NaN when not awaited). */
  readonly interactiveMs: number;
  close(): Promise<void>;
}

/**
 * Marks the first interactive render: the moment the primary "check this sheet" button exists and
 * is enabled. Runs in the page before any of its scripts.
 */
function interactiveMarker(): void {
  const w = window as unknown as { __interactiveAt?: number };
  const ready = (): boolean => {
    const buttons = document.querySelectorAll('button');
    for (const b of Array.from(buttons)) {
      const t = (b.textContent ?? '').trim();
      if ((t === '检查本工作表' || t === 'Check this sheet') && !b.disabled) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (w.__interactiveAt === undefined && ready()) {
      w.__interactiveAt = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
}

export async function openPane(env: RunEnv, options: OpenOptions): Promise<Pane> {
  const context = await env.browser.newContext({
    viewport: options.viewport ?? PANE,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  const localRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const setup: E2ESetup = {
    grids: options.grids,
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    apiVersion: options.apiVersion,
  };
  const hostScript = `window.__E2E_SETUP__ = ${JSON.stringify(setup).replace(/</g, '\\u003c')};\n${env.hostBundle}`;

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      await route.fulfill({
        status: 200,
        contentType: 'application/javascript; charset=utf-8',
        body: hostScript,
      });
      return;
    }
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      u = undefined;
    }
    if (u && u.hostname === '127.0.0.1' && u.port === String(env.server.port)) {
      localRequests.push(u.pathname);
      await route.continue();
      return;
    }
    blocked.push(url);
    await route.abort('blockedbyclient');
  });
  await context.addInitScript(interactiveMarker);

  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e && e.message ? e.message : e)));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });

  await page.goto(`${env.server.origin}/taskpane.html`, { waitUntil: 'load' });
  let interactiveMs = NaN;
  if ((options.waitFor ?? 'interactive') === 'interactive') {
    await page.waitForFunction(
      () => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
      null,
      {
        timeout: 15_000,
      },
    );
    interactiveMs = await page.evaluate(
      () => (window as unknown as { __interactiveAt: number }).__interactiveAt,
    );
    env.interactiveTimes.push(interactiveMs);
  }

  const pane: Pane = {
    page,
    context,
    blocked,
    localRequests,
    pageErrors,
    consoleErrors,
    dialogs,
    interactiveMs,
    wb: ((method: string, ...args: unknown[]) =>
      page.evaluate(
        ([m, a]) => {
          const api = (window as unknown as { __e2e: Record<string, (...x: unknown[]) => unknown> }).__e2e;
          return api[m as string](...(a as unknown[]));
        },
        [method, args] as const,
      )) as Pane['wb'],
    close: async () => {
      const i = env.open.indexOf(pane);
      if (i >= 0) env.open.splice(i, 1);
      await context.close();
    },
  };
  env.open.push(pane);
  return pane;
}

/** Fails when the page tried to reach outside, threw, or raised a dialog. */
export function assertCleanPage(pane: Pane): void {
  assert(pane.blocked.length === 0, `the page attempted outside requests: ${pane.blocked.join(', ')}`);
  assert(pane.pageErrors.length === 0, `the page threw: ${pane.pageErrors.join(' | ')}`);
  assert(pane.dialogs.length === 0, `the page opened dialogs: ${pane.dialogs.join(' | ')}`);
  assert(pane.consoleErrors.length === 0, `the page logged errors: ${pane.consoleErrors.join(' | ')}`);
}

// ------------------------------------------------------------------ waiting

/** Waits until no workbook operation of the pane is running (its primary check button is enabled). */
export async function waitIdle(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = Array.from(document.querySelectorAll('button')).find((x) =>
        ['检查本工作表', 'Check this sheet'].includes((x.textContent ?? '').trim()),
      );
      // Not on the check tab: judge by the insert buttons instead.
      if (!b) {
        const insert = document.querySelector('li[data-template] button') as HTMLButtonElement | null;
        return !!insert && !insert.disabled;
      }
      return !b.disabled && !document.querySelector('[role="progressbar"]');
    },
    null,
    { timeout },
  );
}

/** The findings shown: one entry per list item, "Sheet!A1" and the rule id. */
export async function findings(
  page: Page,
): Promise<{ cell: string; rule: string; severity: string; text: string }[]> {
  return page.$$eval('li[data-finding-cell]', (items) =>
    items.map((li) => {
      const el = li as HTMLElement;
      return {
        cell: el.dataset.findingCell ?? '',
        rule: el.dataset.rule ?? '',
        severity: el.dataset.severity ?? '',
        text: el.textContent ?? '',
      };
    }),
  );
}

/** "Sheet!A1" or "'Sheet name'!A1" → "A1". */
export function cellOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('!') + 1);
}

/** Expands "B2:C3" to its cells. */
export function expandRange(ref: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`bad range ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const name = (n: number) => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  const c1 = col(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${name(c)}${r}`);
  return out;
}

/** Cells covered by our conditional formats on one sheet, with each one's fill. */
export function ourMarks(cfs: CfView[], sheet: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const cf of cfs) {
    if (!cf.ours || cf.sheet !== sheet) continue;
    for (const r of cf.ranges)
      for (const c of expandRange(r)) out.set(c, [...(out.get(c) ?? []), cf.fill ?? '']);
  }
  return out;
}

// ------------------------------------------------------------------ accessibility

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/**
 * Runs axe-core on the page; returns the serious and critical violations. Fluent's focus manager
 * (tabster) puts `<i data-tabster-dummy tabindex=0 aria-hidden=true>` guards around focus groups;
 * they only pass focus on and are a known false positive of aria-hidden-focus
 * (microsoft/tabster#288, microsoft/fluentui#25133), so they are left out of the scan.
 */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays in force for the page itself
  if (!has) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: any[] }> } }
    ).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as string | null,
      help: v.help as string,
      nodes: (v.nodes as { target: string[] }[]).slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function assertAxe(page: Page, screen: string): Promise<void> {
  const bad = await axeSerious(page);
  assert(
    bad.length === 0,
    `axe on "${screen}": ${bad.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`).join('; ')}`,
  );
}

// ------------------------------------------------------------------ keyboard

/**
 * Tabs through the page from the top and checks that every enabled, visible interactive control
 * receives focus: directly by Tab, or — inside a tab list or radio group, where only one member is a
 * tab stop — by the arrow keys from the member Tab reached. Returns the controls in focus order.
 */
export async function assertKeyboardReach(page: Page, screen: string): Promise<string[]> {
  const total = await page.evaluate(() => {
    const sel =
      'button, input, select, textarea, a[href], [role="tab"], [role="switch"], [role="radio"], [role="checkbox"], [tabindex]';
    const els = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((el) => {
      if ((el as HTMLButtonElement).disabled) return false;
      if (el.getAttribute('aria-hidden') === 'true' || el.closest('[aria-hidden="true"]')) return false;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      // Fluent's Radio and Switch draw over a transparent native input: it is the control.
      return r.width > 0 && r.height > 0;
    });
    document.querySelectorAll('[data-e2e-kb]').forEach((el) => el.removeAttribute('data-e2e-kb'));
    els.forEach((el, i) => el.setAttribute('data-e2e-kb', String(i)));
    (document.activeElement as HTMLElement | null)?.blur?.();
    return els.length;
  });
  assert(total > 0, `keyboard on "${screen}": no interactive control found`);

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const kb = el?.closest('[data-e2e-kb]')?.getAttribute('data-e2e-kb');
      const group = el?.closest('[role="tablist"], [role="radiogroup"]') ? 'roving' : null;
      const spin = el?.getAttribute('role') === 'spinbutton' ? (el as HTMLInputElement).value : null;
      // A spin button's step buttons are not tab stops: its arrow keys do their work.
      const steppers =
        spin !== null
          ? Array.from(el!.parentElement?.querySelectorAll('[data-e2e-kb]') ?? []).map((b) =>
              b.getAttribute('data-e2e-kb')!,
            )
          : [];
      return { kb: kb ?? null, group, spin, steppers };
    });

  const reached = new Set<string>();
  const order: string[] = [];
  // Tab order wraps (past the end, focus leaves the page and then starts again at the top): go
  // round once, from wherever the last click left the focus, until a tab stop comes back.
  for (let i = 0; i < 2 * total + 20; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (f.kb === null) continue;
    if (order.includes(f.kb)) break; // came round
    reached.add(f.kb);
    order.push(f.kb);
    if (f.group) {
      // Roving focus: walk the group with the arrows, then come back to where Tab left us.
      let steps = 0;
      for (let k = 0; k < 12; k++) {
        await page.keyboard.press('ArrowRight');
        steps++;
        const g = await focused();
        if (g.kb === null || reached.has(g.kb)) break;
        reached.add(g.kb);
      }
      for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowLeft');
    }
    if (f.spin !== null) {
      await page.keyboard.press('ArrowUp');
      const up = await focused();
      await page.keyboard.press('ArrowDown');
      const down = await focused();
      assert(
        up.spin !== f.spin && down.spin === f.spin,
        `keyboard on "${screen}": the arrow keys step the spin button (${f.spin} → ${up.spin} → ${down.spin})`,
      );
      for (const b of f.steppers) reached.add(b);
    }
  }
  const missing = await page.evaluate(
    (got: string[]) => {
      const set = new Set(got);
      return Array.from(document.querySelectorAll<HTMLElement>('[data-e2e-kb]'))
        .filter((el) => !set.has(el.getAttribute('data-e2e-kb')!))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        );
    },
    [...reached],
  );
  assert(missing.length === 0, `keyboard on "${screen}": not reachable: ${missing.join('; ')}`);
  if (process.env.E2E_DEBUG)
    console.log(`      keyboard on "${screen}": ${total} controls, ${order.length} tab stops`);
  return order;
}

// ------------------------------------------------------------------ screenshots

/**
 * Screenshots of the current screen: the task pane at its docked width, 350×800
 * (docs/screenshots/<name>-350.png), and at 1280×800 the same pane next to a drawing of the
 * workbook's active sheet (<name>-1280.png; see composite.ts).
 */
export async function shoot(env: RunEnv, pane: Pane, name: string): Promise<void> {
  const { page } = pane;
  const en = (await page.evaluate(() => document.documentElement.lang)) === 'en-US';
  const caption = en
    ? 'Excel (drawn by the test) · Performance Target Assistant'
    : 'Excel（测试绘制）· 绩效目标表助手';
  const before = page.viewportSize() ?? PANE;
  if (before.width !== PANE.width || before.height !== PANE.height) await page.setViewportSize(PANE);
  // No hover left over from the last click.
  await page.mouse.move(PANE.width - 2, PANE.height - 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const narrow = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
  const overflow = await horizontalOverflow(page);
  const view = await pane.wb('sheetView');
  const wide = await renderComposite(env.browser, compositeHtml(view, narrow.toString('base64'), caption));
  if (before.width !== PANE.width || before.height !== PANE.height) await page.setViewportSize(before);
  if (env.writeShots) await keepShots(env, name, narrow, wide);
  assert(
    overflow.length === 0,
    `"${name}" at ${PANE.width} px: content runs past the pane's right edge: ${overflow.join('; ')}`,
  );
}

/** Elements that stick out of the viewport on the right (the pane must fit its width). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      // Report the outermost offender only.
      if (
        el.parentElement &&
        el.parentElement.getBoundingClientRect().right > width + 1 &&
        el.parentElement !== document.body
      )
        continue;
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
      out.push(
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${label}" (right edge ${Math.round(r.right)} px)`,
      );
    }
    return out.slice(0, 5);
  });
}

async function keepShots(env: RunEnv, name: string, narrow: Buffer, wide: Buffer): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  for (const [file, buf] of [
    [`${name}-350.png`, narrow],
    [`${name}-1280.png`, wide],
  ] as const) {
    const target = path.join(SHOTS_DIR, file);
    // Keep the committed picture when only anti-aliasing moved (no churn in git on every run).
    if (!fs.existsSync(target) || !(await samePicture(env.browser, fs.readFileSync(target), buf)))
      fs.writeFileSync(target, buf);
    env.screenshots.push(path.relative(ROOT, target));
  }
}

/** True when two PNGs have the same size and differ in at most 0.05% of their pixels. */
async function samePicture(browser: Browser, a: Buffer, b: Buffer): Promise<boolean> {
  if (a.equals(b)) return true;
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    return await page.evaluate(
      async ([x, y]) => {
        const load = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, c.width, c.height);
        };
        const [p, q] = await Promise.all([load(x), load(y)]);
        if (p.width !== q.width || p.height !== q.height) return false;
        let diff = 0;
        for (let i = 0; i < p.data.length; i += 4) {
          const d =
            Math.abs(p.data[i] - q.data[i]) +
            Math.abs(p.data[i + 1] - q.data[i + 1]) +
            Math.abs(p.data[i + 2] - q.data[i + 2]);
          if (d > 48) diff++;
        }
        return diff <= (p.width * p.height) / 2000;
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}
