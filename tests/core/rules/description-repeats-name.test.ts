/**
 * description-repeats-name (rules.md §3, domain.md R05): 绩效指标描述 / 指标解释 equal to the 三级 name after normalisation,
 * or too short to explain anything (a bare number, under 4 characters). Seed: 111 rows repeat the name; T10 描述 "1".
 */
import { indicatorTable, ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('description-repeats-name', {
  valid: [
    { name: 'the clean table: every description says how it is counted', grid: seedTable() },
    {
      name: 'a description that contains the name and more',
      grid: seedTable({ set: { D11: '法律援助案件办结率=年度办结案件数÷受理案件数' } }),
    },
    { name: 'a layout without a description column (88)', grid: table88() },
    {
      name: 'a 指标解释 column that explains',
      grid: indicatorTable(
        [['产出指标', '数量指标', '培训人次', '年度参加培训的人次合计', '≥200人次', '计划标准']],
        { header: ['一级指标', '二级指标', '三级指标', '指标解释', '指标值', '指标值确定依据'] },
      ),
    },
    { name: 'a row without 三级 is indicator-incomplete’s', grid: seedTable({ set: { C15: '', D15: '' } }) },
    { name: 'four characters are enough: "年度件数"', grid: seedTable({ set: { D10: '年度件数' } }) },
    {
      name: 'a bracket in the description that explains is kept: 社区矫正人数（年末在册）',
      grid: seedTable({ set: { C10: '社区矫正人数', D10: '社区矫正人数（年末在册）' } }),
    },
  ],
  invalid: [
    {
      name: 'X1: the description repeats the 三级 name',
      grid: seedTable({ set: { D10: '法律援助案件办理数' } }),
      errors: [{ messageId: 'repeats', cell: 'D10', data: { name: '法律援助案件办理数' }, related: ['C10'] }],
    },
    {
      name: 'repeats after normalisation: brackets of the other width, inner spaces',
      grid: seedTable({
        set: {
          C11: '案件结案率(%)',
          D11: '案件结案率（%）',
          C15: '矛盾纠纷调解成功率',
          D15: '矛盾纠纷 调解成功率',
        },
      }),
      errors: [
        { messageId: 'repeats', cell: 'D11', related: ['C11'] },
        { messageId: 'repeats', cell: 'D15', related: ['C15'] },
      ],
    },
    {
      name: 'T2 社区矫正人数(人）: the description repeats the name without its bracketed unit',
      grid: seedTable({ set: { C10: '社区矫正人数(人）', D10: '社区矫正人数' } }),
      errors: [{ messageId: 'repeats', cell: 'D10', data: { name: '社区矫正人数(人）' }, related: ['C10'] }],
    },
    {
      name: 'T10 描述 "1" (a bare number)',
      grid: seedTable({ set: { D11: '1' } }),
      errors: [{ messageId: 'tooShort', cell: 'D11', data: { description: '1' } }],
    },
    {
      name: 'under 4 characters: "案件数", and a bare percent "95%"',
      grid: seedTable({ set: { D10: '案件数', D15: '95%' } }),
      errors: [
        { messageId: 'tooShort', cell: 'D10', data: { description: '案件数' } },
        { messageId: 'tooShort', cell: 'D15' },
      ],
    },
    {
      name: 'no description for a row with a value',
      grid: seedTable({ set: { D16: '' } }),
      errors: [{ messageId: 'missing', cell: 'D16', data: { name: '法律援助工作站覆盖率' } }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { D10: '法律援助案件办理数' } }),
      config: { rules: { 'description-repeats-name': 'info' } },
      errors: [{ messageId: 'repeats', cell: 'D10', severity: 'info', related: ['C10'] }],
    },
  ],
});
