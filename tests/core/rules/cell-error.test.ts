/**
 * cell-error (not in rules.md §3; the product's own rule): a cell inside a table holds an Excel error value (#REF!,
 * #N/A, #VALUE! …) — a finding, never a crash.
 */
import { ruleTester, seedTable, table88, withError } from '../../support/rule-tester';

ruleTester.run('cell-error', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'the text "#REF!" typed into a cell is no error value',
      grid: seedTable({ set: { E11: '#REF!' } }),
    },
    { name: 'an error value outside every table', grid: withError(seedTable(), 'K40', '#REF!') },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: '#REF! in a 指标值 cell',
      grid: withError(seedTable(), 'E11', '#REF!'),
      errors: [{ messageId: 'error', cell: 'E11', data: { error: '#REF!' } }],
    },
    {
      name: '#VALUE! in the 预算数 cell of the header',
      grid: withError(seedTable(), 'C4', '#VALUE!'),
      errors: [{ messageId: 'error', cell: 'C4', data: { error: '#VALUE!' } }],
    },
    {
      name: '#N/A in a 三级 cell and #DIV/0! in a spending-plan cell',
      grid: withError(withError(seedTable(), 'C15', '#N/A'), 'D7', '#DIV/0!'),
      errors: [
        { messageId: 'error', cell: 'D7', data: { error: '#DIV/0!' } },
        { messageId: 'error', cell: 'C15', data: { error: '#N/A' } },
      ],
    },
    {
      name: '88 layout: #REF! in the 年度资金总额 cell',
      grid: withError(table88(), 'E7', '#REF!'),
      errors: [{ messageId: 'error', cell: 'E7' }],
    },
    {
      name: 'severity override via config.rules',
      grid: withError(seedTable(), 'E11', '#REF!'),
      config: { rules: { 'cell-error': 'warning' } },
      errors: [{ messageId: 'error', cell: 'E11', severity: 'warning' }],
    },
  ],
});
