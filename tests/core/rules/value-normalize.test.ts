/**
 * value-normalize (rules.md §2, §3): 百分比 → %, full-width digits/operators, >= → ≥, word comparators, stray spaces.
 * A safe fix: the canonical spelling of the same value.
 */
import { indicatorTable, ruleTester, seedTable, splitTable, table88 } from '../../support/rule-tester';

ruleTester.run('value-normalize', {
  valid: [
    {
      name: 'an unknown unit is not rewritten (≥90%（抽样）: value-unit-unknown reports it)',
      grid: seedTable({ set: { E11: '≥90%（抽样）' } }),
    },
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'canonical values: ≥95%, ≤2000元/件, 2022年12月31日前, 达到预期目标',
      grid: indicatorTable([
        ['产出指标', '质量指标', '案件办结率', '', '≥95%'],
        ['', '成本指标', '案件补贴标准', '', '≤2000元/件'],
        ['', '时效指标', '宣传活动完成时间', '', '2022年12月31日前'],
        ['效益指标', '社会效益指标', '法治宣传效果', '', '达到预期目标'],
      ]),
    },
    {
      name: 'only surrounding spaces: the cell is read trimmed',
      grid: seedTable({ set: { E11: ' ≥95% ' } }),
    },
    {
      name: 'split 符号|值|单位 columns: no single cell to fix',
      grid: splitTable([['产出指标', '质量指标', '案件办结率', '>=', '95', '百分比']]),
    },
    { name: 'an unreadable value is value-syntax’s', grid: seedTable({ set: { E11: '80%-90%' } }) },
    { name: 'the 88 layout, clean', grid: table88() },
    {
      name: "config.rules 'off' turns the rule off",
      grid: seedTable({ set: { E11: '≥80百分比' } }),
      config: { rules: { 'value-normalize': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'seed "≥80百分比" → "≥80%"',
      grid: seedTable({ set: { E11: '≥80百分比' } }),
      errors: [
        { messageId: 'normalize', cell: 'E11', data: { value: '≥80百分比', canonical: '≥80%' }, fix: '≥80%' },
      ],
    },
    {
      name: 'ASCII >= and <=',
      grid: seedTable({ set: { E11: '>=95%', E13: '<=20万元' } }),
      errors: [
        { messageId: 'normalize', cell: 'E11', fix: '≥95%' },
        { messageId: 'normalize', cell: 'E13', fix: '≤20万元' },
      ],
    },
    {
      name: 'full-width ＞＝８０％',
      grid: seedTable({ set: { E15: '＞＝８０％' } }),
      errors: [{ messageId: 'normalize', cell: 'E15', fix: '≥80%' }],
    },
    {
      name: 'word comparators 不低于90% and 不超过20万元',
      grid: seedTable({ set: { E11: '不低于90%', E13: '不超过20万元' } }),
      errors: [
        { messageId: 'normalize', cell: 'E11', fix: '≥90%' },
        { messageId: 'normalize', cell: 'E13', fix: '≤20万元' },
      ],
    },
    {
      name: 'a trailing 以上: 95%以上 → ≥95%',
      grid: seedTable({ set: { E15: '95%以上' } }),
      errors: [{ messageId: 'normalize', cell: 'E15', fix: '≥95%' }],
    },
    {
      name: 'stray inner spaces: "≥ 120 件"',
      grid: seedTable({ set: { E10: '≥ 120 件' } }),
      errors: [{ messageId: 'normalize', cell: 'E10', fix: '≥120件' }],
    },
    {
      name: 'a date with a space: "2022年12月31日 前"',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日 前' } }),
      errors: [{ messageId: 'normalize', cell: 'E12', fix: '2022年12月31日前' }],
    },
    {
      name: 'T10 "100百分比" (no comparator) is normalised too',
      grid: seedTable({ set: { E12: '100百分比' } }),
      errors: [{ messageId: 'normalize', cell: 'E12', fix: '100%' }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E14: '≥95百分比' } }),
      errors: [{ messageId: 'normalize', cell: 'E14', fix: '≥95%' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E11: '≥80百分比' } }),
      config: { rules: { 'value-normalize': 'warning' } },
      errors: [{ messageId: 'normalize', cell: 'E11', severity: 'warning', fix: '≥80%' }],
    },
  ],
});
