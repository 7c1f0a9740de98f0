/**
 * Renders the whole task pane on the real OfficeWorkbookGateway over the fake Excel workbook
 * (tests/support/fake-excel), so each test exercises UI → hook → gateway → Excel batches and back.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FakeWorkbook, fakeHost } from '../support/fake-excel';
import { OfficeWorkbookGateway } from '../../src/excel/office-gateway';
import type { WorkbookGateway } from '../../src/excel/gateway';
import type { Grid, Locale } from '../../src/core';
import { App } from '../../src/taskpane/App';

export interface PaneOptions {
  readonly locale?: Locale;
  readonly apiVersion?: string;
  readonly liveDelayMs?: number;
  /** Wraps the gateway (to spy on or alter calls). */
  readonly wrap?: (g: WorkbookGateway) => WorkbookGateway;
}

/** A gateway whose every method is a jest spy. */
export type SpiedGateway = { [K in keyof WorkbookGateway]: jest.MockedFunction<WorkbookGateway[K]> };

/** Every gateway method, wrapped in a jest spy that calls through. */
export function spyGateway(g: WorkbookGateway): SpiedGateway {
  const methods = [
    'isSupported',
    'readActiveSheet',
    'readSheet',
    'readAllSheets',
    'highlight',
    'clearMarks',
    'insertTemplate',
    'select',
    'applyEdit',
    'onChanged',
    'onSelectionChanged',
    'getSettings',
    'saveSettings',
  ] as const;
  const out: Record<string, jest.Mock> = {};
  for (const m of methods)
    out[m] = jest.fn((...args: unknown[]) => (g[m] as (...a: unknown[]) => unknown).apply(g, args));
  return out as unknown as SpiedGateway;
}

export function renderPane(source: FakeWorkbook | readonly Grid[], options: PaneOptions = {}) {
  const wb =
    source instanceof FakeWorkbook
      ? source
      : FakeWorkbook.fromGrids(source, { apiVersion: options.apiVersion });
  const gateway = spyGateway(new OfficeWorkbookGateway(fakeHost(wb)));
  const used = options.wrap ? options.wrap(gateway) : gateway;
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={used} locale={options.locale ?? 'zh-CN'} liveDelayMs={options.liveDelayMs ?? 20} />
    </FluentProvider>,
  );
  return { wb, gateway, view };
}

/** Waits until the pane has loaded its settings and subscribed to selection events. */
export async function paneReady(gateway: Pick<SpiedGateway, 'getSettings' | 'onSelectionChanged'>) {
  await waitFor(() => {
    expect(gateway.getSettings).toHaveBeenCalled();
    expect(gateway.onSelectionChanged).toHaveBeenCalled();
  });
}

/** The findings list region. */
export function findingsRegion(locale: Locale = 'zh-CN') {
  return screen.getByRole('region', { name: locale === 'zh-CN' ? '检查结果' : 'Findings' });
}

/** The list items of the findings (each one finding). */
export function findingItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('li[data-finding-cell]'));
}

export function findingItem(cellRef: string, ruleId?: string): HTMLElement {
  const items = findingItems().filter(
    (li) => li.dataset.findingCell === cellRef && (!ruleId || li.dataset.rule === ruleId),
  );
  if (items.length === 0) throw new Error(`no finding at ${cellRef}${ruleId ? ` (${ruleId})` : ''}`);
  return items[0];
}
