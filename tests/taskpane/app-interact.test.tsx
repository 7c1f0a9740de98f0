/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { checkWorkbook, toA1, withCellText } from '../../src/core';
import { findingItem, findingItems, paneReady, renderPane } from './harness';

const SHEET = '绩效目标';
const seed = buildSeedGrid(SEED_TABLES.slice(0, 2), SHEET);
const E14 = seed.locate.row(1, '案件结案率(%)', 'value'); // ≥80百分比: value-normalize offers ≥80%
const REF = `${SHEET}!${toA1(E14)}`;

async function checked(options: Parameters<typeof renderPane>[1] = {}) {
  const pane = renderPane([seed.grid], options);
  await paneReady(pane.gateway);
  fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
  await screen.findByRole('region', { name: '检查结果' });
  return pane;
}

function mainButton(item: HTMLElement): HTMLElement {
  return within(item).getAllByRole('button')[0];
}

describe('task pane: navigation', () => {
  it('clicking a finding selects its cell in the workbook and marks it current', async () => {
    const { gateway, wb } = await checked();
    const item = findingItem(REF, 'value-normalize');
    fireEvent.click(mainButton(item));
    await waitFor(() => expect(gateway.select).toHaveBeenCalledWith(SHEET, E14));
    await act(() => wb.settle());
    expect(wb.selection).toEqual({
      sheetId: wb.sheet(SHEET).id,
      rect: { top: E14.row, left: E14.col, bottom: E14.row, right: E14.col },
    });
    expect(findingItem(REF, 'value-normalize')).toHaveAttribute('aria-current', 'true');
  });

  it('each finding is a native button, reachable with the keyboard', async () => {
    await checked();
    const button = mainButton(findingItem(REF, 'value-normalize'));
    expect(button.tagName).toBe('BUTTON');
    expect(button).not.toHaveAttribute('tabindex', '-1');
    button.focus();
    expect(button).toHaveFocus();
  });

  it('selecting a flagged cell in Excel shows its finding (current, scrolled into view)', async () => {
    const { wb } = await checked();
    const target = seed.locate.row(2, '社区矫正人数(人）', 'level3');
    const ref = `${SHEET}!${toA1(target)}`;
    expect(findingItem(ref)).not.toHaveAttribute('aria-current');
    await act(async () => {
      wb.select(SHEET, toA1(target));
      await wb.settle();
    });
    await waitFor(() => expect(findingItem(ref)).toHaveAttribute('aria-current', 'true'));
    expect(findingItems().filter((li) => li.getAttribute('aria-current') === 'true')).toHaveLength(1);
    expect(
      (findingItem(ref) as HTMLElement & { scrolledIntoView?: number }).scrolledIntoView,
    ).toBeGreaterThan(0);

    // A cell without findings: nothing is current.
    await act(async () => {
      wb.select(SHEET, 'H1');
      await wb.settle();
    });
    await waitFor(() =>
      expect(findingItems().filter((li) => li.getAttribute('aria-current') === 'true')).toHaveLength(0),
    );
  });
});

