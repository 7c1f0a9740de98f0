/**
 * The scenarios besides the template flow: the English UI, the seed workbook against the CLI, HTML
 * in cells, the settings screen, keyboard reach, and the harness's own outside-request guard.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { getStrings } from '../../src/taskpane/strings';
import {
  ROOT,
  assert,
  assertAxe,
  assertCleanPage,
  assertKeyboardReach,
  cellOf,
  eq,
  findings,
  openPane,
  shoot,
  waitIdle,
} from '../lib/harness';
import { SEED, START, XSS_BOOK, fixtureGrids } from '../lib/fixtures';
import { XSS } from '../lib/table-data';
import { assertMarksMatchFindings, templateFlow, DEFECTS } from './template-flow';
import type { Scenario } from './types';

const zh = getStrings('zh-CN');
const en = getStrings('en-US');

export const englishUi: Scenario = {
  name: 'English UI: template → defects → check, in English (Office display language en-US)',
  async run(env) {
    const pane = await templateFlow(env, {
      locale: 'en-US',
      displayLanguage: 'en-US',
      prefix: 'en-',
      short: true,
    });
    const { page } = pane;
    // The chrome, literally (not only through the strings module the pane itself uses).
    for (const name of ['Check', 'Templates', 'Settings'])
      await page.getByRole('tab', { name, exact: true }).waitFor();
    for (const name of ['Check this sheet', 'Check all sheets', 'Clear marks'])
      await page.getByRole('button', { name, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Performance Target Assistant' }).waitFor();
    await page.getByText(/^1 performance-target table, \d+ problems$/).waitFor();
    // The findings' messages are English too (domain terms stay Chinese).
    const shown = await findings(page);
    const cost = shown.find((f) => cellOf(f.cell) === DEFECTS.cost.cell && f.rule === 'direction');
    assert(cost && /lower-is-better/.test(cost.text), `the cost finding is in English: ${cost?.text}`);
    const complaint = shown.find((f) => cellOf(f.cell) === DEFECTS.complaint.cell);
    assert(
      complaint && /is not a satisfaction measure/.test(complaint.text),
      `the complaint finding is in English: ${complaint?.text}`,
    );
    const chinese = await page.evaluate(() => {
      // Chrome text (buttons, tabs, headings) with no Han characters: only data and domain terms may be Chinese.
      const els = Array.from(document.querySelectorAll('button, [role="tab"], h1, h2, label'));
      return els
        .filter((el) => !el.closest('li[data-finding-cell]') && !el.closest('[data-group]'))
        .map((el) => (el.textContent ?? '').trim())
        .filter((t) => /[\u4e00-\u9fff]/.test(t));
    });
    eq(chinese, [], 'no Chinese in the English UI’s controls and headings');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: en.settingsHeading }).waitFor();
    await shoot(env, pane, 'en-10-settings');
    await assertAxe(page, 'settings (en-US)');
    assertCleanPage(pane);
    await pane.close();
  },
};

interface CliDiagnostic {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
}

function cliCheck(rel: string): { tables: number; diagnostics: CliDiagnostic[] } {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'jixiao.js'), 'check', '--format', 'json', rel],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // 0 = no errors, 1 = errors found; 2 = usage error or unreadable file.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`jixiao check ${rel} exited ${r.status}: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as {
    files: { tables: unknown[]; diagnostics: CliDiagnostic[]; error: unknown }[];
  };
  const f = json.files[0];
  if (f.error) throw new Error(`jixiao check ${rel}: ${JSON.stringify(f.error)}`);
  return { tables: f.tables.length, diagnostics: f.diagnostics };
}

/** Long groups show their findings a page at a time: open every page. */
async function showAll(page: Page): Promise<void> {
  const [before, after] = zh.showMore(9999).split('9999');
  const more = page.getByRole('button', { name: new RegExp(`^${escapeRe(before)}\\d+${escapeRe(after)}$`) });
  for (let i = 0; i < 100 && (await more.count()) > 0; i++) {
    const n = await page.locator('li[data-finding-cell]').count();
    await more.first().click();
    await page.waitForFunction((k) => document.querySelectorAll('li[data-finding-cell]').length > k, n);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

export const seedWorkbook: Scenario = {
  name: 'seed workbook: check all sheets; counts by rule (and cells) match the CLI’s JSON',
  async run(env) {
    const cli = cliCheck(SEED);
    assert(cli.diagnostics.length > 0, 'the CLI finds problems in the seed workbook');
    const pane = await openPane(env, { grids: await fixtureGrids(SEED), displayLanguage: 'zh-CN' });
    const { page } = pane;
    await page.getByRole('button', { name: zh.checkAll }).click();
    await page.getByText(zh.summary(cli.tables, cli.diagnostics.length)).waitFor({ timeout: 20_000 });
    await waitIdle(page, 20_000);
    await showAll(page);
    const shown = await findings(page);
    eq(
      countBy(shown, (f) => f.rule),
      countBy(cli.diagnostics, (d) => d.rule),
      'findings by rule: pane vs CLI',
    );
    eq(
      countBy(shown, (f) => f.severity),
      countBy(cli.diagnostics, (d) => d.severity),
      'findings by severity: pane vs CLI',
    );
    eq(
      countBy(shown, (f) => `${f.rule} ${cellOf(f.cell)}`),
      countBy(cli.diagnostics, (d) => `${d.rule} ${d.cell}`),
      'findings by rule and cell: pane vs CLI',
    );
    const sheets = await pane.wb('sheetNames');
    for (const sheet of sheets) await assertMarksMatchFindings(pane, sheet);
    // The filter: hiding the infos leaves the errors and warnings.
    await shoot(env, pane, '11-seed');
    await assertAxe(page, 'seed findings');
    const infos = shown.filter((f) => f.severity === 'info').length;
    await page
      .getByRole('group', { name: zh.severityFilterLabel })
      .getByRole('button', { name: zh.severityCount(zh.severity.info, infos) })
      .click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('li[data-finding-cell]').length === n,
      shown.length - infos,
    );
    assert(
      (await findings(page)).every((f) => f.severity !== 'info'),
      'the info filter hides the infos',
    );
    assertCleanPage(pane);
    await pane.close();
  },
};

export const htmlInCells: Scenario = {
  name: 'a cell holding <img src=x onerror=alert(1)> is shown as text and nothing runs',
  async run(env) {
    const pane = await openPane(env, { grids: await fixtureGrids(XSS_BOOK), displayLanguage: 'zh-CN' });
    const { page } = pane;
    await page.evaluate(() => {
      (window as unknown as { __xss: number }).__xss = 0;
      window.alert = () => {
        (window as unknown as { __xss: number }).__xss++;
      };
    });
    await page.getByRole('button', { name: zh.checkSheet }).click();
    await page.getByRole('region', { name: zh.findingsLabel }).waitFor();
    await waitIdle(page);
    // Shown, as text: in the table's title and in the finding that quotes the value.
    const title = page.locator('[data-group]').getByText(`${XSS}绩效目标表`, { exact: true });
    await title.waitFor();
    const shown = await findings(page);
    assert(
      shown.some((f) => f.rule === 'value-syntax' && f.text.includes(XSS)),
      `the value-syntax finding quotes the HTML as text: ${shown.map((f) => f.text).join(' | ')}`,
    );
    await page.waitForTimeout(200);
    const imgs = await page.evaluate(() => document.querySelectorAll('img').length);
    eq(imgs, 0, 'no <img> element was created from cell text');
    eq(
      await page.evaluate(() => (window as unknown as { __xss: number }).__xss),
      0,
      'alert was never called',
    );
    assert(!pane.localRequests.some((p) => p === '/x'), 'the page never requested the <img> source');
    assert(pane.dialogs.length === 0, `no dialog opened: ${pane.dialogs.join(', ')}`);
    await shoot(env, pane, '12-html-in-cells');
    assertCleanPage(pane);
    await pane.close();
  },
};

export const settingsScreen: Scenario = {
  name: 'settings screen: saved in the workbook, a disabled rule reports nothing',
  async run(env) {
    const pane = await openPane(env, { grids: await fixtureGrids(XSS_BOOK), displayLanguage: 'zh-CN' });
    const { page } = pane;
    await page.getByRole('tab', { name: zh.tabSettings }).click();
    await page.getByRole('heading', { name: zh.settingsHeading }).waitFor();
    await shoot(env, pane, '10-settings');
    await assertAxe(page, 'settings');
    // Switch value-syntax off: the one finding of the xss workbook goes away.
    const sw = page.locator('input[data-rule="value-syntax"]');
    assert((await sw.count()) === 1, 'one switch for the value-syntax rule');
    eq(await sw.getAttribute('role'), 'switch', 'the rule control is a switch');
    assert(await sw.isChecked(), 'value-syntax is on by default');
    await sw.click();
    // Saved inside the workbook (Office settings), not in the browser.
    await page.waitForFunction(() => {
      const saved = (window as unknown as { __e2e: { settings(): unknown } }).__e2e.settings() as
        { disabledRules?: string[] } | undefined;
      return !!saved && Array.isArray(saved.disabledRules) && saved.disabledRules.includes('value-syntax');
    });
    await page.getByRole('tab', { name: zh.tabCheck }).click();
    await page.getByRole('button', { name: zh.checkSheet }).click();
    await page.getByText(zh.summary(1, 0)).waitFor({ timeout: 10_000 });
    eq(await findings(page), [], 'with value-syntax off the table is clean');
    assertCleanPage(pane);
    await pane.close();
  },
};

export const keyboard: Scenario = {
  name: 'keyboard: every control of each screen receives focus (Tab, arrows in tab lists and radio groups); Enter selects a finding',
  async run(env) {
    const pane = await openPane(env, { grids: await fixtureGrids(XSS_BOOK), displayLanguage: 'zh-CN' });
    const { page } = pane;
    await assertKeyboardReach(page, 'check (before a check)');
    await page.getByRole('button', { name: zh.checkSheet }).click();
    await page.getByRole('region', { name: zh.findingsLabel }).waitFor();
    await waitIdle(page);
    await assertKeyboardReach(page, 'check (findings)');
    // Enter on a focused finding selects its cell.
    const item = page.locator('li[data-finding-cell]').first();
    const ref = (await item.getAttribute('data-finding-cell')) ?? '';
    await item.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const sheet = (await pane.wb('sheetNames'))[0];
    await page.waitForFunction(
      (want) => (window as unknown as { __e2e: { selection(): string | null } }).__e2e.selection() === want,
      `${sheet}!${cellOf(ref)}`,
      { timeout: 5_000 },
    );
    await page.getByRole('tab', { name: zh.tabTemplates }).click();
    await page.getByRole('heading', { name: zh.templatesHeading }).waitFor();
    await assertKeyboardReach(page, 'templates');
    await page.getByRole('tab', { name: zh.tabSettings }).click();
    await page.getByRole('heading', { name: zh.settingsHeading }).waitFor();
    await assertKeyboardReach(page, 'settings');
    assertCleanPage(pane);
    await pane.close();
  },
};

export const unsupportedExcel: Scenario = {
  name: 'an Excel without ExcelApi 1.13 gets a clear message and no buttons that would fail',
  async run(env) {
    const pane = await openPane(env, {
      grids: await fixtureGrids(START),
      displayLanguage: 'zh-CN',
      apiVersion: '1.12',
      waitFor: 'load',
    });
    const { page } = pane;
    await page.getByText(zh.unsupportedTitle).waitFor();
    await page.getByText(zh.unsupportedBody).waitFor();
    eq(
      await page.getByRole('button', { name: zh.checkSheet }).count(),
      0,
      'no check button on an unsupported host',
    );
    eq(await pane.wb('runCount'), 0, 'nothing was asked of the workbook');
    await shoot(env, pane, '13-unsupported');
    await assertAxe(page, 'unsupported');
    assertCleanPage(pane);
    await pane.close();
  },
};

export const outsideGuard: Scenario = {
  name: 'guard: the page reaches nothing outside 127.0.0.1, and an attempt would be caught',
  async run(env) {
    const pane = await openPane(env, { grids: await fixtureGrids(START), displayLanguage: 'zh-CN' });
    assertCleanPage(pane);
    assert(
      pane.localRequests.some((p) => /^\/taskpane\.[0-9a-f]+\.js$/.test(p)),
      `the bundle came from the local server: ${pane.localRequests.join(', ')}`,
    );
    // Layer 1, the product: the page's Content-Security-Policy refuses an outside connection before it leaves the page.
    const meta = await pane.page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    assert(
      /default-src 'self'/.test(meta) &&
        /connect-src 'self' https:\/\/appsforoffice\.microsoft\.com/.test(meta),
      `the page carries its CSP: ${meta}`,
    );
    const outcome = await pane.page.evaluate(() =>
      fetch('https://example.com/beacon').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    eq(outcome, 'blocked', 'an outside request is blocked');
    assert(
      pane.consoleErrors.some((e) => e.includes('example.com') && /Content Security Policy/i.test(e)),
      `the CSP refusal is logged: ${pane.consoleErrors.join(' | ')}`,
    );
    // Layer 2, the test's own guard: a page without that policy in the same browser context is stopped and recorded.
    const bare = await pane.page.context().newPage();
    const bareOutcome = await bare.evaluate(() =>
      fetch('https://example.com/beacon').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    await bare.close();
    eq(bareOutcome, 'blocked', 'the test guard blocks an outside request');
    eq(pane.blocked, ['https://example.com/beacon'], 'the attempt is recorded');
    let failed = false;
    try {
      assertCleanPage(pane);
    } catch {
      failed = true;
    }
    assert(failed, 'a recorded outside request fails the scenario');
    await pane.close();
  },
};
