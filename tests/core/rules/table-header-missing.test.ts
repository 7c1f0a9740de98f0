/**
 * table-header-missing (rules.md §3 Structure): a required header field is absent or empty — project layouts: 项目名称,
 * 预算数 or 年度资金总额, 绩效目标; the seed layout also 项目编码 (an empty 项目编码 is project-code’s) — or the grid header
 * lacks a column the indicators cannot be read without.
 *
 * Seed layout: A1 title · B3 项目编码 · E3 项目名称 · C4 预算数 · B8 绩效目标 · row 9 grid header.
 * 88 layout: B4 项目名称 · E7 年度资金总额 · D11 年度目标 · row 12 grid header.
 * Department layout (one task row): B3 部门（单位）名称 · B7 资金总额 · B8 年度总体目标 — no 项目名称 required.
 */
import {
  departmentTable,
  indicatorTable,
  ruleTester,
  seedTable,
  sheetOf,
  table88,
} from '../../support/rule-tester';

ruleTester.run('table-header-missing', {
  valid: [
    { name: 'the clean seed-layout table', grid: seedTable() },
    { name: 'profile 101, clean', grid: seedTable({ profile: '101' }) },
    { name: 'the clean 88 layout (年度资金总额, 年度目标)', grid: table88() },
    { name: 'the 88 layout with a 中期/年度 sub-header row', grid: table88({ subHeader: true }) },
    {
      name: 'an empty 项目编码 is project-code’s, not this rule’s',
      grid: seedTable({ header: { code: '' } }),
    },
    { name: 'an empty 其他资金 is funding-sum’s', grid: seedTable({ header: { other: '' } }) },
    { name: 'the department layout needs no 项目名称', grid: departmentTable({ tasks: 1 }) },
  ],
  invalid: [
    {
      name: '项目名称 empty',
      grid: seedTable({ header: { name: '' } }),
      errors: [{ messageId: 'fieldEmpty', cell: 'E3', data: { field: '项目名称' }, related: ['D3'] }],
    },
    {
      name: '预算数 empty',
      grid: seedTable({ header: { budget: '' } }),
      errors: [
        { messageId: 'fieldEmpty', cell: 'C4', data: { field: '预算数（年度资金总额）' }, related: ['B4'] },
      ],
    },
    {
      name: '绩效目标 empty',
      grid: seedTable({ header: { goals: '' } }),
      errors: [{ messageId: 'fieldEmpty', cell: 'B8', data: { field: '绩效目标' }, related: ['A8'] }],
    },
    {
      name: 'no 绩效目标 row at all: reported at the title',
      grid: seedTable({ omit: ['goals'] }),
      errors: [
        {
          messageId: 'fieldAbsent',
          cell: 'A1',
          data: { field: '绩效目标', fieldEn: 'performance goals (绩效目标)' },
        },
      ],
    },
    {
      name: 'a bare indicator grid has no header block: every field absent, reported at the grid header',
      grid: indicatorTable([
        ['产出指标', '数量指标', '法律援助案件办理数', '年度办结件数', '≥120件', '年初工作计划'],
      ]),
      errors: [
        { messageId: 'fieldAbsent', cell: 'A1', data: { field: '项目名称' } },
        { messageId: 'fieldAbsent', cell: 'A1', data: { field: '预算数（年度资金总额）' } },
        { messageId: 'fieldAbsent', cell: 'A1', data: { field: '绩效目标' } },
      ],
    },
    {
      name: 'a grid header without 三级指标 and 指标值 columns',
      grid: sheetOf([
        ['项目名称', '法律援助办案经费'],
        ['预算数', '20.00'],
        ['绩效目标', '全年办理法律援助案件不少于120件'],
        ['一级指标', '二级指标', '绩效指标描述'],
        ['产出指标', '数量指标', '年度办结件数'],
      ]),
      errors: [
        { messageId: 'columnMissing', cell: 'A4', data: { field: '三级指标列' } },
        { messageId: 'columnMissing', cell: 'A4', data: { field: '指标值列' } },
      ],
    },
    {
      name: '88 layout: 年度资金总额 and 项目名称 empty',
      grid: table88({ header: { budget: '', name: '' } }),
      errors: [
        { messageId: 'fieldEmpty', cell: 'B4', data: { field: '项目名称' } },
        { messageId: 'fieldEmpty', cell: 'E7', data: { field: '预算数（年度资金总额）' } },
      ],
    },
    {
      name: 'department layout: 部门（单位）名称 and 年度总体目标 empty',
      grid: departmentTable({ tasks: 1, header: { department: '', goals: '' } }),
      errors: [
        { messageId: 'fieldEmpty', cell: 'B3', data: { field: '部门（单位）名称' }, related: ['A3'] },
        { messageId: 'fieldEmpty', cell: 'B8', data: { field: '绩效目标' }, related: ['A8'] },
      ],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ header: { name: '' } }),
      config: { rules: { 'table-header-missing': 'warning' } },
      errors: [{ messageId: 'fieldEmpty', cell: 'E3', severity: 'warning', related: ['D3'] }],
    },
  ],
});
