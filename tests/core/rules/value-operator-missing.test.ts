/**
 * value-operator-missing (rules.md §3, domain.md §1b-1): a quantitative value with no comparator; suggests "=".
 * Seed examples: T4 "2人", T4 "100百分比", T10 ×4 "100百分比".
 */
import { ruleTester, seedTable, splitTable, table88, withNumber } from '../../support/rule-tester';
import { gridFromRows } from '../../../src/core';

ruleTester.run('value-operator-missing', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'word comparators: 不少于120件, 95%以上',
      grid: seedTable({ set: { E10: '不少于120件', E11: '95%以上' } }),
    },
    {
      name: 'a date needs no comparator',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日前' } }),
    },
    {
      name: 'a qualitative grade needs no comparator',
      grid: seedTable({ set: { C16: '法治宣传长效机制建设', E16: '达到预期目标' } }),
    },
    { name: 'an empty value is indicator-incomplete’s', grid: seedTable({ set: { E16: '' } }) },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      name: 'a value with a bracketed note keeps it in the suggestion: 95%（全年） → =95%（全年）',
      grid: seedTable({ set: { E11: '95%（全年）' } }),
      errors: [{ messageId: 'missing', cell: 'E11', suggestions: ['=95%（全年）'] }],
    },
    {
      name: 'T4 质量 设立法律顾问 "2人"',
      grid: seedTable({ set: { C11: '设立法律顾问', E11: '2人' } }),
      errors: [{ messageId: 'missing', cell: 'E11', data: { value: '2人' }, suggestions: ['=2人'] }],
    },
    {
      name: 'T4 成本 预算控制数 "100百分比": the suggestion is normalised',
      grid: seedTable({ set: { C13: '预算控制数', E13: '100百分比' } }),
      errors: [{ messageId: 'missing', cell: 'E13', suggestions: ['=100%'] }],
    },
    {
      name: 'T10: four "100百分比" values',
      grid: seedTable({ set: { E11: '100百分比', E12: '100百分比', E13: '100百分比', E16: '100百分比' } }),
      errors: [
        { messageId: 'missing', cell: 'E11', suggestions: ['=100%'] },
        { messageId: 'missing', cell: 'E12', suggestions: ['=100%'] },
        { messageId: 'missing', cell: 'E13', suggestions: ['=100%'] },
        { messageId: 'missing', cell: 'E16', suggestions: ['=100%'] },
      ],
    },
    {
      name: 'full-width digits "１２０件"',
      grid: seedTable({ set: { E10: '１２０件' } }),
      errors: [{ messageId: 'missing', cell: 'E10', suggestions: ['=120件'] }],
    },
    {
      name: 'a number cell 0.95 formatted 0% is read by its text "95%"',
      grid: withNumber(seedTable(), 'E11', 0.95, '0%', '95%'),
      errors: [{ messageId: 'missing', cell: 'E11', data: { value: '95%' }, suggestions: ['=95%'] }],
    },
    {
      name: 'split 符号|值|单位 columns with an empty 符号: "=" is suggested for the 符号 cell',
      grid: splitTable([['产出指标', '数量指标', '法律援助案件办理数', '', '120', '件']]),
      errors: [{ messageId: 'missing', cell: 'E2', suggestions: ['='] }],
    },
    {
      name: 'the 财政部 form: 定性 in 指标性质 beside a number',
      grid: gridFromRows('Sheet1', [
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '法律援助案件办理数', '定性', '120', '件'],
      ]),
      errors: [{ messageId: 'missing', cell: 'E2', data: { value: '120件' }, suggestions: ['='] }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E13: '120件' } }),
      errors: [{ messageId: 'missing', cell: 'E13', suggestions: ['=120件'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E10: '120件' } }),
      config: { rules: { 'value-operator-missing': 'error' } },
      errors: [{ messageId: 'missing', cell: 'E10', severity: 'error', suggestions: ['=120件'] }],
    },
  ],
});
