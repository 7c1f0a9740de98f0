/**
 * amount-format (rules.md §3): an amount written with text ("250万") where the table states 单位：万元; suggests the
 * number in the table's unit. Seed layout: C4 预算数 · E4 财政资金 · G4 其他资金.
 */
import { ruleTester, seedTable, table88, withNumber } from '../../support/rule-tester';

ruleTester.run('amount-format', {
  valid: [
    { name: 'the clean table: plain numbers', grid: seedTable() },
    {
      name: 'integers and thousands separators are numbers',
      grid: seedTable({ header: { budget: '1,200', fiscal: '1200', other: '0' } }),
    },
    {
      name: 'text that is no amount at all is funding-sum’s',
      grid: seedTable({ header: { fiscal: '待定' } }),
    },
    { name: 'the 88 layout', grid: table88() },
    {
      name: 'a number shown in the table’s unit by its format (20 under 0.00"万元" shows 20.00万元)',
      grid: withNumber(seedTable(), 'C4', 20, '0.00"万元"', '20.00万元'),
    },
  ],
  invalid: [
    {
      name: 'a number in 元 shown as 万元 under 单位：万元 is still read from its text (100000 under 0!.0000"万元")',
      grid: withNumber(
        seedTable({ header: { budget: '10.0000万元' } }),
        'C4',
        100000,
        '0!.0000"万元"',
        '10.0000万元',
      ),
      errors: [
        {
          messageId: 'withUnit',
          cell: 'C4',
          data: { text: '10.0000万元', tableUnit: '万元', fixed: '10.00' },
          suggestions: ['10.00'],
        },
      ],
    },
    {
      name: '"20万" in 预算数',
      grid: seedTable({ header: { budget: '20万' } }),
      errors: [
        {
          messageId: 'withUnit',
          cell: 'C4',
          data: { text: '20万', tableUnit: '万元', fixed: '20.00' },
          suggestions: ['20.00'],
        },
      ],
    },
    {
      name: '"200000元" in 财政资金 is 20.00 万元',
      grid: seedTable({ header: { fiscal: '200000元' } }),
      errors: [{ messageId: 'withUnit', cell: 'E4', data: { fixed: '20.00' }, suggestions: ['20.00'] }],
    },
    {
      name: 'every amount with a unit word',
      grid: seedTable({ header: { budget: '20万元', fiscal: '20万元', other: '0万元' } }),
      errors: [
        { messageId: 'withUnit', cell: 'C4', suggestions: ['20.00'] },
        { messageId: 'withUnit', cell: 'E4', suggestions: ['20.00'] },
        { messageId: 'withUnit', cell: 'G4', suggestions: ['0.00'] },
      ],
    },
    {
      name: '88 layout (项目资金（万元）): 年度资金总额 "20万元"',
      grid: table88({ header: { budget: '20万元' } }),
      errors: [{ messageId: 'withUnit', cell: 'E7', suggestions: ['20.00'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ header: { budget: '20万' } }),
      config: { rules: { 'amount-format': 'error' } },
      errors: [{ messageId: 'withUnit', cell: 'C4', severity: 'error', suggestions: ['20.00'] }],
    },
  ],
});
