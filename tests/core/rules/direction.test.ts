/**
 * direction (rules.md §3, domain.md §1b-4): 成本指标 with ≥ or >; a lower-is-better measure (投诉率, 事故率, 发案率, 复吸率,
 * 再犯罪率, 差错率 …) with ≥ or >; a higher-is-better measure (完成率, 及时率, 覆盖率, 满意度, 效率, 效益, 知晓率 …) with ≤ or <.
 * A fall in a bad thing (投诉下降率, 发案减少率, 事故降低率) is higher-is-better.
 *
 * Seed layout rows (tests/support/tables.ts): 10 数量 · 11 质量 · 12 时效 · 13 成本 · 14 经济效益 · 15 社会效益 ·
 * 16 可持续影响 · 17 满意度; column C = 三级, E = 指标值.
 */
import { indicatorTable, row, ruleTester, seedTable, splitTable, table88 } from '../../support/rule-tester';

ruleTester.run('direction', {
  valid: [
    {
      name: '成本 savings are higher-is-better: 项目成本节约额 ≥2万元',
      grid: indicatorTable([row('产出指标', '成本指标', '项目成本节约额', '≥2万元')]),
    },
    {
      name: '成本 measured by a higher-is-better rate: 成本节约率 ≥5%',
      grid: indicatorTable([row('产出指标', '成本指标', '成本节约率', '≥5%')]),
    },
    {
      name: 'profile 101: a 社会成本指标 count kept down needs no ≤ rule of money',
      grid: indicatorTable([row('成本指标', '社会成本指标', '征地拆迁户数', '≤10户')]),
    },
    { name: 'the clean table: 成本 ≤20万元, rates with ≥, =100%', grid: seedTable() },
    {
      name: 'T2 群众投诉下降率（%） ≥50百分比: a fall in a bad thing is higher-is-better',
      grid: seedTable({ set: { C15: '群众投诉下降率（%）', E15: '≥50百分比' } }),
    },
    {
      name: '发案减少率 ≥10% and 事故降低率 >5%',
      grid: seedTable({ set: { C15: '矛盾纠纷发案减少率', E15: '≥10%', C16: '安全事故降低率', E16: '>5%' } }),
    },
    {
      name: '受援群众投诉率 ≤2% under 社会效益',
      grid: seedTable({ set: { C15: '受援群众投诉率', E15: '≤2%' } }),
    },
    {
      name: '社区矫正对象再犯罪率 <1%',
      grid: seedTable({ set: { C16: '社区矫正对象再犯罪率', E16: '<1%' } }),
    },
    {
      name: '成本 with = or with no comparator is no direction error',
      grid: seedTable({ set: { E13: '=20万元', E10: '120件' } }),
    },
    {
      name: 'word and full-width comparators: 不低于90%, ＞＝８０％, 95%以上 on higher-is-better rates',
      grid: seedTable({ set: { E11: '不低于90%', E15: '＞＝８０％', E16: '95%以上' } }),
    },
    {
      name: 'a date value under 时效 has no direction',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日前' } }),
    },
    {
      name: 'a name that tells no direction (社区矫正人数 ≤100人) is left alone',
      grid: seedTable({ set: { C10: '社区矫正人数(人）', E10: '≤100人' } }),
    },
    {
      name: 'negated rates are lower-is-better: 工作任务未完成率 ≤5%, 案件不达标率 <3%, 服务对象不满意率 ≤5%',
      grid: seedTable({
        set: {
          C11: '工作任务未完成率',
          E11: '≤5%',
          C15: '案件不达标率',
          E15: '<3%',
          C17: '服务对象不满意率',
          E17: '≤5%',
        },
      }),
    },
    { name: 'the 88 layout, clean', grid: table88() },
    {
      name: "config.rules 'off' turns the rule off",
      grid: seedTable({ set: { E13: '≥90%' } }),
      config: { rules: { direction: 'off' } },
    },
  ],
  invalid: [
    {
      name: '成本节约率 ≤5%: a saving rate is higher-is-better',
      grid: indicatorTable([row('产出指标', '成本指标', '成本节约率', '≤5%')]),
      errors: [{ messageId: 'higherIsBetter', cell: 'E2' }],
    },
    {
      name: 'T13 成本 资金成本 ≥90百分比',
      grid: seedTable({ set: { C13: '资金成本', E13: '≥90百分比' } }),
      errors: [{ messageId: 'costAtLeast', cell: 'E13', data: { name: '资金成本', value: '≥90百分比' } }],
    },
    {
      name: '成本 with > in money',
      grid: seedTable({ set: { E13: '>20万元' } }),
      errors: [{ messageId: 'costAtLeast', cell: 'E13' }],
    },
    {
      name: 'T3 受援群众投诉率(%) ≥90百分比 (lower is better)',
      grid: seedTable({ set: { C17: '受援群众投诉率(%)', E17: '≥90百分比' } }),
      errors: [{ messageId: 'lowerIsBetter', cell: 'E17', data: { name: '受援群众投诉率(%)' } }],
    },
    {
      name: 'T5/T8 资金的使用效率 ≤100百分比 (higher is better)',
      grid: seedTable({ set: { C14: '资金的使用效率', E14: '≤100百分比' } }),
      errors: [
        { messageId: 'higherIsBetter', cell: 'E14', data: { name: '资金的使用效率', value: '≤100百分比' } },
      ],
    },
    {
      name: 'T9/T11 专项资金投入产出效益 ≤100百分比',
      grid: seedTable({ set: { C14: '专项资金投入产出效益', E14: '≤100百分比' } }),
      errors: [{ messageId: 'higherIsBetter', cell: 'E14' }],
    },
    {
      name: '完成率 不高于90% and 知晓率 <60%',
      grid: seedTable({
        set: { C11: '年度工作任务完成率', E11: '不高于90%', C15: '法律援助知晓率', E15: '<60%' },
      }),
      errors: [
        { messageId: 'higherIsBetter', cell: 'E11' },
        { messageId: 'higherIsBetter', cell: 'E15' },
      ],
    },
    {
      name: '复吸率 ＞5% (full-width) and 再犯罪率 5%以上',
      grid: seedTable({
        set: { C15: '社区戒毒人员复吸率', E15: '＞5%', C16: '社区矫正对象再犯罪率', E16: '5%以上' },
      }),
      errors: [
        { messageId: 'lowerIsBetter', cell: 'E15' },
        { messageId: 'lowerIsBetter', cell: 'E16' },
      ],
    },
    {
      name: 'a negated rate with ≥: 工作任务未完成率 ≥5%',
      grid: seedTable({ set: { C11: '工作任务未完成率', E11: '≥5%' } }),
      errors: [{ messageId: 'lowerIsBetter', cell: 'E11' }],
    },
    {
      name: 'profile 101: 经济成本指标 with ≥',
      grid: seedTable({ profile: '101', set: { E10: '≥20万元' } }),
      errors: [{ messageId: 'costAtLeast', cell: 'E10' }],
    },
    {
      name: 'split 符号|值|单位 columns: reported at the 值 cell',
      grid: splitTable([
        ['产出指标', '成本指标', '项目总成本', '≥', '20', '万元'],
        ['', '质量指标', '案件办结率', '≥', '95', '%'],
      ]),
      errors: [{ messageId: 'costAtLeast', cell: 'E2', data: { value: '≥20万元' } }],
    },
    {
      name: '88 layout: the 年度指标值 column (E)',
      grid: table88({ set: { E16: '≥2000元/件' } }),
      errors: [{ messageId: 'costAtLeast', cell: 'E16' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E13: '≥20万元' } }),
      config: { rules: { direction: 'warning' } },
      errors: [{ messageId: 'costAtLeast', cell: 'E13', severity: 'warning' }],
    },
  ],
});
