/**
 * table-unreadable (rules.md §5): cells that look like an indicator table (level names, indicator headers, 二级
 * vocabulary) that the reader could not read as one. Never silent: a sheet of such cells is an error, not a clean check.
 */
import { ruleTester, seedTable, sheetOf } from '../../support/rule-tester';

ruleTester.run('table-unreadable', {
  valid: [
    { name: 'the clean seed table is read', grid: seedTable() },
    {
      name: 'a sheet without anything like an indicator table',
      grid: sheetOf([['部门预算公开说明'], ['一、部门职责']]),
    },
    {
      name: 'a grid whose header the reader does not know, found by its body (二级 names, names, values)',
      grid: sheetOf([
        ['项目名称', '法律援助'],
        ['预算数', '20.00'],
        ['绩效目标', '办理法律援助案件120件以上'],
        ['层级', '类别', '考核内容', '目标'],
        ['产出指标', '数量指标', '法律援助案件数', '≥120件'],
        ['', '质量指标', '案件办结率', '≥95%'],
        ['效益指标', '社会效益指标', '受援群众满意度', '≥90%'],
      ]),
    },
    {
      name: 'one level name alone in prose is no table',
      grid: sheetOf([['说明'], ['产出指标应细化量化']]),
    },
  ],
  invalid: [
    {
      // 海口市美兰区 2017: the targets are sentences and the 绩效标准 four grade bands; no indicator grid (corpus)
      name: 'level names with sentences and grade bands, no value column',
      grid: sheetOf([
        ['项目名称：美兰区体育广场建设'],
        ['绩效目标', '绩效指标', '绩效标准'],
        ['', '', '优', '良', '中', '差'],
        ['产出指标', '建成体育广场一个，配套健身器材', '按期完工', '基本按期', '延期', '未建成'],
        ['社会效益', '群众健身条件明显改善', '明显', '较明显', '一般', '无'],
      ]),
      errors: [
        { messageId: 'unreadable', cell: 'B2', data: { recognised: '三级指标列、产出指标、社会效益指标' } },
      ],
    },
    {
      name: 'a header row naming the levels in words the reader does not know, and 二级 names without values',
      grid: sheetOf([['指标体系'], ['产出指标', '数量指标'], ['', '质量指标'], ['效益指标', '社会效益指标']]),
      errors: [
        {
          messageId: 'unreadable',
          cell: 'A2',
          data: { recognised: '产出指标、数量指标、质量指标、效益指标、社会效益指标' },
        },
      ],
    },
  ],
});