describe('task pane: fixes', () => {
  it('修复 writes the fix into the cell, then re-checks that sheet', async () => {
    const { gateway, wb } = await checked();
    expect(wb.textOf(wb.sheet(SHEET), E14.row, E14.col)).toBe('≥80百分比');
    const item = findingItem(REF, 'value-normalize');
    fireEvent.click(within(item).getByRole('button', { name: `修复 ${REF}：改为“≥80%”` }));
    expect(await screen.findByText(`已修复 ${REF}，并已重新检查。`)).toBeInTheDocument();

    expect(gateway.applyEdit).toHaveBeenCalledWith({ sheet: SHEET, cell: E14, value: '≥80%' }, '≥80百分比');
    expect(wb.textOf(wb.sheet(SHEET), E14.row, E14.col)).toBe('≥80%');
    expect(gateway.readSheet).toHaveBeenCalledWith(SHEET);
    expect(gateway.highlight).toHaveBeenCalledTimes(2);

    // The list is the check of the edited workbook.
    const after = checkWorkbook([(await gateway.readSheet(SHEET)) as never], { locale: 'zh-CN' });
    expect(findingItems()).toHaveLength(after.diagnostics.length);
    expect(() => findingItem(REF, 'value-normalize')).toThrow();
  });

  it('a fix is refused when the user changed the cell since the check; the cell keeps the user text', async () => {
    const { gateway, wb } = await checked();
    wb.setCells(SHEET, toA1(E14), [['≥75百分比']]); // typed by the user after the check (no live check)
    fireEvent.click(within(findingItem(REF, 'value-normalize')).getByRole('button', { name: /^修复/ }));
    expect(
      await screen.findByText('该单元格在检查之后已被修改，没有改动它。已重新检查。'),
    ).toBeInTheDocument();
    expect(wb.textOf(wb.sheet(SHEET), E14.row, E14.col)).toBe('≥75百分比');
    // Re-checked: the finding now quotes the user's text.
    await waitFor(() => expect(findingItem(REF, 'value-normalize')).toHaveTextContent('≥75百分比'));
    expect(gateway.readSheet).toHaveBeenCalledWith(SHEET);
  });

  it('a fix never overwrites a formula', async () => {
    const { wb } = await checked();
    wb.setFormula(SHEET, toA1(E14), '="≥80百分比"', '≥80百分比');
    fireEvent.click(within(findingItem(REF, 'value-normalize')).getByRole('button', { name: /^修复/ }));
    expect(await screen.findByText('该单元格包含公式，不会自动修改。请手动修改。')).toBeInTheDocument();
    expect(wb.cell(SHEET, toA1(E14)).formula).toBe('="≥80百分比"');
  });
});

describe('task pane: suggestions', () => {
  it('a suggestion is a secondary button that writes its edit, then re-checks', async () => {
    // 预算数 written as "20万元": amount-format suggests the bare number.
    const at = seed.locate.header(1, 'budget');
    const grid = withCellText(seed.grid, at, '20万元');
    const d = checkWorkbook([grid], { locale: 'zh-CN' }).diagnostics.find((x) => x.suggestions.length > 0)!;
    expect(d).toBeDefined();
    const sug = d.suggestions[0];
    const ref = `${SHEET}!${toA1(d.cell)}`;
    const { gateway, wb } = renderPane([grid]);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    await screen.findByRole('region', { name: '检查结果' });
    const button = within(findingItem(ref, d.ruleId)).getByRole('button', {
      name: `建议 ${ref}：${sug.message}`,
    });
    expect(button).toHaveTextContent(sug.message);
    fireEvent.click(button);
    expect(await screen.findByText(`已修改 ${ref}，并已重新检查。`)).toBeInTheDocument();
    expect(toA1(sug.edit.cell)).toBe(toA1(at));
    expect(wb.textOf(wb.sheet(SHEET), at.row, at.col)).toBe(sug.edit.value);
    expect(() => findingItem(ref, d.ruleId)).toThrow();
  });
});

describe('task pane: live check', () => {
  it('the switch checks at once, re-checks after a user edit, and ignores our own writes', async () => {
    const { gateway, wb } = renderPane([seed.grid], { liveDelayMs: 10 });
    await paneReady(gateway);
    fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
    await screen.findByRole('region', { name: '检查结果' });
    expect(gateway.readActiveSheet).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(gateway.onChanged).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(wb.changedHandlers.size).toBe(1));

    // The user fixes E14 by hand: a re-check of that sheet follows and the finding goes.
    await act(async () => {
      wb.userEdit(SHEET, toA1(E14), '≥80%');
      await wb.settle();
    });
    await waitFor(() => expect(gateway.readSheet).toHaveBeenCalledWith(SHEET));
    await waitFor(() => expect(() => findingItem(REF, 'value-normalize')).toThrow());
    const readsAfterEdit = gateway.readSheet.mock.calls.length;

    // Our own fix: one re-check (the fix's), no second one from the change event.
    const other = seed.locate.row(1, '案件处理办结率（%）', 'value');
    const otherRef = `${SHEET}!${toA1(other)}`;
    fireEvent.click(within(findingItem(otherRef, 'value-normalize')).getByRole('button', { name: /^修复/ }));
    await screen.findByText(`已修复 ${otherRef}，并已重新检查。`);
    await act(async () => {
      await wb.settle();
      await new Promise((r) => setTimeout(r, 60));
    });
    expect(gateway.readSheet.mock.calls.length).toBe(readsAfterEdit + 1);

    // Switching off unsubscribes.
    fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
    await waitFor(() => expect(wb.changedHandlers.size).toBe(0));
  });
});
