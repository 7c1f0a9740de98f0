/**
 * level1-unknown (rules.md §1, §3): 一级 not in the profile after normalisation (trim, inner whitespace, full-width
 * brackets, accepted variants, a missing trailing 指标). A blank 一级 continues the one above; a blank 一级 with nothing
 * above is empty.
 */
import { indicatorTable, ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('level1-unknown', {
  valid: [
    { name: 'the clean table (blank 一级 cells under the first)', grid: seedTable() },
    { name: 'merged 一级 cells', grid: seedTable({ mergeLevels: true }) },
    {
      name: 'variants: 效果指标, 满意度, "产 出 指 标", 产出 (no trailing 指标)',
      grid: seedTable({ set: { A10: '产 出 指 标', A14: '效果指标', A17: '满意度' } }),
    },
    { name: 'a missing trailing 指标', grid: seedTable({ set: { A10: '产出' } }) },
    { name: 'profile 101 detected: 成本指标 as 一级', grid: seedTable({ profile: '101' }) },
    { name: 'the 88 layout, 一级 merged over each block', grid: table88() },
  ],
  invalid: [
    {
      name: 'an old 投入指标 block',
      grid: seedTable({ set: { A10: '投入指标' } }),
      errors: [
        {
          messageId: 'unknown',
          cell: 'A10',
          data: { text: '投入指标', profile: '88', allowed: '产出指标、效益指标、满意度指标' },
        },
      ],
    },
    {
      name: 'profile 88 forced by config: 成本指标 as 一级 is unknown',
      grid: seedTable({ profile: '101' }),
      config: { profile: '88' },
      errors: [{ messageId: 'unknown', cell: 'A10', data: { text: '成本指标', profile: '88' } }],
    },
    {
      name: 'a 二级 name in the 一级 column',
      grid: seedTable({ set: { A14: '社会效益指标' } }),
      errors: [{ messageId: 'unknown', cell: 'A14', data: { text: '社会效益指标' } }],
    },
    {
      name: 'a blank 一级 on the first row, with nothing above to continue',
      grid: indicatorTable([
        ['', '数量指标', '法律援助案件办理数', '年度办结件数', '≥120件', '年初工作计划'],
        ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '调解成功占比', '≥95%', '行业标准'],
      ]),
      errors: [{ messageId: 'empty', cell: 'A2' }],
    },
    {
      name: 'a merged unknown 一级 is reported once, at the merge anchor',
      grid: seedTable({ mergeLevels: true, set: { A10: '投入产出指标' } }),
      errors: [{ messageId: 'unknown', cell: 'A10' }],
    },
    {
      name: '88 layout: an unknown 一级',
      grid: table88({ set: { A17: '效应指标' } }),
      errors: [{ messageId: 'unknown', cell: 'A17' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { A10: '投入指标' } }),
      config: { rules: { 'level1-unknown': 'warning' } },
      errors: [{ messageId: 'unknown', cell: 'A10', severity: 'warning' }],
    },
  ],
});
