/** @jest-environment jsdom */
import './setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { FakeWorkbook, fakeHost } from '../support/fake-excel';
import { OfficeWorkbookGateway } from '../../src/excel/office-gateway';
import { SETTINGS_KEY } from '../../src/excel/marks';
import { RULES, TEMPLATES, checkWorkbook, gridFromRows, toA1, withCellText } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { findingItem, findingItems, paneReady, renderPane } from './harness';

const SHEET = '绩效目标';
const seed = buildSeedGrid(SEED_TABLES.slice(0, 2), SHEET);

describe('task pane: empty and error states', () => {
  it('未找到绩效目标表, with a button that opens the templates', async () => {
    const { gateway } = renderPane([gridFromRows('Sheet1', [['会议纪要'], ['2024年工作安排', '张三']])]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    expect(await screen.findByRole('heading', { name: '未找到绩效目标表' })).toBeInTheDocument();
    expect(
      screen.getByText('本工作表中没有识别出绩效目标表。可以插入一个模板，再填写内容。'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
    expect(screen.getByRole('tab', { name: '模板', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '插入模板' })).toBeInTheDocument();
  });

  it('an empty workbook checked as a whole says so for all sheets', async () => {
    const { gateway } = renderPane([gridFromRows('Sheet1', []), gridFromRows('Sheet2', [])]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查全部工作表' }));
    expect(
      await screen.findByText('全部工作表中都没有识别出绩效目标表。可以插入一个模板，再填写内容。'),
    ).toBeInTheDocument();
  });

  it('an Excel without ExcelApi 1.13 gets 不支持的 Excel 版本 and no controls that would fail', async () => {
    const wb = FakeWorkbook.fromGrids([seed.grid], { apiVersion: '1.12' });
    const gateway = new OfficeWorkbookGateway(fakeHost(wb));
    const getSettings = jest.spyOn(gateway, 'getSettings');
    render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={gateway} locale="zh-CN" />
      </FluentProvider>,
    );
    expect(screen.getByText('不支持的 Excel 版本')).toBeInTheDocument();
    expect(screen.getByText(/ExcelApi 1\.13/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '检查本工作表' })).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(getSettings).not.toHaveBeenCalled();
    expect(wb.runCount).toBe(0);
  });

  it('a gateway whose support probe throws counts as unsupported', () => {
    const gateway = new OfficeWorkbookGateway({
      run: () => Promise.reject(new Error('no Excel')),
      isSetSupported: () => {
        throw new Error('Office.context is undefined');
      },
    });
    render(<App gateway={gateway} locale="en-US" />);
    expect(screen.getByText('Unsupported Excel version')).toBeInTheDocument();
  });
});

describe('task pane: templates', () => {
  it('lists the four templates and inserts one on a new sheet', async () => {
    const { gateway, wb } = renderPane([seed.grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('tab', { name: '模板' }));
    for (const t of TEMPLATES) expect(screen.getByText(t.name['zh-CN'])).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^插入“/ })).toHaveLength(4);
    expect(screen.getByRole('radio', { name: '新工作表' })).toBeChecked();

    const spec = TEMPLATES[1];
    fireEvent.click(screen.getByRole('button', { name: `插入“${spec.name['zh-CN']}”` }));
    const ok = await screen.findByText(new RegExp(`^已在 .+!A1:[A-Z]+\\d+ 插入“${spec.name['zh-CN']}”。$`));
    expect(ok).toBeInTheDocument();
    expect(gateway.insertTemplate).toHaveBeenCalledWith(spec, 'new-sheet');
    expect(wb.sheets).toHaveLength(2);
    const added = wb.sheets[1];
    expect(ok.textContent).toContain(`${added.name}!`);
    // The inserted template is a table the checker finds.
    const grid = await gateway.readSheet(added.name);
    expect(checkWorkbook([grid]).tables).toHaveLength(1);
  });

  it('refuses to insert at a selection that holds content, naming the blocking cell; nothing is overwritten', async () => {
    const wb = FakeWorkbook.fromGrids([
      gridFromRows('Sheet1', [
        ['', ''],
        ['', '用户的内容'],
      ]),
    ]);
    wb.select('Sheet1', 'A1');
    const { gateway } = renderPane(wb);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('tab', { name: '模板' }));
    fireEvent.click(screen.getByRole('radio', { name: '当前选区' }));
    fireEvent.click(screen.getByRole('button', { name: `插入“${TEMPLATES[0].name['zh-CN']}”` }));
    expect(
      await screen.findByText('选区中已有内容，模板不会覆盖它。请选择一块空白区域，或插入到新工作表。'),
    ).toBeInTheDocument();
    expect(screen.getByText('未插入模板')).toBeInTheDocument();
    expect(screen.getByText('冲突的单元格：Sheet1!B2')).toBeInTheDocument();
    expect(gateway.insertTemplate).toHaveBeenCalledWith(TEMPLATES[0], 'selection');
    expect(wb.textOf(wb.sheet('Sheet1'), 1, 1)).toBe('用户的内容');
    expect(wb.textOf(wb.sheet('Sheet1'), 0, 0)).toBe('');
  });
});

