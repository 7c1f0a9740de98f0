/** @jest-environment jsdom */
import './setup';
import axe from 'axe-core';
import { act, fireEvent, screen } from '@testing-library/react';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { gridFromRows } from '../../src/core';
import { paneReady, renderPane } from './harness';

jest.setTimeout(30_000);

/** axe-core on the rendered pane; layout-dependent rules (contrast, scrollable regions) need a real browser. */
async function violations(): Promise<string[]> {
  // Inside act(): Fluent's tab indicator settles while axe walks the page.
  let result!: axe.AxeResults;
  await act(async () => {
    result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, 'scrollable-region-focusable': { enabled: false } },
    });
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

async function pane(grid = buildSeedGrid(SEED_TABLES.slice(0, 1)).grid) {
  const { gateway } = renderPane([grid]);
  await paneReady(gateway);
  return gateway;
}

describe('task pane accessibility (axe-core)', () => {
  it('check tab with findings', async () => {
    await pane();
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    await screen.findByRole('region', { name: '检查结果' });
    expect(await violations()).toEqual([]);
  });

  it('templates tab', async () => {
    await pane();
    fireEvent.click(screen.getByRole('tab', { name: '模板' }));
    expect(await violations()).toEqual([]);
  });

  it('settings tab', async () => {
    await pane();
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    expect(await violations()).toEqual([]);
  });

  it('empty state', async () => {
    await pane(gridFromRows('Sheet1', [['会议纪要']]));
    fireEvent.click(screen.getByRole('button', { name: '检查本工作表' }));
    await screen.findByRole('heading', { name: '未找到绩效目标表' });
    expect(await violations()).toEqual([]);
  });

  it('unsupported Excel', async () => {
    renderPane([gridFromRows('Sheet1', [])], { apiVersion: '1.12' });
    await screen.findByText('不支持的 Excel 版本');
    expect(await violations()).toEqual([]);
  });
});
