/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { checkWorkbook, toA1, type Severity } from '../../src/core';
import { countBySeverity } from '../../src/taskpane/findings';
import { findingItem, findingItems, findingsRegion, paneReady, renderPane } from './harness';

const SHEET = '绩效目标';
const seed = buildSeedGrid(SEED_TABLES.slice(0, 2), SHEET);
const expected = checkWorkbook([seed.grid], { locale: 'zh-CN' });
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

async function checkSheet() {
  fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
  await screen.findByRole('region', { name: '检查结果' });
}

describe('task pane: checking', () => {
  it('starts with the check tab and a hint, before any check', async () => {
    const { gateway } = renderPane([seed.grid]);
    await paneReady(gateway);
    expect(screen.getByRole('tab', { name: '检查', selected: true })).toBeInTheDocument();
    expect(screen.getByText('点击“检查本工作表”或“检查全部工作表”开始检查。')).toBeInTheDocument();
    expect(gateway.readActiveSheet).not.toHaveBeenCalled();
  });

  it('检查本工作表 reads the sheet, marks every finding and lists them grouped by table with counts', async () => {
    const { gateway, wb } = renderPane([seed.grid]);
    await paneReady(gateway);
    await checkSheet();

    expect(gateway.readActiveSheet).toHaveBeenCalledTimes(1);
    expect(gateway.highlight).toHaveBeenCalledTimes(1);
    const marked = gateway.highlight.mock.calls[0][0] as readonly {
      ruleId: string;
      cell: { row: number; col: number };
    }[];
    expect(marked.map((d) => `${toA1(d.cell)} ${d.ruleId}`)).toEqual(
      expected.diagnostics.map((d) => `${toA1(d.cell)} ${d.ruleId}`),
    );
    // The marks really are in the workbook (our conditional formats).
    expect(wb.sheet(SHEET).conditionalFormats.length).toBeGreaterThan(0);

    const region = findingsRegion();
    expect(
      within(region).getByText(`共 2 个绩效目标表，${expected.diagnostics.length} 个问题`),
    ).toBeInTheDocument();
    expect(findingItems()).toHaveLength(expected.diagnostics.length);

    // One accordion group per table, headed by the table's title and range, with its own counts.
    expected.tables.forEach((t, i) => {
      const header = within(region).getByRole('button', {
        name: new RegExp(t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      });
      const counts = countBySeverity(expected.diagnostics.filter((d) => d.table === i));
      for (const sev of ['error', 'warning', 'info'] as const) {
        const badge = header.querySelector(`[data-severity="${sev}"]`);
        if (counts[sev] === 0) expect(badge).toBeNull();
        else expect(badge).toHaveTextContent(`${LABEL[sev]} ${counts[sev]}`);
      }
      const group = region.querySelector(`[data-group="table:${i}"]`) as HTMLElement;
      expect(group.querySelectorAll('li[data-finding-cell]')).toHaveLength(
        expected.diagnostics.filter((d) => d.table === i).length,
      );
    });

    // Each item shows its cell, its message and its rule.
    const d = expected.diagnostics.find((x) => x.ruleId === 'value-normalize')!;
    const item = findingItem(`${SHEET}!${toA1(d.cell)}`, 'value-normalize');
    expect(item).toHaveTextContent(`${SHEET}!${toA1(d.cell)}`);
    expect(item).toHaveTextContent(d.message);
    expect(item).toHaveTextContent('规则: value-normalize');
    expect(
      within(item).getByRole('button', { name: `修复 ${SHEET}!${toA1(d.cell)}：改为“${d.fix!.value}”` }),
    ).toBeInTheDocument();

    // A finding without a safe fix has no 修复 button.
    const noFix = expected.diagnostics.find((x) => x.fix === null && x.suggestions.length === 0)!;
    expect(
      within(findingItem(`${SHEET}!${toA1(noFix.cell)}`, noFix.ruleId)).queryByRole('button', {
        name: /^修复/,
      }),
    ).toBeNull();
  });

  it('检查全部工作表 checks every sheet and groups tables by sheet', async () => {
    const other = buildSeedGrid(SEED_TABLES.slice(2, 3), '第二张');
    const all = checkWorkbook([seed.grid, other.grid], { locale: 'zh-CN' });
    const { gateway } = renderPane([seed.grid, other.grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查全部工作表' }));
    const region = await screen.findByRole('region', { name: '检查结果' });
    expect(gateway.readAllSheets).toHaveBeenCalledTimes(1);
    expect(
      within(region).getByText(`共 3 个绩效目标表，${all.diagnostics.length} 个问题`),
    ).toBeInTheDocument();
    expect(findingItems()).toHaveLength(all.diagnostics.length);
    expect(findingItems().some((li) => li.dataset.findingCell?.startsWith('第二张!'))).toBe(true);
    expect(within(region).getByText(/^第二张!A\d+:[A-Z]+\d+$/)).toBeInTheDocument();
  });

  it('shows progress while a check runs and disables the buttons', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { gateway } = renderPane([seed.grid], {
      wrap: (g) => ({
        ...g,
        readActiveSheet: async () => {
          await gate;
          return g.readActiveSheet();
        },
      }),
    });
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('正在读取本工作表…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '检查本工作表' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '检查全部工作表' })).toBeDisabled();
    await act(async () => release());
    await screen.findByRole('region', { name: '检查结果' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: '检查本工作表' })).toBeEnabled();
  });

  it('filters by severity with toggle buttons showing the counts', async () => {
    const { gateway } = renderPane([seed.grid]);
    await paneReady(gateway);
    await checkSheet();
    const totals = countBySeverity(expected.diagnostics);
    const filter = screen.getByRole('group', { name: '按严重程度筛选' });
    const info = within(filter).getByRole('button', { name: `提示 ${totals.info}` });
    expect(info).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(info);
    expect(info).toHaveAttribute('aria-pressed', 'false');
    expect(findingItems()).toHaveLength(totals.error + totals.warning);
    expect(findingItems().every((li) => li.dataset.severity !== 'info')).toBe(true);

    fireEvent.click(within(filter).getByRole('button', { name: `警告 ${totals.warning}` }));
    expect(findingItems()).toHaveLength(totals.error);
    // Group headers keep the full counts; a group with nothing left says so.
    if (totals.error === 0)
      expect(screen.getAllByText('当前筛选条件下没有问题。').length).toBe(expected.tables.length);

    fireEvent.click(info);
    expect(findingItems()).toHaveLength(totals.error + totals.info);
  });

  it('清除标记 removes our marks and the list', async () => {
    const { gateway, wb } = renderPane([seed.grid]);
    await paneReady(gateway);
    await checkSheet();
    expect(wb.sheet(SHEET).conditionalFormats.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    expect(await screen.findByText('已清除本加载项添加的标记。')).toBeInTheDocument();
    expect(gateway.clearMarks).toHaveBeenCalledTimes(1);
    expect(wb.sheet(SHEET).conditionalFormats).toHaveLength(0);
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();
    expect(findingItems()).toHaveLength(0);
  });

  it('a gateway failure is explained in the user language, without a stack trace', async () => {
    const failure = new Error('GeneralException');
    const { gateway } = renderPane([seed.grid], {
      wrap: (g) => ({
        ...g,
        readActiveSheet: async () => {
          throw failure;
        },
      }),
    });
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    expect(await screen.findByText('发生了意外错误，工作簿未被修改。请重试。')).toBeInTheDocument();
    expect(screen.getByText('操作未完成')).toBeInTheDocument();
    expect(screen.getByText('详细信息：GeneralException')).toBeInTheDocument();
    const frame = failure.stack!.split('\n')[1].trim();
    expect(frame).toMatch(/^at /);
    expect(document.body.textContent).not.toContain(frame);
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText('操作未完成')).toBeNull());
  });
});
