/**
 * cross-table-conflict (rules.md §3, R18): the same 三级 (after normalisation, without a bracketed unit) with opposite
 * directions in different tables of the workbook. Seed: 社区矫正人数 ≤100人 (T2, T3) vs ≥100人 (T13).
 * Stacked seed tables (seedSheet): table 1 rows 10..17, table 2 rows 29..36 (数量 at E10 / E29).
 */
import { ruleTester, seedSheet, seedTable } from '../../support/rule-tester';

const T2 = {
  header: { name: '提前下达2021年社区矫正补助资金' },
  set: { C10: '社区矫正人数(人）', E10: '≤100人' },
};
const T13 = {
  header: { name: '下达2021年中央政法转移支付资金（绩效奖励）', budget: '5.00', fiscal: '5.00' },
  set: { C10: '社区矫正人数(人）', E10: '≥100人' },
};

ruleTester.run('cross-table-conflict', {
  valid: [
    { name: 'one clean table', grid: seedTable() },
    {
      name: 'the same indicator with the same direction in two tables',
      grid: seedSheet([{}, { header: { name: '2021年人民调解经费', budget: '25.00', fiscal: '25.00' } }]),
    },
    {
      name: '= is no direction',
      grid: seedSheet([T2, { ...T13, set: { C10: '社区矫正人数(人）', E10: '=100人' } }]),
    },
    {
      name: 'opposite directions inside one table are not across tables',
      grid: seedTable({ set: { C10: '社区矫正人数', E10: '≤100人', C11: '社区矫正人数', E11: '≥100人' } }),
    },
    {
      name: 'different indicators',
      grid: seedSheet([T2, { ...T13, set: { C10: '社区矫正对象监管人数', E10: '≥100人' } }]),
    },
  ],
  invalid: [
    {
      name: 'T2 ≤100人 vs T13 ≥100人 on one sheet: both cells are reported',
      grid: seedSheet([T2, T13]),
      errors: [
        {
          messageId: 'conflict',
          cell: 'E10',
          data: { name: '社区矫正人数(人）', value: '≤100人', others: '绩效目标!E29', otherValue: '≥100人' },
          related: ['E29'],
        },
        {
          messageId: 'conflict',
          cell: 'E29',
          data: { value: '≥100人', others: '绩效目标!E10', otherValue: '≤100人' },
          related: ['E10'],
        },
      ],
    },
    {
      name: 'across sheets (findings come in sheet order), names equal without the bracketed unit',
      grids: [
        seedTable({ sheet: 'T2', ...T2 }),
        seedTable({ sheet: 'T13', ...T13, set: { C10: '社区矫正人数', E10: '≥100人' } }),
      ],
      errors: [
        {
          messageId: 'conflict',
          cell: 'E10',
          sheet: 'T2',
          data: { others: 'T13!E10' },
          related: ['T13!E10'],
        },
        { messageId: 'conflict', cell: 'E10', sheet: 'T13', data: { others: 'T2!E10' }, related: ['T2!E10'] },
      ],
    },
    {
      name: 'word comparators count: 不超过100人 vs 不少于100人',
      grid: seedSheet([
        { ...T2, set: { C10: '社区矫正人数', E10: '不超过100人' } },
        { ...T13, set: { C10: '社区矫正人数', E10: '不少于100人' } },
      ]),
      errors: [
        { messageId: 'conflict', cell: 'E10', related: ['E29'] },
        { messageId: 'conflict', cell: 'E29', related: ['E10'] },
      ],
    },
    {
      name: 'severity override via config.rules',
      grid: seedSheet([T2, T13]),
      config: { rules: { 'cross-table-conflict': 'error' } },
      errors: [
        { messageId: 'conflict', cell: 'E10', severity: 'error', related: ['E29'] },
        { messageId: 'conflict', cell: 'E29', severity: 'error', related: ['E10'] },
      ],
    },
  ],
});
