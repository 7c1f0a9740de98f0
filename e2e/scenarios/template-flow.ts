/**
 * The officer's whole flow, from a template to a clean table: open the pane → insert the
 * project-seed template on a new sheet → type a complete table with defective values → check →
 * findings in the list and as our conditional formats on exactly those cells → click a finding →
 * the cell is selected → fix one → re-check → that finding is gone → clear → none of our formats
 * remain, the user's are intact → correct the rest → check → a clean table.
 */
import type { Page } from 'playwright-core';
import { fromA1, getTemplate, toA1, type Locale, type Severity } from '../../src/core';
import { cellRef } from '../../src/taskpane/findings';
import { SEVERITY_STYLE } from '../../src/excel/marks';
import { getStrings } from '../../src/taskpane/strings';
import {
  assert,
  assertAxe,
  assertCleanPage,
  assertKeyboardReach,
  cellOf,
  eq,
  findings,
  openPane,
  ourMarks,
  shoot,
  waitIdle,
  type Pane,
  type RunEnv,
} from '../lib/harness';
import { START, fixtureGrids } from '../lib/fixtures';
import { cleanFill, rowOf } from '../lib/table-data';
import type { Scenario } from './types';

const SPEC = getTemplate('project-seed');
const G = SPEC.grid!;
const at = (level2: string, col: number) => toA1({ row: rowOf(SPEC, level2), col });

/** The cells the officer gets wrong, and the rule each one must trip (others may join). */
export const DEFECTS = {
  /** 成本指标 with "≥90%": a cost is lower-is-better and money, not a percent. */
  cost: {
    cell: at('成本指标', G.columns.value),
    value: '≥90%',
    rule: 'direction',
    severity: 'error' as Severity,
  },
  /** 数量指标 培训人数(人) with "≥95%": a count written as a percent. */
  count: {
    cell: at('数量指标', G.columns.value),
    value: '≥95%',
    rule: 'unit-name-mismatch',
    severity: 'warning' as Severity,
  },
  /** A complaint rate under 满意度指标. */
  complaint: {
    cell: at('服务对象满意度指标', G.columns.level3),
    value: '受援群众投诉率',
    rule: 'satisfaction-misplaced',
    severity: 'error' as Severity,
  },
  /** "≥95百分比": the one with a one-click fix (value-normalize → "≥95%"). */
  fixable: {
    cell: at('质量指标', G.columns.value),
    value: '≥95百分比',
    rule: 'value-normalize',
    severity: 'info' as Severity,
  },
} as const;

/** The rest of the complaint row, so the row reads as a complaint rate. */
const COMPLAINT_ROW = [
  { cell: at('服务对象满意度指标', G.columns.description!), value: '受援群众投诉的比例' },
  { cell: at('服务对象满意度指标', G.columns.value), value: '≤5%' },
];

/** What the officer types to correct the defects the fix did not touch. */
const CORRECTIONS = [
  { cell: DEFECTS.cost.cell, value: '≤20万元' },
  { cell: DEFECTS.count.cell, value: '≥200人' },
  { cell: DEFECTS.complaint.cell, value: '参训人员满意度' },
  { cell: at('服务对象满意度指标', G.columns.description!), value: '参训人员对培训的满意程度' },
  { cell: at('服务对象满意度指标', G.columns.value), value: '≥90%' },
];

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

async function typeCells(
  pane: Pane,
  sheet: string,
  writes: { cell: string; value: string }[],
): Promise<void> {
  for (const w of writes) await pane.wb('userEdit', sheet, w.cell, w.value);
}

/** Waits for a message of the pane (MessageBar) whose text matches. */
async function waitNotice(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** The marks must sit on exactly the cells with findings, coloured by each cell's worst severity. */
export async function assertMarksMatchFindings(pane: Pane, sheet: string): Promise<void> {
  const shown = await findings(pane.page);
  const worst = new Map<string, string>();
  for (const f of shown) {
    const c = cellOf(f.cell);
    const prev = worst.get(c);
    if (!prev || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev]) worst.set(c, f.severity);
  }
  const marks = ourMarks(await pane.wb('conditionalFormats'), sheet);
  eq(
    [...marks.keys()].sort(),
    [...worst.keys()].sort(),
    'our conditional formats cover exactly the cells with findings',
  );
  for (const [cell, fills] of marks) {
    eq(
      fills,
      [SEVERITY_STYLE[worst.get(cell) as Severity].fill],
      `the mark on ${cell} is one format in the colour of its worst finding`,
    );
  }
}

export interface FlowOptions {
  readonly locale: Locale;
  readonly displayLanguage: string;
  /** Screenshot name prefix. */
  readonly prefix: string;
  /** Stop after the check (the English run). */
  readonly short?: boolean;
}

