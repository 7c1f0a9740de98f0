/**
 * level2-empty (rules.md §3, domain.md §1b-9): a 二级 row with no 三级 and no value — delete it or fill it. Reported at
 * the 三级 cell of the block's first row, related: the 二级 cell.
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('level2-empty', {
  valid: [
    { name: 'the clean table', grid: seedTable() },
    {
      name: 'a 二级 with a 三级 but no value is indicator-incomplete’s',
      grid: seedTable({ set: { E16: '' } }),
    },
    {
      name: 'a 二级 block whose first row is empty but whose second row is filled',
      grid: seedTable({
        rows: [
          ['产出指标', '数量指标', '', '', '', ''],
          ['', '', '法律援助案件办理数', '年度办结件数', '≥120件', '年初工作计划'],
          ['效益指标', '社会效益指标', '矛盾纠纷调解成功率', '调解成功占比', '≥95%', '行业标准'],
          ['满意度指标', '服务对象满意度指标', '服务对象满意度', '表示满意的受访者占比', '≥90%', '历史标准'],
        ],
      }),
    },
    { name: 'merged 二级 cells over filled rows', grid: seedTable({ mergeLevels: true }) },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: 'an empty 生态效益指标 row left in the table',
      grid: seedTable({ set: { B16: '生态效益指标', C16: '', D16: '', E16: '', F16: '' } }),
      errors: [{ messageId: 'empty', cell: 'C16', data: { level2: '生态效益指标' }, related: ['B16'] }],
    },
    {
      name: 'two empty 二级 rows (经济效益 and 可持续影响)',
      grid: seedTable({ set: { C14: '', D14: '', E14: '', F14: '', C16: '', D16: '', E16: '', F16: '' } }),
      errors: [
        { messageId: 'empty', cell: 'C14', data: { level2: '经济效益指标' }, related: ['B14'] },
        { messageId: 'empty', cell: 'C16', data: { level2: '可持续影响指标' }, related: ['B16'] },
      ],
    },
    {
      name: 'an empty row that keeps only its 描述 and 依据',
      grid: seedTable({ set: { C14: '', E14: '' } }),
      errors: [{ messageId: 'empty', cell: 'C14' }],
    },
    {
      name: '88 layout: an empty 可持续影响指标 row',
      grid: table88({ set: { C18: '', D18: '', E18: '' } }),
      errors: [{ messageId: 'empty', cell: 'C18', data: { level2: '可持续影响指标' }, related: ['B18'] }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C16: '', D16: '', E16: '', F16: '' } }),
      config: { rules: { 'level2-empty': 'error' } },
      errors: [{ messageId: 'empty', cell: 'C16', severity: 'error', related: ['B16'] }],
    },
  ],
});
