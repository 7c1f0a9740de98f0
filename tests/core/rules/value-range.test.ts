/**
 * value-range (rules.md §3, domain.md §1b-5): a percent below 0 or above 100; ≥100% / >100% (means =100%, suggest
 * "=100%"); a vacuous ≤100% on a rate. Higher-is-better rates with ≤ are `direction`'s, costs as % are
 * `unit-category-mismatch`'s.
 *
 * Seed layout rows: 10 数量 · 11 质量 · 12 时效 · 13 成本 · 14 经济效益 · 15 社会效益 · 16 可持续影响 · 17 满意度.
 */
import { ruleTester, seedTable, splitTable, table88, withNumber } from '../../support/rule-tester';

ruleTester.run('value-range', {
  valid: [
    { name: 'the clean table (=100%, ≥95%, ≤20万元)', grid: seedTable() },
    { name: '0% and =100% are in range', grid: seedTable({ set: { E15: '≥0%', E16: '=100%' } }) },
    {
      name: '成本 ≤100百分比 is not a range error (unit-category-mismatch reports it)',
      grid: seedTable({ set: { C13: '项目实际成本', E13: '≤100百分比' } }),
    },
    {
      name: '资金的使用效率 ≤100% is a direction error, not a vacuous bound',
      grid: seedTable({ set: { C14: '资金的使用效率', E14: '≤100%' } }),
    },
    {
      name: '≤100% on a name that is no rate (预算执行进度)',
      grid: seedTable({ set: { C16: '预算执行进度', E16: '≤100%' } }),
    },
    { name: 'counts above 100 are no percent: ≥120件', grid: seedTable({ set: { E10: '≥1200件' } }) },
    {
      name: 'a number cell 1 formatted 0% reads as its text "100%" (no comparator: not this rule)',
      grid: withNumber(seedTable(), 'E12', 1, '0%', '100%'),
    },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      name: '≥105% is above 100',
      grid: seedTable({ set: { E11: '≥105%' } }),
      errors: [{ messageId: 'outOfRange', cell: 'E11', data: { value: '≥105%' } }],
    },
    {
      name: '120百分比 (no comparator) is above 100',
      grid: seedTable({ set: { E15: '120百分比' } }),
      errors: [{ messageId: 'outOfRange', cell: 'E15' }],
    },
    {
      name: '≥100% means =100%',
      grid: seedTable({ set: { E12: '≥100%' } }),
      errors: [
        { messageId: 'atLeastHundred', cell: 'E12', data: { value: '≥100%' }, suggestions: ['=100%'] },
      ],
    },
    {
      name: '>100% and full-width ＞＝１００％',
      grid: seedTable({ set: { E11: '>100%', E16: '＞＝１００％' } }),
      errors: [
        { messageId: 'atLeastHundred', cell: 'E11', suggestions: ['=100%'] },
        { messageId: 'atLeastHundred', cell: 'E16', suggestions: ['=100%'] },
      ],
    },
    {
      name: '≥100百分比 and 不低于100%',
      grid: seedTable({ set: { E15: '≥100百分比', E16: '不低于100%' } }),
      errors: [
        { messageId: 'atLeastHundred', cell: 'E15', suggestions: ['=100%'] },
        { messageId: 'atLeastHundred', cell: 'E16', suggestions: ['=100%'] },
      ],
    },
    {
      name: 'a vacuous ≤100% on a rate that states no direction (档案归档率)',
      grid: seedTable({ set: { C16: '案件档案归档率', E16: '≤100%' } }),
      errors: [{ messageId: 'vacuous', cell: 'E16', data: { value: '≤100%' } }],
    },
    {
      name: '100%以下 is ≤100% too',
      grid: seedTable({ set: { C16: '案件档案归档率', E16: '100%以下' } }),
      errors: [{ messageId: 'vacuous', cell: 'E16' }],
    },
    {
      name: 'split 符号|值|单位 columns: no single-cell suggestion',
      grid: splitTable([['产出指标', '质量指标', '案件办结率', '≥', '100', '%']]),
      errors: [{ messageId: 'atLeastHundred', cell: 'E2', suggestions: [] }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E14: '≥100%' } }),
      errors: [{ messageId: 'atLeastHundred', cell: 'E14', suggestions: ['=100%'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E11: '≥105%' } }),
      config: { rules: { 'value-range': 'warning' } },
      errors: [{ messageId: 'outOfRange', cell: 'E11', severity: 'warning' }],
    },
  ],
});
