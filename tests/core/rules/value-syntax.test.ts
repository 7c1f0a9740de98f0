/**
 * value-syntax (rules.md §2, §3): a value the grammar cannot read at all. Free words are value-qualitative-vague’s,
 * an empty value indicator-incomplete’s, an Excel error value cell-error’s.
 */
import { ruleTester, seedTable, splitTable, table88, withError } from '../../support/rule-tester';

ruleTester.run('value-syntax', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'dates: 2022年12月31日前, 2022-12-31, 2022.12, 2022年12月底',
      grid: seedTable({
        set: { E11: '2022-12-31', E12: '2022年12月31日前', E15: '2022.12', E16: '2022年12月底' },
      }),
    },
    {
      name: 'grades: 达到预期目标, 优, 部分达成年度指标并具有一定效果',
      grid: seedTable({ set: { E14: '达到预期目标', E15: '优', E16: '部分达成年度指标并具有一定效果' } }),
    },
    { name: 'free words are vague, not unreadable', grid: seedTable({ set: { E16: '效果明显' } }) },
    { name: 'an empty value', grid: seedTable({ set: { E16: '' } }) },
    { name: 'an Excel error value (#REF!) is cell-error’s', grid: withError(seedTable(), 'E11', '#REF!') },
    {
      name: 'full-width and word forms: ＞＝８０％, 不低于90%, 95%以上',
      grid: seedTable({ set: { E11: '＞＝８０％', E15: '不低于90%', E16: '95%以上' } }),
    },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      name: 'a range "80%-90%"',
      grid: seedTable({ set: { E11: '80%-90%' } }),
      errors: [{ messageId: 'unreadable', cell: 'E11', data: { value: '80%-90%' } }],
    },
    {
      name: 'a bare comparator "≥"',
      grid: seedTable({ set: { E15: '≥' } }),
      errors: [{ messageId: 'unreadable', cell: 'E15' }],
    },
    {
      name: 'contradictory comparators "≥80%以下"',
      grid: seedTable({ set: { E15: '≥80%以下' } }),
      errors: [{ messageId: 'unreadable', cell: 'E15' }],
    },
    {
      name: 'an impossible date "2022年13月底"',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年13月底' } }),
      errors: [{ messageId: 'unreadable', cell: 'E12' }],
    },
    {
      name: 'text that looks like an error but is typed: "#N/A"',
      grid: seedTable({ set: { E16: '#N/A' } }),
      errors: [{ messageId: 'unreadable', cell: 'E16' }],
    },
    {
      name: 'split 符号|值|单位 columns: a comparator with no number, reported at the 值 cell',
      grid: splitTable([['产出指标', '数量指标', '法律援助案件办理数', '≥', '', '件']]),
      errors: [{ messageId: 'unreadable', cell: 'E2', data: { value: '≥件' } }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E14: '90%-95%' } }),
      errors: [{ messageId: 'unreadable', cell: 'E14' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E11: '80%-90%' } }),
      config: { rules: { 'value-syntax': 'warning' } },
      errors: [{ messageId: 'unreadable', cell: 'E11', severity: 'warning' }],
    },
  ],
});
