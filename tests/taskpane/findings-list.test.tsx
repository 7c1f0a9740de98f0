/** @jest-environment jsdom */
import './setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Diagnostic, Severity, TableInfo } from '../../src/core';
import { FindingsList } from '../../src/taskpane/components/FindingsList/FindingsList';
import type { FindingsListProps } from '../../src/taskpane/components/FindingsList/FindingsList.types';
import { LocaleProvider } from '../../src/taskpane/i18n';
import { ALL_SEVERITIES, groupFindings, quoteSheet } from '../../src/taskpane/findings';

const TABLES: TableInfo[] = [
  {
    sheet: '表一',
    range: { top: 0, left: 0, bottom: 20, right: 5 },
    title: '甲项目绩效目标表',
    layout: 'project-seed',
    profile: '88',
  },
  {
    sheet: '表一',
    range: { top: 24, left: 0, bottom: 40, right: 5 },
    title: '',
    layout: 'project-seed',
    profile: '88',
  },
];

function diag(p: Partial<Diagnostic> & { row: number; col: number; severity: Severity }): Diagnostic {
  return {
    ruleId: p.ruleId ?? 'typo',
    severity: p.severity,
    messageId: 'm',
    data: {},
    message: p.message ?? `消息 ${p.row}`,
    sheet: p.sheet ?? '表一',
    cell: { row: p.row, col: p.col },
    related: [],
    fix: p.fix ?? null,
    suggestions: p.suggestions ?? [],
    table: p.table ?? 0,
  };
}

const D = [
  diag({
    row: 3,
    col: 4,
    severity: 'error',
    ruleId: 'value-syntax',
    fix: { sheet: '表一', cell: { row: 3, col: 4 }, value: '≥80%' },
  }),
  diag({ row: 5, col: 2, severity: 'warning', ruleId: 'indicator-vague' }),
  diag({
    row: 6,
    col: 4,
    severity: 'info',
    ruleId: 'value-operator-missing',
    suggestions: [
      {
        messageId: 'a',
        data: {},
        message: '改为“=20人”',
        edit: { sheet: '表一', cell: { row: 6, col: 4 }, value: '=20人' },
      },
      {
        messageId: 'b',
        data: {},
        message: '改为“≥20人”',
        edit: { sheet: '表一', cell: { row: 6, col: 4 }, value: '≥20人' },
      },
    ],
  }),
  diag({ row: 30, col: 1, severity: 'warning', table: 1 }),
  diag({ row: 50, col: 0, severity: 'info', table: -1, ruleId: 'foreign-content' }),
];

function renderList(props: Partial<FindingsListProps> = {}) {
  const handlers = {
    onSelect: jest.fn(),
    onFix: jest.fn(),
    onSuggestion: jest.fn(),
    onFilterChange: jest.fn(),
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale="zh-CN">
        <FindingsList tables={TABLES} diagnostics={D} filter={ALL_SEVERITIES} {...handlers} {...props} />
      </LocaleProvider>
    </FluentProvider>,
  );
  return { ...handlers, view };
}

const items = () => Array.from(document.querySelectorAll<HTMLElement>('li[data-finding-cell]'));