describe('task pane: settings', () => {
  it('rules on/off, profile and satisfaction minimum are saved in the workbook and apply at once', async () => {
    const { gateway, wb } = renderPane([seed.grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    await screen.findByRole('region', { name: '检查结果' });
    const before = findingItems().length;
    const normalize = findingItems().filter((li) => li.dataset.rule === 'value-normalize').length;
    expect(normalize).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    const switches = screen.getAllByRole('switch');
    expect(switches).toHaveLength(RULES.length);
    for (const r of RULES) expect(screen.getByLabelText(r.description['zh-CN'])).toBeChecked();
    const rule = RULES.find((r) => r.id === 'value-normalize')!;
    fireEvent.click(screen.getByRole('switch', { name: rule.description['zh-CN'] }));
    expect(screen.getByRole('switch', { name: rule.description['zh-CN'] })).not.toBeChecked();
    fireEvent.change(screen.getByRole('combobox', { name: '指标框架' }), { target: { value: '101' } });

    await waitFor(() =>
      expect(wb.getSetting(SETTINGS_KEY)).toEqual(
        expect.objectContaining({ disabledRules: ['value-normalize'], profile: '101' }),
      ),
    );

    // Re-checked from the grids already read: no new read of the sheet.
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    await waitFor(() =>
      expect(findingItems().some((li) => li.dataset.rule === 'value-normalize')).toBe(false),
    );
    const expected = checkWorkbook([seed.grid], {
      locale: 'zh-CN',
      config: { profile: '101', rules: { 'value-normalize': 'off' } },
    });
    await waitFor(() => expect(findingItems()).toHaveLength(expected.diagnostics.length));
    expect(findingItems().length).not.toBe(before);
    expect(gateway.readActiveSheet).toHaveBeenCalledTimes(1);
    expect(gateway.readSheet).not.toHaveBeenCalled();
  });

  it('the satisfaction minimum is a number field (spin button role), clamped to 0–100', async () => {
    const { gateway, wb } = renderPane([seed.grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    const spin = screen.getByRole('spinbutton', { name: '满意度目标下限（%）' });
    expect(spin).toHaveValue(80);
    fireEvent.change(spin, { target: { value: '95' } });
    fireEvent.blur(spin);
    await waitFor(() =>
      expect(wb.getSetting(SETTINGS_KEY)).toEqual(expect.objectContaining({ satisfactionMin: 95 })),
    );
    fireEvent.change(spin, { target: { value: '250' } });
    fireEvent.blur(spin);
    await waitFor(() =>
      expect(wb.getSetting(SETTINGS_KEY)).toEqual(expect.objectContaining({ satisfactionMin: 100 })),
    );
  });

  it('settings saved in the workbook are loaded when the pane opens (live check starts a check)', async () => {
    const wb = FakeWorkbook.fromGrids([seed.grid]);
    wb.settings.set(
      SETTINGS_KEY,
      JSON.stringify({
        profile: '88',
        satisfactionMin: 90,
        disabledRules: ['typo', 'no-such-rule'],
        liveCheck: true,
      }),
    );
    const { gateway } = renderPane(wb);
    await paneReady(gateway);
    await screen.findByRole('region', { name: '检查结果' });
    expect(screen.getByRole('switch', { name: '实时检查' })).toBeChecked();
    expect(findingItems().some((li) => li.dataset.rule === 'typo')).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    expect(
      screen.getByRole('switch', { name: RULES.find((r) => r.id === 'typo')!.description['zh-CN'] }),
    ).not.toBeChecked();
    expect(screen.getByRole('spinbutton', { name: '满意度目标下限（%）' })).toHaveValue(90);
    expect(screen.getByRole('combobox', { name: '指标框架' })).toHaveValue('88');
  });
});

describe('task pane: en-US', () => {
  it('shows English UI strings and English findings when Office is in English', async () => {
    const { gateway } = renderPane([seed.grid], { locale: 'en-US' });
    await paneReady(gateway);
    expect(screen.getByRole('heading', { name: 'Performance Target Assistant' })).toBeInTheDocument();
    for (const name of ['Check', 'Templates', 'Settings'])
      expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    const region = await screen.findByRole('region', { name: 'Findings' });
    const expected = checkWorkbook([seed.grid], { locale: 'en-US' });
    expect(
      within(region).getByText(`2 performance-target tables, ${expected.diagnostics.length} problems`),
    ).toBeInTheDocument();
    const d = expected.diagnostics.find((x) => x.ruleId === 'value-normalize')!;
    const item = findingItem(`${SHEET}!${toA1(d.cell)}`, 'value-normalize');
    expect(item).toHaveTextContent(d.message);
    expect(item).toHaveTextContent('Rule: value-normalize');
    expect(within(item).getByRole('button', { name: /^Fix / })).toHaveTextContent('Fix');
    expect(screen.getByRole('button', { name: 'Clear marks' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Live check' })).toBeInTheDocument();
  });
});

describe('task pane: cell text is only ever text', () => {
  it('a cell holding <img src=x onerror=alert(1)> renders as text, in the title, the sheet name and a message', async () => {
    const X = '<img src=x onerror=alert(1)>';
    const one = buildSeedGrid(SEED_TABLES.slice(0, 1), X);
    let grid = withCellText(one.grid, one.locate.row(1, '案件结案率(%)', 'value'), X);
    grid = withCellText(grid, one.locate.header(1, 'title'), `${X}绩效目标表`);
    const alert = jest.fn();
    (window as unknown as { alert: unknown }).alert = alert;
    const { gateway } = renderPane([grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    const region = await screen.findByRole('region', { name: '检查结果' });
    expect(document.querySelector('img')).toBeNull();
    expect(within(region).getByText(`${X}绩效目标表`)).toBeInTheDocument();
    const syntax = findingItems().find((li) => li.dataset.rule === 'value-syntax')!;
    expect(syntax.textContent).toContain(`“${X}”`);
    expect(syntax.dataset.findingCell).toBe(`'${X}'!E14`);
    expect(syntax).toHaveTextContent(`'${X}'!E14`);
    expect(alert).not.toHaveBeenCalled();
  });
});
