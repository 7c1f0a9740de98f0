/**
 * spending-plan (rules.md §3, domain.md §1b-10): 资金支出计划 cells empty; not percents; outside 0–100; decreasing; a
 * warning when the last (12月底) is not 100%. Seed: T11 all four cells empty. Seed layout: B7 3月底 · C7 6月底 ·
 * D7 10月底 · E7 12月底 (labels in row 6).
 */
import { ruleTester, seedTable, table88, withNumber } from '../../support/rule-tester';

ruleTester.run('spending-plan', {
  valid: [
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
      name: 'an amount instead of a percent: "25"',
      grid: seedTable({ header: { plan: ['25', '50%', '80%', '100%'] } }),
      errors: [{ messageId: 'notPercent', cell: 'B7' }],
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
