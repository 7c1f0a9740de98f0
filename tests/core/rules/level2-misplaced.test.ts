/**
 * level2-misplaced (rules.md §1, §3): 二级 not allowed under its 一级 in the profile (after normalisation and variants).
 * Seed layout rows: 10..13 产出 (数量/质量/时效/成本) · 14..16 效益 (经济/社会/可持续) · 17 满意度.
 */
import { indicatorTable, ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('level2-misplaced', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    { name: 'merged 一级 and 二级 cells', grid: seedTable({ mergeLevels: true }) },
    {
      name: 'variants: 生态环境效益指标, 进度指标, 服务对象满意度, "经济效益 指标"',
      grid: seedTable({
        set: { B12: '进度指标', B14: '经济效益 指标', B16: '生态环境效益指标', B17: '服务对象满意度' },
      }),
    },
    {
      name: '环境效益指标 and 生态文明效益指标 are 生态效益',
      grid: seedTable({ set: { B15: '环境效益指标', B16: '生态文明效益指标' } }),
    },
    { name: 'profile 101 detected: 经济成本指标 under 成本指标', grid: seedTable({ profile: '101' }) },
    {
      name: 'an unknown 一级 is level1-unknown’s, not this rule’s',
      grid: seedTable({ set: { A10: '投入指标' } }),
    },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: '经济效益指标 under 产出',
      grid: seedTable({ set: { B11: '经济效益指标' } }),
      errors: [
        {
          messageId: 'misplaced',
          cell: 'B11',
          data: {
            text: '经济效益指标',
            level1: '产出指标',
            allowed: '数量指标、质量指标、时效指标、成本指标',
          },
        },
      ],
    },
    {
      name: '服务对象满意度指标 under 效益',
      grid: seedTable({ set: { B16: '服务对象满意度指标' } }),
      errors: [{ messageId: 'misplaced', cell: 'B16', data: { level1: '效益指标' } }],
    },
    {
      name: 'profile 101: 成本指标 as a 二级 under 产出 is misplaced',
      grid: seedTable({ profile: '101', set: { B13: '成本指标' } }),
      errors: [
        {
          messageId: 'misplaced',
          cell: 'B13',
          data: { text: '成本指标', level1: '产出指标', allowed: '数量指标、质量指标、时效指标' },
        },
      ],
    },
    {
      name: 'profile 101 forced by config on the 88 table: 成本指标 under 产出',
      grid: seedTable(),
      config: { profile: '101' },
      errors: [{ messageId: 'misplaced', cell: 'B13', data: { text: '成本指标' } }],
    },
    {
      name: 'a 二级 that is no level name at all (具体指标)',
      grid: seedTable({ set: { B15: '具体指标' } }),
      errors: [{ messageId: 'misplaced', cell: 'B15', data: { text: '具体指标' } }],
    },
    {
      name: 'a blank 二级 on the first row of a new 一级 block',
      grid: indicatorTable([
        ['产出指标', '数量指标', '法律援助案件办理数', '年度办结件数', '≥120件', '年初工作计划'],
        ['效益指标', '', '矛盾纠纷调解成功率', '调解成功占比', '≥95%', '行业标准'],
      ]),
      errors: [{ messageId: 'empty', cell: 'B3' }],
    },
    {
      name: '88 layout: 经济成本指标 under 产出',
      grid: table88({ set: { B16: '经济成本指标' } }),
      errors: [{ messageId: 'misplaced', cell: 'B16' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { B11: '经济效益指标' } }),
      config: { rules: { 'level2-misplaced': 'warning' } },
      errors: [{ messageId: 'misplaced', cell: 'B11', severity: 'warning' }],
    },
  ],
});
