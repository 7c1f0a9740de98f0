/**
 * value-qualitative-vague (rules.md §3, domain.md §1b-7): free words that are no recognised grade (效果明显, 有效提升,
 * 持续影响). Accepted grades: 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 / 达到预期目标 /
 * 部分达到预期目标 / 未达到预期目标 / 优 良 中 差 / 好 较好 一般 较差.
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('value-qualitative-vague', {
  valid: [
    {
      name: '是 answering a yes/no question (是否按时完成)',
      grid: seedTable({ set: { C12: '是否按时完成', E12: '是' } }),
    },
    { name: 'the clean table', grid: seedTable() },
    {
      name: '10号 self-evaluation grades',
      grid: seedTable({
        set: { E14: '达成年度指标', E15: '部分达成年度指标并具有一定效果', E16: '未达成年度指标且效果较差' },
      }),
    },
    {
      name: 'monitoring grades',
      grid: seedTable({ set: { E14: '达到预期目标', E15: '部分达到预期目标', E16: '未达到预期目标' } }),
    },
    {
      name: 'the 优 良 中 差 and 好 较好 一般 较差 scales',
      grid: seedTable({ set: { E11: '优', E14: '良', E15: '较好', E16: '一般' } }),
    },
    {
      name: 'a grade with a trailing full stop: 达到预期目标。',
      grid: seedTable({ set: { E16: '达到预期目标。' } }),
    },
    {
      name: 'a date and an unreadable value are not vague words',
      grid: seedTable({ set: { C12: '宣传活动完成时间', E12: '2022年12月31日前', E16: '80%-90%' } }),
    },
    { name: 'the 88 layout, clean', grid: table88() },
  ],
  invalid: [
    {
      // 浙江 临海 2024 (corpus): 是 as the target of 社会效益指标
      name: '是 as the target of no yes/no question',
      grid: seedTable({ set: { C15: '市民生存环境需求满足', E15: '是' } }),
      errors: [{ messageId: 'yesNo', cell: 'E15', data: { value: '是', name: '市民生存环境需求满足' } }],
    },
    {
      name: '效果明显',
      grid: seedTable({ set: { E15: '效果明显' } }),
      errors: [{ messageId: 'vague', cell: 'E15', data: { value: '效果明显' } }],
    },
    {
      name: '有效提升 and 持续影响',
      grid: seedTable({ set: { E14: '有效提升', E16: '持续影响' } }),
      errors: [
        { messageId: 'vague', cell: 'E14' },
        { messageId: 'vague', cell: 'E16' },
      ],
    },
    {
      name: '逐步改善 under 可持续影响',
      grid: seedTable({ set: { C16: '法治环境', E16: '逐步改善' } }),
      errors: [{ messageId: 'vague', cell: 'E16', data: { value: '逐步改善' } }],
    },
    {
      name: '88 layout: the 年度指标值 column',
      grid: table88({ set: { E17: '明显提高' } }),
      errors: [{ messageId: 'vague', cell: 'E17' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { E15: '效果明显' } }),
      config: { rules: { 'value-qualitative-vague': 'error' } },
      errors: [{ messageId: 'vague', cell: 'E15', severity: 'error' }],
    },
  ],
});