describe('FindingsList', () => {
  it('groups by table, untitled tables and findings outside any table included, each with its counts', () => {
    renderList();
    expect(screen.getByText('共 2 个绩效目标表，5 个问题')).toBeInTheDocument();
    const headers = document.querySelectorAll('[data-group]');
    expect(Array.from(headers).map((h) => h.getAttribute('data-group'))).toEqual([
      'table:0',
      'table:1',
      'outside:表一',
    ]);
    const first = screen.getByRole('button', { name: /甲项目绩效目标表/ });
    expect(first).toHaveTextContent('表一!A1:F21');
    expect(first).toHaveTextContent('错误 1');
    expect(first).toHaveTextContent('警告 1');
    expect(first).toHaveTextContent('提示 1');
    expect(screen.getByRole('button', { name: /（无标题的表）/ })).toHaveTextContent('警告 1');
    expect(screen.getByRole('button', { name: /表格之外/ })).toHaveTextContent('提示 1');
    expect(items().map((li) => li.dataset.findingCell)).toEqual([
      '表一!E4',
      '表一!C6',
      '表一!E7',
      '表一!B31',
      '表一!A51',
    ]);
  });

  it('reports clicks: the finding, its fix, each suggestion by index', () => {
    const h = renderList();
    const [first, , third] = items();
    fireEvent.click(within(first).getAllByRole('button')[0]);
    expect(h.onSelect).toHaveBeenCalledWith(D[0]);
    fireEvent.click(within(first).getByRole('button', { name: '修复 表一!E4：改为“≥80%”' }));
    expect(h.onFix).toHaveBeenCalledWith(D[0]);
    fireEvent.click(within(third).getByRole('button', { name: '建议 表一!E7：改为“≥20人”' }));
    expect(h.onSuggestion).toHaveBeenCalledWith(D[2], 1);
    expect(within(items()[1]).getAllByRole('button')).toHaveLength(1); // no fix, no suggestion
  });

  it('disables fixes and suggestions while busy, but still lets the user navigate', () => {
    const h = renderList({ busy: true });
    const [first, , third] = items();
    expect(within(first).getByRole('button', { name: /^修复/ })).toBeDisabled();
    const suggestions = within(third).getAllByRole('button', { name: /^建议/ });
    expect(suggestions).toHaveLength(2);
    for (const b of suggestions) expect(b).toBeDisabled();
    fireEvent.click(within(first).getAllByRole('button')[0]);
    expect(h.onSelect).toHaveBeenCalledTimes(1);
  });

  it('shows only the severities of the filter and reports toggles', () => {
    const h = renderList({ filter: { error: true, warning: false, info: true } });
    expect(items().map((li) => li.dataset.severity)).toEqual(['error', 'info', 'info']);
    expect(screen.getByText('当前筛选条件下没有问题。')).toBeInTheDocument(); // the untitled table has only a warning
    const warning = within(screen.getByRole('group', { name: '按严重程度筛选' })).getByRole('button', {
      name: '警告 2',
    });
    expect(warning).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(warning);
    expect(h.onFilterChange).toHaveBeenCalledWith('warning', true);
  });

  it('marks the finding at the selection current; the clicked one wins among several at one cell', () => {
    const twin = diag({ row: 3, col: 4, severity: 'info', ruleId: 'value-normalize' });
    const list = [D[0], twin, ...D.slice(1)];
    const sel = { sheet: '表一', range: { top: 3, left: 4, bottom: 3, right: 4 } };
    const { view } = renderList({ diagnostics: list, selection: sel });
    const current = () =>
      items()
        .filter((li) => li.getAttribute('aria-current') === 'true')
        .map((li) => li.dataset.rule);
    expect(current()).toEqual(['value-syntax']);
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale="zh-CN">
          <FindingsList
            tables={TABLES}
            diagnostics={list}
            filter={ALL_SEVERITIES}
            selection={sel}
            preferred={twin}
            onSelect={jest.fn()}
            onFix={jest.fn()}
            onSuggestion={jest.fn()}
            onFilterChange={jest.fn()}
          />
        </LocaleProvider>
      </FluentProvider>,
    );
    expect(current()).toEqual(['value-normalize']);
  });

  it('a collapsed group opens again when its finding becomes current', async () => {
    const h = { onSelect: jest.fn(), onFix: jest.fn(), onSuggestion: jest.fn(), onFilterChange: jest.fn() };
    const ui = (selection: FindingsListProps['selection']) => (
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale="zh-CN">
          <FindingsList
            tables={TABLES}
            diagnostics={D}
            filter={ALL_SEVERITIES}
            selection={selection}
            {...h}
          />
        </LocaleProvider>
      </FluentProvider>
    );
    const view = render(ui(null));
    const header = screen.getByRole('button', { name: /（无标题的表）/ });
    expect(header).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(header);
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(items().some((li) => li.dataset.findingCell === '表一!B31')).toBe(false);
    view.rerender(ui({ sheet: '表一', range: { top: 30, left: 1, bottom: 30, right: 1 } }));
    expect(screen.getByRole('button', { name: /（无标题的表）/ })).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() =>
      expect(items().find((li) => li.dataset.findingCell === '表一!B31')).toHaveAttribute(
        'aria-current',
        'true',
      ),
    );
  });
});

describe('findings helpers', () => {
  it('keeps clean tables as groups and quotes sheet names like Excel', () => {
    expect(groupFindings(TABLES, []).map((g) => g.findings.length)).toEqual([0, 0]);
    expect(quoteSheet('绩效目标')).toBe('绩效目标');
    expect(quoteSheet('Sheet1')).toBe('Sheet1');
    expect(quoteSheet('My Sheet')).toBe("'My Sheet'");
    expect(quoteSheet("O'Neil")).toBe("'O''Neil'");
    expect(quoteSheet('A1')).toBe("'A1'");
    expect(quoteSheet('2024')).toBe("'2024'");
    expect(quoteSheet('S1')).toBe("'S1'");
    expect(quoteSheet('R1C1')).toBe("'R1C1'");
    expect(quoteSheet('C')).toBe("'C'");
  });
});

describe('FindingsList: long lists', () => {
  const many = Array.from({ length: 7 }, (_, i) => diag({ row: 100 + i, col: 2, severity: 'warning' }));
  const tables = [TABLES[0]];
  const ui = (selection: FindingsListProps['selection']) => (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale="zh-CN">
        <FindingsList
          tables={tables}
          diagnostics={many}
          filter={ALL_SEVERITIES}
          selection={selection}
          pageSize={3}
          onSelect={jest.fn()}
          onFix={jest.fn()}
          onSuggestion={jest.fn()}
          onFilterChange={jest.fn()}
        />
      </LocaleProvider>
    </FluentProvider>
  );

  it('renders a page of findings per group, with a button for more', () => {
    render(ui(null));
    expect(items()).toHaveLength(3);
    expect(screen.getByText('共 1 个绩效目标表，7 个问题')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '再显示 3 个问题' }));
    expect(items()).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: '再显示 1 个问题' }));
    expect(items()).toHaveLength(7);
    expect(screen.queryByRole('button', { name: /^再显示/ })).toBeNull();
  });

  it('shows (and scrolls to) the current finding even when it is beyond the page', async () => {
    const view = render(ui(null));
    expect(items()).toHaveLength(3);
    view.rerender(ui({ sheet: '表一', range: { top: 105, left: 2, bottom: 105, right: 2 } }));
    await waitFor(() => expect(items()).toHaveLength(6));
    const li = items().find((x) => x.dataset.findingCell === '表一!C106')! as HTMLElement & {
      scrolledIntoView?: number;
    };
    expect(li).toHaveAttribute('aria-current', 'true');
    expect(li.scrolledIntoView).toBeGreaterThan(0);
  });
});
