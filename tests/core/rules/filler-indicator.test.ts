/**
 * filler-indicator (rules.md §3, domain.md R12): boilerplate that measures nothing for the project — 环保节能,
 * 节能环保减排, 生态环境质量改善, 改善生态环境质量, 网络生态环境 … with a bare percent. The list is configurable
 * (config.fillerIndicators). Seed: the 生态效益 rows of T1…T13; T4 网络生态环境.
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('filler-indicator', {
  valid: [
    { name: 'the clean table (no 生态效益 row: no ecological effect)', grid: seedTable() },
    {
      name: 'a filler name with a concrete measure (≥10吨) is left alone',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '节能减排', E16: '≥10吨' } }),
    },
    {
      name: 'a real ecological measure: 办公用纸节约率',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '办公用纸节约率', E16: '≥10%' } }),
    },
    {
      name: 'an empty filler list turns the check off',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '环保节能', E16: '≥80百分比' } }),
      config: { fillerIndicators: [] },
    },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: 'T1 生态效益 环保节能 ≥80百分比',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '环保节能', E16: '≥80百分比' } }),
      errors: [{ messageId: 'filler', cell: 'C16', data: { name: '环保节能' } }],
    },
    {
      name: 'T2/T3/T5 生态环境质量改善 and T7 节能环保减排',
      grid: seedTable({
        set: {
          B15: '生态效益指标',
          C15: '生态环境质量改善',
          E15: '≥80%',
          B16: '生态效益指标',
          C16: '节能环保减排',
          E16: '≥80百分比',
        },
      }),
      errors: [
        { messageId: 'filler', cell: 'C15', data: { name: '生态环境质量改善' } },
        { messageId: 'filler', cell: 'C16', data: { name: '节能环保减排' } },
      ],
    },
    {
      name: 'T13 改善生态环境质量 with no value at all',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '改善生态环境质量', E16: '' } }),
      errors: [{ messageId: 'filler', cell: 'C16' }],
    },
    {
      name: 'T4 社会效益 网络生态环境 ≥80%',
      grid: seedTable({ set: { C15: '网络生态环境', E15: '≥80%' } }),
      errors: [{ messageId: 'filler', cell: 'C15', data: { name: '网络生态环境' } }],
    },
    {
      name: 'a configured filler list',
      grid: seedTable({ set: { C16: '办公环境改善', E16: '≥90%' } }),
      config: { fillerIndicators: ['办公环境改善'] },
      errors: [{ messageId: 'filler', cell: 'C16', data: { name: '办公环境改善' } }],
    },
    {
      name: 'a name spelled with spaces is still filler: "环保 节能"',
      grid: seedTable({ set: { C16: '环保 节能', E16: '≥80%' } }),
      errors: [{ messageId: 'filler', cell: 'C16' }],
    },
    {
      name: '88 layout',
      grid: table88({ set: { C18: '环保节能', E18: '≥80%', D18: '≥80%' } }),
      errors: [{ messageId: 'filler', cell: 'C18' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C16: '环保节能', E16: '≥80%' } }),
      config: { rules: { 'filler-indicator': 'info' } },
      errors: [{ messageId: 'filler', cell: 'C16', severity: 'info' }],
    },
  ],
});
