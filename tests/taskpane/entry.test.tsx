/** @jest-environment jsdom */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { FakeWorkbook, installFakeOffice } from '../support/fake-excel';

// The entry creates its own React root (with its own copy of React, loaded in isolation), as the page
// does; the test drives it like a browser, without act().
beforeAll(() => {
  (globalThis as unknown as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = false;
});

let root: Root | undefined;

/** Loads src/taskpane/index.tsx as the page would, with office.js replaced by the fake. */
async function boot(displayLanguage: string | undefined, apiVersion = '1.14') {
  const wb = FakeWorkbook.fromGrids([buildSeedGrid(SEED_TABLES.slice(0, 1)).grid], { apiVersion });
  const g = globalThis as unknown as Record<string, unknown>;
  installFakeOffice(g, wb);
  (g.Office as { context: Record<string, unknown> }).context.displayLanguage = displayLanguage;
  document.body.innerHTML = '<div id="root"></div>';
  let ready!: Promise<Root>;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry must run in a fresh module registry
    ({ ready } = require('../../src/taskpane/index') as { ready: Promise<Root> });
  });
  root = await ready;
  return wb;
}

afterEach(() => {
  root?.unmount();
  root = undefined;
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

describe('task-pane entry (index.tsx)', () => {
  it('renders the pane in zh-CN inside #root once Office is ready, on a gateway that talks to Excel', async () => {
    const wb = await boot('zh-CN');
    expect(await screen.findByRole('heading', { name: '绩效目标表助手' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: '检查本工作表' });
    expect(document.getElementById('root')).toContainElement(button);
    expect(document.documentElement.lang).toBe('zh-CN');
    // Inside FluentProvider (its root carries the theme's class).
    expect(document.querySelector('.fui-FluentProvider')).not.toBeNull();
    // A check goes through Excel.run and marks the workbook.
    button.click();
    await screen.findByRole('region', { name: '检查结果' });
    await waitFor(() => expect(wb.activeSheet().conditionalFormats.length).toBeGreaterThan(0));
  });

  it('uses en-US when Office is in English', async () => {
    await boot('en-GB');
    expect(await screen.findByRole('button', { name: 'Check this sheet' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
  });
});
