/**
 * duplicate-grid (rules.md §3, R11): two tables with identical indicator grids (names and values) but different budgets.
 * Seed: T9 (2.00) and T11 (23.04). Reported at the later table's title, related: the earlier table's title.
 * Stacked seed tables (seedSheet): table 1 title A1, table 2 title A20.
 */
import { CLEAN_ROWS, ruleTester, seedSheet, seedTable } from '../../support/rule-tester';

const T9 = {
  header: { title: '9.社区矫正专项经费绩效目标表', name: '社区矫正专项经费', budget: '2.00', fiscal: '2.00' },
};
const T11 = {
  header: {
    title: '11.提前下达2021年社区矫正补助资金绩效目标表',
    name: '提前下达2021年社区矫正补助资金',
    budget: '23.04',
    fiscal: '23.04',
  },
};

ruleTester.run('duplicate-grid', {
  valid: [
    { name: 'one table', grid: seedTable() },
    {
      name: 'identical grids with the same budget',
      grid: seedSheet([T9, { ...T11, header: { ...T11.header, budget: '2.00', fiscal: '2.00' } }]),
    },
    { name: 'grids that differ in one value', grid: seedSheet([T9, { ...T11, set: { E10: '≥130件' } }]) },
    {
      name: 'fewer than 3 indicators are too few to call a copy',
      grid: seedSheet([
        { ...T9, rows: CLEAN_ROWS.slice(0, 2) },
        { ...T11, rows: CLEAN_ROWS.slice(0, 2) },
      ]),
    },
    {
      name: 'a budget that is no number',
      grid: seedSheet([T9, { ...T11, header: { ...T11.header, budget: '待定' } }]),
    },
  ],
  invalid: [
    {
      name: 'T9 (2.00) and T11 (23.04) with identical grids',
      grid: seedSheet([T9, T11]),
      errors: [
        {
          messageId: 'duplicate',
          cell: 'A20',
          severity: 'info',
          data: { other: '社区矫正专项经费', budget: '23.04', otherBudget: '2.00' },
          related: ['A1'],
        },
      ],
    },
    {
      name: 'identical after normalisation (spaces in a value, a variant 二级)',
      grid: seedSheet([T9, { ...T11, set: { E10: '≥ 120件', B12: '进度指标' } }]),
      errors: [{ messageId: 'duplicate', cell: 'A20', related: ['A1'] }],
    },
    {
      name: 'across sheets',
      grids: [seedTable({ sheet: 'T9', ...T9 }), seedTable({ sheet: 'T11', ...T11 })],
      errors: [{ messageId: 'duplicate', cell: 'A1', sheet: 'T11', related: ['T9!A1'] }],
    },
    {
      name: 'three copies: each later one is reported against the first',
      grid: seedSheet([
        T9,
        T11,
        {
          header: {
            title: '3.社区矫正中心运转经费绩效目标表',
            name: '社区矫正中心运转经费',
            budget: '5.00',
            fiscal: '5.00',
          },
        },
      ]),
      errors: [
        { messageId: 'duplicate', cell: 'A20', data: { budget: '23.04' }, related: ['A1'] },
        {
          messageId: 'duplicate',
          cell: 'A39',
          data: { budget: '5.00', otherBudget: '2.00' },
          related: ['A1'],
        },
      ],
    },
    {
      name: 'severity override via config.rules',
      grid: seedSheet([T9, T11]),
      config: { rules: { 'duplicate-grid': 'warning' } },
      errors: [{ messageId: 'duplicate', cell: 'A20', severity: 'warning', related: ['A1'] }],
    },
  ],
});
