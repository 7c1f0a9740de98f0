/**
 * basis-invalid (rules.md §3, domain.md §1b-8): 指标值确定依据 that is no basis — a repeat of the indicator name, a formula
 * or share ("服务对象占比"), a scope ("全区范围"). Accepted: 计划标准 / 行业标准 / 历史标准 / 预算支出标准 (成本 only) /
 * 其他标准, or a named plan, budget or document (年初工作计划, 年初预算, …规划, …方案, …文件, 预算批复).
 * Seed: T5 全区范围, 办理案件数量; T8 repeats its name; 满意度 依据 "服务对象满意占比".
 */
import { indicatorTable, row, ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('basis-invalid', {
  valid: [
    {
      name: 'laws, work points, past figures and assigned tasks are bases',
      grid: indicatorTable([
        row('产出指标', '数量指标', '法律援助案件数', '≥120件', '《中华人民共和国法律援助法》'),
        row('产出指标', '质量指标', '社区矫正对象报到率', '=100%', '社区矫正法第二十五条'),
        row('产出指标', '数量指标', '普法宣传活动次数', '≥12次', '市委市政府工作要点'),
        row('产出指标', '数量指标', '法律咨询人次', '≥2000人次', '2023年实际完成数'),
        row('产出指标', '数量指标', '调解案件数', '≥300件', '近三年平均值'),
        row('产出指标', '数量指标', '培训人次', '≥500人次', '上级下达任务数'),
      ]),
    },
    {
      name: 'the clean table: 年初工作计划, 历史标准, 行业标准, 预算支出标准 (成本), 计划标准',
      grid: seedTable(),
    },
    {
      name: '其他标准 and 财政部门认可的其他标准',
      grid: seedTable({ set: { F15: '其他标准', F16: '财政部门认可的其他标准' } }),
    },
    {
      name: 'named documents: 年初预算, 预算批复, …规划, …方案, …文件',
      grid: seedTable({
        set: {
          F10: '《山海关区法治政府建设规划（2021—2025年）》',
          F11: '年度普法工作方案',
          F13: '年初预算',
          F14: '预算批复',
          F15: '省司法厅文件',
        },
      }),
    },
    { name: 'an empty basis is indicator-incomplete’s', grid: seedTable({ set: { F16: '' } }) },
    { name: 'the 88 layout has no 依据 column', grid: table88() },
  ],
  invalid: [
    {
      name: 'T5 质量 依据 "全区范围" (a scope)',
      grid: seedTable({ set: { F11: '全区范围' } }),
      errors: [{ messageId: 'scope', cell: 'F11', data: { basis: '全区范围' } }],
    },
    {
      name: 'T5 时效 依据 "办理案件数量" and T8 数量 依据 repeating its name',
      grid: seedTable({
        set: {
          C10: '社区矫正人元托管数(人）',
          F10: '社区矫正人元托管数(人）',
          C12: '办理案件数量',
          F12: '办理案件数量',
        },
      }),
      errors: [
        { messageId: 'repeatsName', cell: 'F10', related: ['C10'] },
        { messageId: 'repeatsName', cell: 'F12', data: { basis: '办理案件数量' }, related: ['C12'] },
      ],
    },
    {
      name: 'T5 满意度 依据 "服务对象满意度" repeats the name',
      grid: seedTable({ set: { F17: '服务对象满意度' } }),
      errors: [{ messageId: 'repeatsName', cell: 'F17', related: ['C17'] }],
    },
    {
      name: 'T2 "服务对象满意占比" and T3 "受援群众占比": formulas or shares',
      grid: seedTable({ set: { F15: '受援群众占比', F17: '服务对象满意占比' } }),
      errors: [
        { messageId: 'formula', cell: 'F15', data: { basis: '受援群众占比' } },
        { messageId: 'formula', cell: 'F17', data: { basis: '服务对象满意占比' } },
      ],
    },
    {
      name: '预算支出标准 is for 成本 only',
      grid: seedTable({ set: { F11: '预算支出标准' } }),
      errors: [{ messageId: 'budgetStandardNotCost', cell: 'F11' }],
    },
    {
      name: 'text that names no basis at all',
      grid: seedTable({ set: { F16: '凭经验估计' } }),
      errors: [{ messageId: 'notABasis', cell: 'F16', data: { basis: '凭经验估计' } }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { F11: '全区范围' } }),
      config: { rules: { 'basis-invalid': 'info' } },
      errors: [{ messageId: 'scope', cell: 'F11', severity: 'info' }],
    },
  ],
});
