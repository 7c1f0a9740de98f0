/**
 * duplicate-indicator (rules.md §3, R18): the same 三级 (after normalisation) twice in one table; reported at the second,
 * with the first as related cell.
 */
import { CLEAN_ROWS, ruleTester, seedSheet, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('duplicate-indicator', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'the same 三级 in two different tables is no duplicate',
      grid: seedSheet([{}, { header: { name: '2021年人民调解经费', budget: '25.00', fiscal: '25.00' } }]),
    },
    {
      name: 'similar but different names: 案件结案率 vs 案件处理办结率 (T1)',
      grid: seedTable({ set: { C10: '案件结案率(%)', C11: '案件处理办结率（%）' } }),
    },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: 'the same 三级 twice',
      grid: seedTable({ set: { C11: '法律援助案件办理数' } }),
      errors: [
        {
          messageId: 'duplicate',
          cell: 'C11',
          data: { name: '法律援助案件办理数', first: 'C10' },
          related: ['C10'],
        },
      ],
    },
    {
      name: 'the same after normalisation: inner spaces, bracket width',
      grid: seedTable({ set: { C10: '案件结案率(%)', C11: '案件结案率（%）', C16: '矛盾纠纷 调解成功率' } }),
      errors: [
        { messageId: 'duplicate', cell: 'C11', data: { first: 'C10' }, related: ['C10'] },
        { messageId: 'duplicate', cell: 'C16', data: { first: 'C15' }, related: ['C15'] },
      ],
    },
    {
      name: 'three times: each repeat names the first',
      grid: seedTable({
        rows: [
          ...CLEAN_ROWS,
          ['', '', '服务对象满意度', '第二次', '≥95%', '历史标准'],
          ['', '', '服务对象满意度', '第三次', '≥95%', '历史标准'],
        ],
      }),
      errors: [
        { messageId: 'duplicate', cell: 'C18', data: { first: 'C17' }, related: ['C17'] },
        { messageId: 'duplicate', cell: 'C19', data: { first: 'C17' }, related: ['C17'] },
      ],
    },
    {
      name: '88 layout',
      grid: table88({ set: { C14: '法律援助案件办理数' } }),
      errors: [{ messageId: 'duplicate', cell: 'C14', related: ['C13'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C11: '法律援助案件办理数' } }),
      config: { rules: { 'duplicate-indicator': 'error' } },
      errors: [{ messageId: 'duplicate', cell: 'C11', severity: 'error', related: ['C10'] }],
    },
  ],
});
