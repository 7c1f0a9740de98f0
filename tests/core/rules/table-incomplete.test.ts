/**
 * table-incomplete (rules.md §3): an 一级 block required by the profile is absent (产出, 效益, 满意度; 成本 in 101), or
 * the grid stops mid-table. Seed: T13 ends after 生态效益. A table whose 一级 column holds 成本指标 is profile 101;
 * `config.profile` forces a profile.
 */
import { indicatorTable, ruleTester, seedTable, sheetOf, table88 } from '../../support/rule-tester';

// T13 as the seed has it: cut off after its 生态效益 row (no 可持续影响, no 满意度).
// prettier-ignore
const T13_ROWS = [
  ['产出指标', '数量指标', '社区矫正人数(人）', '社区矫正人数(人）', '≥100人', '年初工作计划'],
  ['', '质量指标', '各项工作完成率', '各项工作完成率', '≥90百分比', '年初工作计划'],
  ['', '时效指标', '工作任务完成及时率', '工作任务完成及时率', '≥90百分比', '年初工作计划'],
  ['', '成本指标', '资金成本', '资金成本', '≥90百分比', '年初工作计划'],
  ['效益指标', '经济效益指标', '提高工作效率', '提高工作效率', '≥85百分比', '年初工作计划'],
  ['', '社会效益指标', '维护社会稳定', '维护社会稳定', '≥90百分比', '年初工作计划'],
  ['', '生态效益指标', '改善生态环境质量', '', '', ''],
];

ruleTester.run('table-incomplete', {
  valid: [
    { name: 'the clean table (blank 一级 cells continue the block above)', grid: seedTable() },
    { name: 'merged 一级 cells', grid: seedTable({ mergeLevels: true }) },
    {
      name: 'profile 101 detected from 成本指标 as 一级, with all four blocks',
      grid: seedTable({ profile: '101' }),
    },
    {
      name: 'variant 一级 names: 效果指标, 满意度',
      grid: seedTable({ set: { A14: '效果指标', A17: '满意度' } }),
    },
    { name: 'the 88 layout', grid: table88() },
    {
      name: 'a 二级 may be missing: 产出 with 数量 only',
      grid: seedTable({
        rows: [
          [
            '产出指标',
            '数量指标',
            '法律援助案件办理数',
            '年度内受理并办结的法律援助案件件数',
            '≥120件',
            '年初工作计划',
          ],
          [
            '效益指标',
            '社会效益指标',
            '矛盾纠纷调解成功率',
            '调解成功的矛盾纠纷件数占受理纠纷件数的比例',
            '≥95%',
            '行业标准',
          ],
          ['满意度指标', '服务对象满意度指标', '服务对象满意度', '表示满意的受访者占比', '≥90%', '历史标准'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'T13: cut off after 生态效益, no 满意度 block (reported at the title, related: the last row)',
      grid: seedTable({ rows: T13_ROWS }),
      errors: [
        {
          messageId: 'missingBlock',
          cell: 'A1',
          data: { level1: '满意度指标', profile: '88', cost: '' },
          related: ['A16'],
        },
      ],
    },
    {
      name: 'no 效益 block',
      grid: seedTable({
        rows: [
          [
            '产出指标',
            '数量指标',
            '法律援助案件办理数',
            '年度内受理并办结的法律援助案件件数',
            '≥120件',
            '年初工作计划',
          ],
          ['满意度指标', '服务对象满意度指标', '服务对象满意度', '表示满意的受访者占比', '≥90%', '历史标准'],
        ],
      }),
      errors: [{ messageId: 'missingBlock', cell: 'A1', data: { level1: '效益指标' }, related: ['A11'] }],
    },
    {
      name: 'profile 101 forced by config: the 88 table lacks the 成本指标 block',
      grid: seedTable(),
      config: { profile: '101' },
      errors: [
        {
          messageId: 'missingBlock',
          cell: 'A1',
          data: { level1: '成本指标', profile: '101', cost: '、成本' },
          related: ['A17'],
        },
      ],
    },
    {
      name: 'a table without title: reported at the last row',
      grid: indicatorTable([
        ['产出指标', '数量指标', '法律援助案件办理数', '年度办结件数', '≥120件', '年初工作计划'],
        ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '调解成功占比', '≥95%', '行业标准'],
      ]),
      errors: [{ messageId: 'missingBlock', cell: 'A3', data: { level1: '满意度指标' }, related: ['A3'] }],
    },
    {
      name: 'a grid header with no indicator rows under it',
      grid: seedTable({ rows: [] }),
      errors: [{ messageId: 'noRows', cell: 'A9' }],
    },
    {
      name: 'a grid header followed by other text only',
      grid: sheetOf([['一级指标', '二级指标', '三级指标', '指标值'], [], ['填报人：张三']]),
      errors: [{ messageId: 'noRows', cell: 'A1' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ rows: T13_ROWS }),
      config: { rules: { 'table-incomplete': 'warning' } },
      errors: [{ messageId: 'missingBlock', cell: 'A1', severity: 'warning', related: ['A16'] }],
    },
  ],
});
