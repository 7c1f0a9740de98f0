/**
 * value-unit-unknown (rules.md §2, §3): a quantitative value whose unit is not in the list (which can grow), or
 * that has no unit at all.
 */
import { indicatorTable, row, ruleTester, seedTable, splitTable, table88 } from '../../support/rule-tester';

ruleTester.run('value-unit-unknown', {
  valid: [
    {
      name: 'the name states the unit: 设施完好率(%) ≥95, 群众满意度（%） ≥90',
      grid: indicatorTable([
        row('产出指标', '质量指标', '设施完好率(%)', '≥95'),
        row('满意度指标', '服务对象满意度指标', '群众满意度（%）', '≥90'),
      ]),
    },
    {
      name: 'units of real forms: 个工作日, 分, 万人次, ‰, 元/人/天, 次/季度, 个百分点, ≥90（%）',
      grid: indicatorTable([
        row('产出指标', '时效指标', '办结时限', '≤5个工作日'),
        row('产出指标', '质量指标', '考核得分', '≥90分'),
        row('产出指标', '数量指标', '服务人次', '≥1.5万人次'),
        row('效益指标', '社会效益指标', '重新犯罪率', '≤2‰'),
        row('产出指标', '成本指标', '伙食补助标准', '≤50元/人/天'),
        row('产出指标', '数量指标', '督查次数', '≥4次/季度'),
        row('效益指标', '社会效益指标', '知晓率提高', '≥1个百分点'),
        row('产出指标', '质量指标', '合格率', '≥90（%）'),
      ]),
    },
    { name: 'the clean table: 件, %, 万元', grid: seedTable() },
    {
      name: 'unit costs and measures: ≤2000元/件, ≤150元/人天, ≥10平方米, ≥3场次',
      grid: seedTable({ set: { E13: '≤2000元/件', E14: '≤150元/人天', E15: '≥10平方米', E10: '≥3场次' } }),
    },
    { name: 'percent spellings: 百分比, ％', grid: seedTable({ set: { E11: '≥95百分比', E15: '≥95％' } }) },
    {
      name: 'time units: ≤15个工作日, ≤2小时',
      grid: seedTable({
        set: { C12: '法律援助申请审查时限', E12: '≤15工作日', C16: '咨询响应时长', E16: '≤2小时' },
      }),
    },
    {
      name: 'dates and grades carry no unit',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日前', E16: '达到预期目标' } }),
    },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      name: 'a unit not in the list: ≥50箱',
      grid: seedTable({ set: { C10: '普法宣传资料发放量', E10: '≥50箱' } }),
      errors: [{ messageId: 'unknown', cell: 'E10', data: { value: '≥50箱', unit: '箱' } }],
    },
    {
      name: 'no unit at all: ≥120',
      grid: seedTable({ set: { E10: '≥120' } }),
      errors: [{ messageId: 'missing', cell: 'E10', data: { value: '≥120' } }],
    },
    {
      name: 'two cells: 辆次 and a bare number',
      grid: seedTable({ set: { E10: '≥30辆次', E15: '≥95' } }),
      errors: [
        { messageId: 'unknown', cell: 'E10', data: { unit: '辆次' } },
        { messageId: 'missing', cell: 'E15' },
      ],
    },
    {
      name: 'split 符号|值|单位 columns: the 单位 column holds an unknown unit',
      grid: splitTable([['产出指标', '数量指标', '普法宣传资料发放量', '≥', '50', '箱']]),
      errors: [{ messageId: 'unknown', cell: 'E2', data: { unit: '箱' } }],
    },
    {
      name: 'split 符号|值|单位 columns: an empty 单位',
      grid: splitTable([['产出指标', '数量指标', '法律援助案件办理数', '≥', '120', '']]),
      errors: [{ messageId: 'missing', cell: 'E2' }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E13: '≥120' } }),
      errors: [{ messageId: 'missing', cell: 'E13' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E10: '≥120' } }),
      config: { rules: { 'value-unit-unknown': 'info' } },
      errors: [{ messageId: 'missing', cell: 'E10', severity: 'info' }],
    },
  ],
});
