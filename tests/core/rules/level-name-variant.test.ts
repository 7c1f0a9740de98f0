/**
 * level-name-variant (rules.md §1, §3): a variant 一级/二级 name where the canonical one is meant; info, with a safe fix
 * to the canonical name (生态环境效益指标 / 环境效益指标 / 生态文明效益指标 → 生态效益指标; 进度指标 → 时效指标; 效果指标 →
 * 效益指标; 社会公众或服务对象满意度指标 / 服务对象满意度 → 服务对象满意度指标; a missing trailing 指标).
 */
import { ruleTester, seedTable, table88 } from '../../support/rule-tester';

ruleTester.run('level-name-variant', {
  valid: [
    {
      name: 'spaces and line breaks inside a name are no variant (rules.md normalises them away): "产出\\n指标", "经济效益 指标"',
      grid: seedTable({ set: { A10: '产出\n指标', B14: '经济效益 指标' } }),
    },
    { name: 'the clean table: canonical names only', grid: seedTable() },
    { name: 'merged 一级/二级 cells with canonical names', grid: seedTable({ mergeLevels: true }) },
    { name: 'profile 101 canonical names', grid: seedTable({ profile: '101' }) },
    {
      name: 'unknown names are not variants (level1-unknown / level2-misplaced report them)',
      grid: seedTable({ set: { A10: '投入指标', B15: '具体指标' } }),
    },
    { name: 'the 88 layout', grid: table88() },
  ],
  invalid: [
    {
      name: 'other names of the 服务对象满意度指标 and 可持续影响指标 (群众满意度指标, 持续影响指标)',
      grid: seedTable({ set: { B17: '群众满意度指标', B16: '持续影响指标' } }),
      errors: [
        { messageId: 'variant', cell: 'B16', fix: '可持续影响指标' },
        { messageId: 'variant', cell: 'B17', fix: '服务对象满意度指标' },
      ],
    },
    {
      name: '生态环境效益指标 → 生态效益指标',
      grid: seedTable({ set: { B16: '生态环境效益指标' } }),
      errors: [
        {
          messageId: 'variant',
          cell: 'B16',
          data: { text: '生态环境效益指标', canonical: '生态效益指标' },
          fix: '生态效益指标',
        },
      ],
    },
    {
      name: '环境效益指标 and 生态文明效益指标',
      grid: seedTable({ set: { B15: '环境效益指标', B16: '生态文明效益指标' } }),
      errors: [
        { messageId: 'variant', cell: 'B15', fix: '生态效益指标' },
        { messageId: 'variant', cell: 'B16', fix: '生态效益指标' },
      ],
    },
    {
      name: '进度指标 → 时效指标, 效果指标 → 效益指标',
      grid: seedTable({ set: { B12: '进度指标', A14: '效果指标' } }),
      errors: [
        { messageId: 'variant', cell: 'B12', fix: '时效指标' },
        { messageId: 'variant', cell: 'A14', fix: '效益指标' },
      ],
    },
    {
      name: '社会公众或服务对象满意度指标 and 服务对象满意度',
      grid: seedTable({ set: { A17: '满意度指标', B17: '社会公众或服务对象满意度指标' } }),
      errors: [{ messageId: 'variant', cell: 'B17', fix: '服务对象满意度指标' }],
    },
    {
      name: 'a missing trailing 指标 ("产出", "服务对象满意度")',
      grid: seedTable({ set: { A10: '产出', B17: '服务对象满意度' } }),
      errors: [
        { messageId: 'variant', cell: 'A10', fix: '产出指标' },
        { messageId: 'variant', cell: 'B17', fix: '服务对象满意度指标' },
      ],
    },
    {
      name: 'a merged variant 一级 is reported once, at the anchor',
      grid: seedTable({ mergeLevels: true, set: { A14: '效果指标' } }),
      errors: [{ messageId: 'variant', cell: 'A14', fix: '效益指标' }],
    },
    {
      name: '88 layout',
      grid: table88({ set: { B15: '进度指标' } }),
      errors: [{ messageId: 'variant', cell: 'B15', fix: '时效指标' }],
    },
    {
      name: 'severity override via config.rules',
      grid: seedTable({ set: { B12: '进度指标' } }),
      config: { rules: { 'level-name-variant': 'warning' } },
      errors: [{ messageId: 'variant', cell: 'B12', severity: 'warning', fix: '时效指标' }],
    },
  ],
});
