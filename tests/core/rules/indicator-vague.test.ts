/**
 * indicator-vague (rules.md §3, domain.md R04): a 三级 that is a slogan or sentence, not a measure — begins with
 * 提高/提升/加强/保障/维护/促进/控制在/确保, or ends in 情况/经济性, or is a category name (成本指标 …).
 * Seed: T12 控制在预算成本内; 提高效率; 维护社会稳定; T6 工作开展所需的成本情况; T1 项目建设的经济性.
 */
import { indicatorTable, row, ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('indicator-vague', {
  valid: [
    {
      name: 'a measure is no slogan whatever verb it starts with (保障对象人数, 提升改造站点数)',
      grid: indicatorTable([
        row('产出指标', '数量指标', '保障对象人数', '≥100人'),
        row('产出指标', '数量指标', '提升改造站点数', '≥5个'),
        row('产出指标', '数量指标', '确保到岗律师人数', '≥20人'),
      ]),
    },
    { name: 'the clean table: measurable nouns', grid: seedTable() },
    {
      name: 'a verb inside a noun phrase is fine: 群众法律知识知晓率提升幅度 does not begin with 提升',
      grid: seedTable({ set: { C15: '群众法律知识知晓率提升幅度' } }),
    },
    {
      name: '情况 inside a name: 情况说明报送及时率',
      grid: seedTable({ set: { C12: '情况说明报送及时率' } }),
    },
    { name: 'the 88 layout', grid: table88() },
    { name: 'profile 101, clean', grid: seedTable({ profile: '101' }) },
  ],
  invalid: [
    {
      // 宁夏 原州 2022 (corpus): two clauses, a full stop
      name: 'a sentence in the 三级 cell: 增加就业机会,提高农民收入。',
      grid: seedTable({ set: { C14: '增加就业机会,提高农民收入。' } }),
      errors: [{ messageId: 'slogan', cell: 'C14' }],
    },
    {
      // 浙江 临海 2024 (corpus): a 二级 category (in another spelling) as the 三级
      name: 'a category name ending in 指标: 可持续性发展影响指标',
      grid: seedTable({ set: { C16: '可持续性发展影响指标' } }),
      errors: [{ messageId: 'category', cell: 'C16' }],
    },
    {
      name: 'T12 成本 "控制在预算成本内" (a sentence)',
      grid: seedTable({ set: { C13: '控制在预算成本内' } }),
      errors: [{ messageId: 'slogan', cell: 'C13', data: { name: '控制在预算成本内' } }],
    },
    {
      name: '"提高效率" and "维护社会稳定" (slogans)',
      grid: seedTable({ set: { C14: '提高效率', C16: '维护社会稳定' } }),
      errors: [
        { messageId: 'slogan', cell: 'C14' },
        { messageId: 'slogan', cell: 'C16' },
      ],
    },
    {
      name: '加强/促进/确保/保障/提升 at the start',
      grid: seedTable({
        set: {
          C10: '加强队伍建设',
          C11: '促进社会和谐',
          C12: '确保按时完成',
          C15: '保障能力提升情况',
          C16: '提升人员素质',
        },
      }),
      errors: [
        { messageId: 'slogan', cell: 'C10' },
        { messageId: 'slogan', cell: 'C11' },
        { messageId: 'slogan', cell: 'C12' },
        { messageId: 'slogan', cell: 'C15' },
        { messageId: 'slogan', cell: 'C16' },
      ],
    },
    {
      name: 'T6 "工作开展所需的成本情况" and T1 "项目建设的经济性"',
      grid: seedTable({ set: { C13: '工作开展所需的成本情况', C14: '项目建设的经济性' } }),
      errors: [
        { messageId: 'vagueEnd', cell: 'C13', data: { word: '情况' } },
        { messageId: 'vagueEnd', cell: 'C14', data: { word: '经济性' } },
      ],
    },
    {
      name: 'a category name as 三级: "成本指标", "社会效益指标"',
      grid: seedTable({ set: { C13: '成本指标', C15: '社会效益指标' } }),
      errors: [
        { messageId: 'category', cell: 'C13', data: { name: '成本指标' } },
        { messageId: 'category', cell: 'C15' },
      ],
    },
    {
      name: '88 layout',
      grid: table88({ set: { C17: '维护社会稳定' } }),
      errors: [{ messageId: 'slogan', cell: 'C17' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { C14: '提高效率' } }),
      config: { rules: { 'indicator-vague': 'error' } },
      errors: [{ messageId: 'slogan', cell: 'C14', severity: 'error' }],
    },
  ],
});
