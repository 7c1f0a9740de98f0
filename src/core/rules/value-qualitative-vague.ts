/** Free words that are no recognised grade (效果明显, 有效提升, 持续影响) (rules.md §1b-7, §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'value-qualitative-vague',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '定性指标值不是规范等级', 'en-US': 'A qualitative value is no recognised grade' },
  messages: {
    vague: {
      'zh-CN':
        '指标值“{{value}}”无法衡量：定性指标请用分级表述（如 达到预期目标 / 部分达到预期目标 / 未达到预期目标，或 优、良、中、差）。',
      'en-US':
        'Target value “{{value}}” cannot be measured: use a graded form (达到预期目标 / 部分达到预期目标 / 未达到预期目标, or 优 良 中 差).',
    },
  },
  check({ table, report }) {
    for (const row of table.rows)
      if (!row.parsed.ok && row.parsed.reason === 'vague')
        report({ messageId: 'vague', cell: row.value.cell, data: { value: row.value.text } });
  },
});
