/**
 * satisfaction-misplaced (rules.md §3, domain.md §1b-6): under 满意度指标 a measure that is not a satisfaction (投诉率 …)
 * is an error; a warning for a 满意度 measure placed under 效益/产出, or a satisfaction target below the configured
 * minimum (default 80%). Seed: T3 受援群众投诉率 under 满意度.
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('satisfaction-misplaced', {
  valid: [
    { name: 'the clean table: 服务对象满意度 ≥90% under 满意度', grid: seedTable() },
    { name: 'exactly the minimum: ≥80%', grid: seedTable({ set: { E17: '≥80%' } }) },
    {
      name: '满意率 and 满意程度 count as satisfaction',
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
          [
            '满意度指标',
            '服务对象满意度指标',
            '受援群众满意率',
            '表示满意的受援群众占比',
            '≥85%',
            '历史标准',
          ],
          ['', '', '调解当事人满意程度', '表示满意的当事人占比', '≥90%', '历史标准'],
        ],
      }),
    },
    {
      name: 'a lower minimum via config: ≥70% with satisfactionMin 60',
      grid: seedTable({ set: { E17: '≥70%' } }),
      config: { satisfactionMin: 60 },
    },
    {
      name: 'variant 二级 社会公众或服务对象满意度指标',
      grid: seedTable({ set: { B17: '社会公众或服务对象满意度指标' } }),
    },
    { name: 'profile 101, clean', grid: seedTable({ profile: '101' }) },
    { name: 'the 88 layout, clean', grid: table88() },
    {
      name: "config.rules 'off' turns the rule off",
      grid: seedTable({ set: { C17: '受援群众投诉率(%)', E17: '≥90百分比' } }),
      config: { rules: { 'satisfaction-misplaced': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'T3 受援群众投诉率(%) ≥90百分比 under 满意度',
      grid: seedTable({ set: { C17: '受援群众投诉率(%)', E17: '≥90百分比' } }),
      errors: [
        { messageId: 'notSatisfaction', cell: 'C17', data: { name: '受援群众投诉率(%)' }, related: ['E17'] },
      ],
    },
    {
      name: 'a 满意度 measure under 社会效益 (warning)',
      grid: seedTable({ set: { C15: '群众满意度', E15: '≥90%' } }),
      errors: [
        {
          messageId: 'satisfactionElsewhere',
          cell: 'C15',
          severity: 'warning',
          data: { level1: '效益指标' },
        },
      ],
    },
    {
      name: 'a 满意度 measure under 产出 (warning)',
      grid: seedTable({ set: { C11: '培训学员满意度', E11: '≥90%' } }),
      errors: [
        {
          messageId: 'satisfactionElsewhere',
          cell: 'C11',
          severity: 'warning',
          data: { level1: '产出指标' },
        },
      ],
    },
    {
      name: 'a target below 80% (warning)',
      grid: seedTable({ set: { E17: '≥70%' } }),
      errors: [{ messageId: 'tooLow', cell: 'E17', severity: 'warning', data: { value: '≥70%', min: 80 } }],
    },
    {
      name: 'a higher configured minimum: ≥90% with satisfactionMin 95',
      grid: seedTable(),
      config: { satisfactionMin: 95 },
      errors: [{ messageId: 'tooLow', cell: 'E17', severity: 'warning', data: { min: 95 } }],
    },
    {
      name: '88 layout: 投诉率 under 满意度',
      grid: table88({ set: { C19: '受援群众投诉率', E19: '≤5%', D19: '≤5%' } }),
      errors: [{ messageId: 'notSatisfaction', cell: 'C19' }],
    },
    {
      name: 'a severity override via config.rules applies to every finding of the rule',
      grid: seedTable({ set: { C17: '受援群众投诉率(%)', E17: '≥90百分比' } }),
      config: { rules: { 'satisfaction-misplaced': 'warning' } },
      errors: [{ messageId: 'notSatisfaction', cell: 'C17', severity: 'warning' }],
    },
  ],
});
