/**
 * unit-name-mismatch (rules.md §3): the 三级 name states its unit — "(人)", "（%）", "(次)", or ends in 数/数量/人数/次数
 * (a count) or 率/度 (a rate) — and the value's unit disagrees. Seed: T7 人民调解案件数 ≥95%; T5 and T7 实际受理案件数量
 * ≥90% / ≥85%.
 */
import { indicatorTable, row, ruleTester, seedTable, splitTable, table88 } from '../../support/rule-tester';

ruleTester.run('unit-name-mismatch', {
  valid: [
    {
      name: 'a bracketed qualifier is no unit: 法律援助案件数（含刑事） ≥120件',
      grid: indicatorTable([row('产出指标', '数量指标', '法律援助案件数（含刑事）', '≥120件')]),
    },
    {
      name: 'a unit per period in the name: 专项检查次数（次/年） ≥4次',
      grid: indicatorTable([row('产出指标', '数量指标', '专项检查次数（次/年）', '≥4次')]),
    },
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'bracket units that agree: 社区矫正人数(人） ≤100人, 案件结案率(%) ≥80百分比',
      grid: seedTable({
        set: { C10: '社区矫正人数(人）', E10: '≤100人', C11: '案件结案率(%)', E11: '≥80百分比' },
      }),
    },
    {
      name: 'full-width bracket with ％: 案件办结率（％） ≥95%',
      grid: seedTable({ set: { C11: '案件办结率（％）', E11: '≥95%' } }),
    },
    {
      name: 'names ending in 度 that are no rate: 工作进度, 制度 (and 指数)',
      grid: seedTable({ set: { C15: '普法工作进度', E15: '≥90%', C16: '法治建设指数', E16: '≥85%' } }),
    },
    {
      name: 'a count name with a count unit; a rate with %',
      grid: seedTable({ set: { C10: '人民调解案件数', E10: '≥300件', C11: '人民调解成功率', E11: '≥95%' } }),
    },
    {
      name: 'dates and grades carry no unit to compare',
      grid: seedTable({ set: { C16: '社区矫正人数', E16: '达到预期目标' } }),
    },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      // 安徽 六安 2024 (corpus): a 及时率 given as a time limit
      name: 'a rate given in days: 检测及时率 ≤7工作日',
      grid: seedTable({ set: { C12: '检测及时率', E12: '≤7工作日' } }),
      errors: [{ messageId: 'rateAsOther', cell: 'E12', data: { name: '检测及时率', unit: '工作日' } }],
    },
    {
      name: 'a rate given in money: 资金到位率 ≥20万元',
      grid: seedTable({ set: { C11: '资金到位率', E11: '≥20万元' } }),
      errors: [{ messageId: 'rateAsOther', cell: 'E11', data: { unit: '万元' } }],
    },
    {
      name: 'T7 人民调解案件数 ≥95百分比',
      grid: seedTable({ set: { C10: '人民调解案件数', E10: '≥95百分比' } }),
      errors: [
        {
          messageId: 'countAsPercent',
          cell: 'E10',
          data: { name: '人民调解案件数', value: '≥95百分比', unit: '%' },
        },
      ],
    },
    {
      name: 'T5 and T7 可持续影响 实际受理案件数量 ≥90% / ≥85%',
      grid: seedTable({
        set: { C15: '实际受理案件数量', E15: '≥90百分比', C16: '实际受理案件数量', E16: '≥85百分比' },
      }),
      errors: [
        { messageId: 'countAsPercent', cell: 'E15' },
        { messageId: 'countAsPercent', cell: 'E16' },
      ],
    },
    {
      name: 'a bracket unit "(人）" with a percent',
      grid: seedTable({ set: { C10: '社区矫正人数(人）', E10: '≥90%' } }),
      errors: [{ messageId: 'bracket', cell: 'E10', data: { expected: '人', unit: '%' } }],
    },
    {
      name: 'a bracket unit "(%)" with a count',
      grid: seedTable({ set: { C11: '案件结案率(%)', E11: '≥80件' } }),
      errors: [{ messageId: 'bracket', cell: 'E11', data: { expected: '%', unit: '件' } }],
    },
    {
      name: 'a rate with a count unit: 办结率 ≥80件, 满意度 ≥90人',
      grid: seedTable({ set: { C11: '案件办结率', E11: '≥80件', C17: '服务对象满意度', E17: '≥90人' } }),
      errors: [
        { messageId: 'rateAsCount', cell: 'E11', data: { unit: '件' } },
        { messageId: 'rateAsCount', cell: 'E17', data: { unit: '人' } },
      ],
    },
    {
      name: 'split 符号|值|单位 columns',
      grid: splitTable([['产出指标', '数量指标', '人民调解案件数', '≥', '95', '%']]),
      errors: [{ messageId: 'countAsPercent', cell: 'E2' }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E13: '≥95%' } }),
      errors: [{ messageId: 'countAsPercent', cell: 'E13' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C10: '人民调解案件数', E10: '≥95%' } }),
      config: { rules: { 'unit-name-mismatch': 'error' } },
      errors: [{ messageId: 'countAsPercent', cell: 'E10', severity: 'error' }],
    },
  ],
});