/** Runs the flow; returns the open pane (closed by the caller). */
export async function templateFlow(env: RunEnv, o: FlowOptions): Promise<Pane> {
  const s = getStrings(o.locale);
  const pane = await openPane(env, { grids: await fixtureGrids(START), displayLanguage: o.displayLanguage });
  const { page } = pane;
  {
    // --- open
    eq(await page.evaluate(() => document.documentElement.lang), o.locale, 'the page language');
    await page.getByRole('heading', { name: s.appTitle }).waitFor();
    await page.getByText(s.notCheckedYet).waitFor();
    const userCf = await pane.wb('addUserConditionalFormat', '说明', 'C3:C5', '#C6EFCE', '=C3>15');
    await shoot(env, pane, `${o.prefix}01-open`);
    await assertAxe(page, 'open');

    // --- check the sheet the officer has: no table yet → the way to a template
    await page.getByRole('button', { name: s.checkSheet }).click();
    await page.getByRole('heading', { name: s.noTableTitle }).waitFor();
    await page.getByText(s.noTableSheet).waitFor();
    await waitIdle(page);
    eq(
      (await pane.wb('conditionalFormats')).filter((c) => c.ours),
      [],
      'no table, no marks',
    );
    await shoot(env, pane, `${o.prefix}02-no-table`);
    await assertAxe(page, 'no table');
    if (!o.short) await assertKeyboardReach(page, 'no table');

    // --- templates (from the empty state's button) → insert project-seed into a new sheet
    await page.getByRole('status').getByRole('button', { name: s.insertTemplate }).click();
    await page.getByRole('heading', { name: s.templatesHeading }).waitFor();
    await page.getByRole('tab', { name: s.tabTemplates, selected: true }).waitFor();
    await shoot(env, pane, `${o.prefix}03-templates`);
    await assertAxe(page, 'templates');
    const name = SPEC.name[o.locale];
    await page.getByRole('radio', { name: s.whereNewSheet }).check();
    await page.getByRole('button', { name: s.insertLabel(name) }).click();
    const okText = s.insertOk(name, '\u0000').split('\u0000');
    await waitNotice(page, new RegExp(`${escapeRe(okText[0])}.*${escapeRe(okText[1])}`));
    await waitIdle(page);
    const sheets = await pane.wb('sheetNames');
    eq(sheets.length, 2, 'the template went into a new sheet next to 说明');
    const sheet = await pane.wb('activeSheet');
    eq(sheet, sheets[1], 'the new sheet is active');
    eq(await pane.wb('text', sheet, 'A1'), '<项目名称>绩效目标表', 'the template title is in A1');
    const merges = await pane.wb('merges', sheet);
    assert(merges.includes('A1:G1'), `the title is merged over A1:G1 (merges: ${merges.join(' ')})`);
    eq(
      await pane.wb('text', sheet, toA1({ row: G.headerRow, col: G.columns.value })),
      '指标值',
      'the grid header is written',
    );
    await shoot(env, pane, `${o.prefix}04-inserted`);
    await assertAxe(page, 'inserted');

    // --- the officer fills the table, with mistakes, and has a conditional format of their own
    const writes = cleanFill(SPEC).map((w) => ({ cell: toA1(w.at), value: w.value }));
    await typeCells(pane, sheet, writes);
    await typeCells(pane, sheet, [
      { cell: DEFECTS.cost.cell, value: DEFECTS.cost.value },
      { cell: DEFECTS.count.cell, value: DEFECTS.count.value },
      { cell: DEFECTS.complaint.cell, value: DEFECTS.complaint.value },
      ...COMPLAINT_ROW,
      { cell: DEFECTS.fixable.cell, value: DEFECTS.fixable.value },
    ]);
    const valueCol = toA1({ row: G.firstRow, col: G.columns.value }).replace(/\d+$/, '');
    const userCf2 = await pane.wb(
      'addUserConditionalFormat',
      sheet,
      `${valueCol}${G.firstRow + 1}:${valueCol}${G.lastRow + 1}`,
      '#E2EFDA',
      `=LEN(${valueCol}${G.firstRow + 1})=0`,
    );
    const userCfs = (await pane.wb('conditionalFormats')).filter((c) => [userCf, userCf2].includes(c.id));
    eq(userCfs.length, 2, 'the user has two conditional formats');
    const beforeCheck = await pane.wb('snapshot');

    // --- check this sheet
    await page.getByRole('tab', { name: s.tabCheck }).click();
    await page.getByRole('button', { name: s.checkSheet }).click();
    await page.getByRole('region', { name: s.findingsLabel }).waitFor();
    await waitIdle(page);
    let shown = await findings(page);
    const expectedCells = Object.values(DEFECTS).map((d) => `${d.cell}`);
    eq(
      [...new Set(shown.map((f) => cellOf(f.cell)))].sort(),
      [...expectedCells].sort(),
      'findings are on exactly the defective cells',
    );
    for (const d of Object.values(DEFECTS)) {
      assert(
        shown.some((f) => cellOf(f.cell) === d.cell && f.rule === d.rule),
        `${d.cell} (${d.value}) is reported by ${d.rule}; shown: ${shown.map((f) => `${cellOf(f.cell)} ${f.rule}`).join(', ')}`,
      );
    }
    for (const f of shown) assert(f.cell.includes(sheet), `finding ${f.cell} names the template sheet`);
    await page.getByText(s.summary(1, shown.length)).waitFor();
    await assertMarksMatchFindings(pane, sheet);
    const afterCheck = await pane.wb('snapshot', await ourIds(pane));
    eq(afterCheck, beforeCheck, 'checking changed nothing of the workbook but our own marks');
    await shoot(env, pane, `${o.prefix}05-findings`);
    await assertAxe(page, 'findings');
    if (o.short) {
      assertCleanPage(pane);
      return pane;
    }

    // --- click a finding → its cell is selected in the workbook
    const complaintItem = page.locator(
      `li[data-finding-cell$="!${DEFECTS.complaint.cell}"][data-rule="${DEFECTS.complaint.rule}"]`,
    );
    await complaintItem.getByRole('button').first().click();
    await page.waitForFunction(
      (want) => (window as unknown as { __e2e: { selection(): string | null } }).__e2e.selection() === want,
      `${sheet}!${DEFECTS.complaint.cell}`,
      { timeout: 5_000 },
    );
    await complaintItem.and(page.locator('[aria-current="true"]')).waitFor({ timeout: 5_000 });
    eq(await pane.wb('activeSheet'), sheet, 'the finding’s sheet is active');
    await shoot(env, pane, `${o.prefix}06-selected`);

    // --- fix one → re-checked → that finding is gone, its mark too
    const fixItem = page.locator(
      `li[data-finding-cell$="!${DEFECTS.fixable.cell}"][data-rule="${DEFECTS.fixable.rule}"]`,
    );
    await fixItem.getByRole('button', { name: new RegExp(`^${escapeRe(s.fix)}`) }).click();
    await waitNotice(page, s.fixApplied(cellRef(sheet, fromA1(DEFECTS.fixable.cell)!)));
    await waitIdle(page);
    eq(await pane.wb('text', sheet, DEFECTS.fixable.cell), '≥95%', 'the fix wrote the normalised value');
    shown = await findings(page);
    assert(
      !shown.some((f) => cellOf(f.cell) === DEFECTS.fixable.cell),
      `the fixed finding is gone: ${shown.map((f) => f.cell).join(', ')}`,
    );
    eq(
      [...new Set(shown.map((f) => cellOf(f.cell)))].sort(),
      expectedCells.filter((c) => c !== DEFECTS.fixable.cell).sort(),
      'the other findings remain after the re-check',
    );
    await assertMarksMatchFindings(pane, sheet);
    await page.evaluate(() => window.scrollTo(0, 0)); // the message is at the top
    await shoot(env, pane, `${o.prefix}07-fixed`);
    await assertAxe(page, 'fixed');

    // --- clear → none of our formats remain; the user's and everything else are intact
    const beforeClear = await pane.wb('snapshot', await ourIds(pane));
    assert(
      (await pane.wb('markIds')).length > 0,
      'our marks are recorded in the workbook settings before clearing',
    );
    await page.getByRole('button', { name: s.clearMarks }).click();
    await waitNotice(page, s.marksCleared);
    await waitIdle(page);
    const cfs = await pane.wb('conditionalFormats');
    eq(
      cfs.filter((c) => c.ours || !userCfs.some((u) => u.id === c.id)),
      [],
      'no conditional format of ours remains',
    );
    eq(cfs, userCfs, 'the user’s conditional formats are intact');
    eq(await pane.wb('markIds'), [], 'the record of our marks is empty');
    eq(await pane.wb('snapshot'), beforeClear, 'clearing changed nothing but our marks');
    await page.evaluate(() => window.scrollTo(0, 0)); // the message is at the top
    await shoot(env, pane, `${o.prefix}08-cleared`);
    await assertAxe(page, 'cleared');

    // --- the officer corrects the rest; check again → a clean table
    await typeCells(pane, sheet, CORRECTIONS);
    await page.getByRole('button', { name: s.checkSheet }).click();
    await page.getByText(s.summary(1, 0)).waitFor({ timeout: 10_000 });
    await waitIdle(page);
    eq(await findings(page), [], 'the corrected table has no findings');
    eq(
      (await pane.wb('conditionalFormats')).filter((c) => c.ours),
      [],
      'a clean table carries no mark of ours',
    );
    eq((await pane.wb('conditionalFormats')).length, 2, 'the user’s two conditional formats are still there');
    await page.evaluate(() => window.scrollTo(0, 0)); // the message is at the top
    await shoot(env, pane, `${o.prefix}09-clean`);
    await assertAxe(page, 'clean');
    assertCleanPage(pane);
    return pane;
  }
}

async function ourIds(pane: Pane): Promise<string[]> {
  return (await pane.wb('conditionalFormats')).filter((c) => c.ours).map((c) => c.id);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const templateFlowZh: Scenario = {
  name: 'template → defects → check → select → fix → clear → clean table (zh-CN)',
  async run(env) {
    const pane = await templateFlow(env, { locale: 'zh-CN', displayLanguage: 'zh-CN', prefix: '' });
    await pane.close();
  },
};
