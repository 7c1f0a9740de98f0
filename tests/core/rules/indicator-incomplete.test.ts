/**
 * indicator-incomplete (rules.md §3): a 三级 without 指标值 or a 指标值 without 三级 (error); a warning for an empty
 * 指标值确定依据. Seed: T13's 生态效益 row "改善生态环境质量" with no value and no basis.
 */
import { indicatorTable, ruleTester, seedTable, table88, withError } from '../../support/rule-tester';

ruleTester.run('indicator-incomplete', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'a layout without a 依据 column needs no basis',
      grid: indicatorTable([['产出指标', '数量指标', '法律援助案件办理数', '年度办结件数', '≥120件']], {
        header: ['一级指标', '二级指标', '三级指标', '指标解释', '指标值'],
      }),
    },
    { name: 'the 88 layout has no 依据 column', grid: table88() },
    {
      name: 'an Excel error value in the value cell is cell-error’s',
      grid: withError(seedTable(), 'E11', '#N/A'),
    },
    {
      name: 'an empty 二级 row (no 三级, no value) is level2-empty’s',
      grid: seedTable({ set: { C16: '', D16: '', E16: '', F16: '' } }),
    },
  ],
  invalid: [
    {
      name: 'T13 生态效益 改善生态环境质量: no value, no basis',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '改善生态环境质量', D16: '', E16: '', F16: '' } }),
      errors: [
        { messageId: 'valueMissing', cell: 'E16', data: { name: '改善生态环境质量' }, related: ['C16'] },
        { messageId: 'basisMissing', cell: 'F16', severity: 'warning', data: { name: '改善生态环境质量' } },
      ],
    },
    {
      name: 'a value without 三级',
      grid: seedTable({ set: { C15: '' } }),
      errors: [{ messageId: 'nameMissing', cell: 'C15', data: { value: '≥95%' }, related: ['E15'] }],
    },
    {
      name: 'an empty basis only (warning)',
      grid: seedTable({ set: { F11: '' } }),
      errors: [
        { messageId: 'basisMissing', cell: 'F11', severity: 'warning', data: { name: '法律援助案件办结率' } },
      ],
    },
    {
      name: '88 layout: a 三级 with a 中期 value but no 年度 value',
      grid: table88({ set: { E14: '' } }),
      errors: [
        { messageId: 'valueMissing', cell: 'E14', data: { name: '法律援助案件办结率' }, related: ['C14'] },
      ],
    },
    {
      name: 'a severity override via config.rules applies to the basis warning too',
      grid: seedTable({ set: { E11: '', F11: '' } }),
      config: { rules: { 'indicator-incomplete': 'warning' } },
      errors: [
        { messageId: 'valueMissing', cell: 'E11', related: ['C11'] },
        { messageId: 'basisMissing', cell: 'F11' },
      ],
    },
  ],
});
