/**
 * unit-category-mismatch (rules.md §3, domain.md §1b-3): 数量指标 with a percent (a rate belongs under 质量/时效);
 * 时效指标 whose name is a time (时间, 时限, 日期, 期限) but whose value is a percent; 成本指标 not in money (万元/元) or a
 * unit cost. Seed: T1 数量 案件结案率; T6 宣传、活动完成时间 ≥90%; T12 数据报送时限 ≥95%; every 成本 "≤100百分比".
 */
import { indicatorTable, row, ruleTester, seedTable, splitTable, table88 } from '../../support/rule-tester';

ruleTester.run('unit-category-mismatch', {
  valid: [
    {
      name: '成本 stating its money unit in the name (案均补贴（元/件） ≤800); 时效 shares named after a time limit',
      grid: indicatorTable([
        row('产出指标', '成本指标', '案均补贴（元/件）', '≤800'),
        row('产出指标', '时效指标', '审批时限压缩比例', '≥30%'),
      ]),
    },
    {
      name: 'profile 101: 社会成本指标 and 生态环境成本指标 in their own units (only 经济成本 is money)',
      grid: indicatorTable([
        row('成本指标', '经济成本指标', '项目总成本', '≤20万元'),
        row('成本指标', '社会成本指标', '征地拆迁户数', '≤10户'),
        row('成本指标', '生态环境成本指标', '施工期间交通中断时长', '≤30天'),
      ]),
    },
    {
      name: '时效 rates named after a time: 时间节点完成率 =100%, 在规定时限内办结率 ≥98%',
      grid: indicatorTable([
        row('产出指标', '时效指标', '时间节点完成率', '=100%'),
        row('产出指标', '时效指标', '在规定时限内办结率', '≥98%'),
      ]),
    },
    { name: 'the clean table', grid: seedTable() },
    { name: '时效 as a rate (及时率 ≥95%) is fine', grid: seedTable({ set: { E12: '≥95%' } }) },
    {
      name: '时效 time as a date: 宣传活动完成时间 2022年12月31日前',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日前' } }),
    },
    {
      name: '成本 as a unit cost ≤2000元/件 or in 元',
      grid: seedTable({
        set: { C13: '法律援助案件补贴标准', E13: '≤2000元/件', C14: '人均培训成本', E14: '≤150元/人天' },
      }),
    },
    { name: '数量 as a count, 质量 as a percent', grid: seedTable({ set: { E10: '=2人', E11: '≥95%' } }) },
    { name: 'profile 101: 经济成本指标 ≤20万元', grid: seedTable({ profile: '101' }) },
    { name: 'the 88 layout, clean (成本 ≤2000元/件)', grid: table88() },
  ],
  invalid: [
    {
      // 湖北 青山 2020 (corpus): the cost as words
      name: 'a money cost given in words: 建设项目成本 参照政府采购成本控制',
      grid: seedTable({ set: { C13: '建设项目成本', E13: '参照政府采购成本控制' } }),
      errors: [{ messageId: 'costNotMoney', cell: 'E13', data: { value: '参照政府采购成本控制' } }],
    },
    {
      // 天津 西青 2020 (corpus): a sentence with a number in it is no amount either
      name: 'a money cost given as a sentence with a number',
      grid: seedTable({ set: { C13: '补贴标准', E13: '实际减免租金超出3个月的部分' } }),
      errors: [{ messageId: 'costNotMoney', cell: 'E13' }],
    },
    {
      name: 'T1 数量 案件结案率(%) ≥80百分比',
      grid: seedTable({ set: { C10: '案件结案率(%)', E10: '≥80百分比' } }),
      errors: [
        { messageId: 'quantityPercent', cell: 'E10', data: { name: '案件结案率(%)', value: '≥80百分比' } },
      ],
    },
    {
      name: 'T6 时效 宣传、活动完成时间 ≥90百分比',
      grid: seedTable({ set: { C12: '宣传、活动完成时间', E12: '≥90百分比' } }),
      errors: [{ messageId: 'timePercent', cell: 'E12', data: { name: '宣传、活动完成时间' } }],
    },
    {
      name: 'T12 时效 数据报送时限 ≥95百分比',
      grid: seedTable({ set: { C12: '数据报送时限', E12: '≥95百分比' } }),
      errors: [{ messageId: 'timePercent', cell: 'E12' }],
    },
    {
      name: 'every seed 成本 "≤100百分比" (T3 项目实际成本)',
      grid: seedTable({ set: { C13: '项目实际成本', E13: '≤100百分比' } }),
      errors: [
        { messageId: 'costNotMoney', cell: 'E13', data: { name: '项目实际成本', value: '≤100百分比' } },
      ],
    },
    {
      name: '成本 as a count (≤20人) or a grade (优)',
      grid: seedTable({
        rows: [
          ['产出指标', '成本指标', '聘用人员成本', '聘用人员数', '≤20人', '预算支出标准'],
          ['', '成本指标', '成本控制水平', '成本控制的等级', '优', '预算支出标准'],
        ],
      }),
      errors: [
        { messageId: 'costNotMoney', cell: 'E10' },
        { messageId: 'costNotMoney', cell: 'E11' },
      ],
    },
    {
      name: 'profile 101: 经济成本指标 ≤100%',
      grid: seedTable({ profile: '101', set: { E10: '≤100%' } }),
      errors: [{ messageId: 'costNotMoney', cell: 'E10' }],
    },
    {
      name: 'split 符号|值|单位 columns: 数量 with %',
      grid: splitTable([['产出指标', '数量指标', '法律顾问工作人员覆盖率', '≥', '90', '%']]),
      errors: [{ messageId: 'quantityPercent', cell: 'E2' }],
    },
    {
      name: '88 layout: 成本 ≤100% in the 年度指标值 column',
      grid: table88({ set: { E16: '≤100%' } }),
      errors: [{ messageId: 'costNotMoney', cell: 'E16' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C10: '案件结案率(%)', E10: '≥80%' } }),
      config: { rules: { 'unit-category-mismatch': 'error' } },
      errors: [{ messageId: 'quantityPercent', cell: 'E10', severity: 'error' }],
    },
  ],
});
