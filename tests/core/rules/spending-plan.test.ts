/**
 * spending-plan (rules.md §3, domain.md §1b-10): 资金支出计划 cells empty; not percents; outside 0–100; decreasing; a
 * warning when the last (12月底) is not 100%. Seed: T11 all four cells empty. Seed layout: B7 3月底 · C7 6月底 ·
 * D7 10月底 · E7 12月底 (labels in row 6).
 */
import { ruleTester, seedTable, table88, withNumber } from '../../support/rule-tester';
import { gridFromRows } from '../../../src/core';

/** A small table whose header holds a spending plan: label A4, period labels B4:E4, values B5:E5; budget 20. */
function planTable(label: string, periods: string[], values: string[]) {
  return gridFromRows('Sheet1', [
    ['项目支出绩效目标表'],
    ['项目名称', '法律援助', '项目编码', '315001210000001'],
    ['预算数', '20.00', '财政资金', '20.00', '其他资金', '0.00'],
    [label, ...periods],
    [null, ...values],
    ['年度目标', '办理法律援助案件120件以上。'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '法律援助案件数', '≥120件'],
  ]);
}

ruleTester.run('spending-plan', {
  valid: [
    {
      name: '资金支出计划（%） over bare numbers: the label gives the unit (25 | 50 | 80 | 100)',
      grid: seedTable({ header: { plan: ['25', '50', '80', '100'] } }),
    },
    {
      name: '资金支出计划（万元）: cumulative amounts ending at the budget (5 | 10 | 15 | 20 of 20)',
      grid: planTable('资金支出计划（万元）', ['3月底', '6月底', '9月底', '12月底'], ['5', '10', '15', '20']),
    },
    {
      name: 'quarterly shares that add up to 100% (20% 30% 30% 20%)',
      grid: planTable('资金支出计划', ['一季度', '二季度', '三季度', '四季度'], ['20%', '30%', '30%', '20%']),
    },
    { name: 'the clean plan 25% 50% 80% 100%', grid: seedTable() },
    {
      name: 'flat then complete: 0% 0% 0% 100%',
      grid: seedTable({ header: { plan: ['0%', '0%', '0%', '100%'] } }),
    },
    {
      name: 'spelled 百分比 and full-width ％',
      grid: seedTable({ header: { plan: ['25百分比', '50％', '80%', '100%'] } }),
    },
    {
      name: 'percent-formatted numbers read by their text',
      grid: withNumber(seedTable(), 'B7', 0.25, '0%', '25%'),
    },
    { name: 'a layout without a spending plan (88)', grid: table88() },
  ],
  invalid: [
    {
      name: 'T11: all four cells empty',
      grid: seedTable({ header: { plan: ['', '', '', ''] } }),
      errors: [
        { messageId: 'empty', cell: 'B7', data: { label: '3月底' }, related: ['B6'] },
        { messageId: 'empty', cell: 'C7', data: { label: '6月底' }, related: ['C6'] },
        { messageId: 'empty', cell: 'D7', data: { label: '10月底' }, related: ['D6'] },
        { messageId: 'empty', cell: 'E7', data: { label: '12月底' }, related: ['E6'] },
      ],
    },
    {
      name: 'decreasing: 80% then 50%',
      grid: seedTable({ header: { plan: ['25%', '80%', '50%', '100%'] } }),
      errors: [
        {
          messageId: 'decreasing',
          cell: 'D7',
          data: { label: '10月底', text: '50%', previous: '80%' },
          related: ['C7'],
        },
      ],
    },
    {
      name: '12月底 not 100% (warning)',
      grid: seedTable({ header: { plan: ['25%', '50%', '80%', '90%'] } }),
      errors: [
        { messageId: 'notComplete', cell: 'E7', severity: 'warning', data: { label: '12月底', text: '90%' } },
      ],
    },
    {
      name: 'not a percent, and above 100',
      grid: seedTable({ header: { plan: ['5万元', '50%', '120%', '100%'] } }),
      errors: [
        { messageId: 'notPercent', cell: 'B7', data: { text: '5万元' } },
        { messageId: 'outOfRange', cell: 'D7', data: { text: '120%' } },
      ],
    },
    {
      name: 'an amount instead of a percent: "5万元"',
      grid: seedTable({ header: { plan: ['5万元', '50%', '80%', '100%'] } }),
      errors: [{ messageId: 'notPercent', cell: 'B7' }],
    },
    {
      name: '资金支出计划（万元）: cumulative amounts that stop short of the budget (18 of 20)',
      grid: planTable('资金支出计划（万元）', ['3月底', '6月底', '9月底', '12月底'], ['5', '10', '15', '18']),
      errors: [
        { messageId: 'notBudget', cell: 'E5', severity: 'warning', data: { budget: '20.00', text: '18' } },
      ],
    },
    {
      name: 'quarterly shares that do not add up (20% 30% 30% 10%)',
      grid: planTable('资金支出计划', ['一季度', '二季度', '三季度', '四季度'], ['20%', '30%', '30%', '10%']),
      errors: [
        { messageId: 'decreasing', cell: 'E5', related: ['D5'] },
        { messageId: 'notComplete', cell: 'E5', severity: 'warning' },
      ],
    },
    {
      name: 'one empty cell',
      grid: seedTable({ header: { plan: ['25%', '', '80%', '100%'] } }),
      errors: [{ messageId: 'empty', cell: 'C7', related: ['C6'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ header: { plan: ['25%', '50%', '80%', '90%'] } }),
      config: { rules: { 'spending-plan': 'info' } },
      errors: [{ messageId: 'notComplete', cell: 'E7', severity: 'info' }],
    },
  ],
});
