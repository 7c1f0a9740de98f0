/** Free words that are no recognised grade (效果明显, 有效提升, 持续影响) (rules.md §1b-7, §3). */
import { defineRule } from './define-rule';

const YES_NO: ReadonlySet<string> = new Set(['是', '否', '有', '无']);

export default defineRule({
  id: 'value-qualitative-vague',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '定性指标值不是规范等级', 'en-US': 'A qualitative value is no recognised grade' },
  messages: {
    yesNo: {
      'zh-CN':
        '指标值“{{value}}”只回答是或否，而指标“{{name}}”不是一个是非问题：请写明可衡量的目标（数值或分级表述）。',
      'en-US':
        'Target value “{{value}}” only answers yes or no, but “{{name}}” asks no yes/no question: state a measurable target.',
    },
    vague: {
      'zh-CN':
        '指标值“{{value}}”无法衡量：定性指标请用分级表述（如 达到预期目标 / 部分达到预期目标 / 未达到预期目标，或 优、良、中、差）。',
      'en-US':
        'Target value “{{value}}” cannot be measured: use a graded form (达到预期目标 / 部分达到预期目标 / 未达到预期目标, or 优 良 中 差).',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok && p.reason === 'vague')
        report({ messageId: 'vague', cell: row.value.cell, data: { value: row.value.text } });
      // 是 / 否 / 有 / 无 answer a question: right for "是否按时完成", no target for "社会效益指标" or "绿地养护面积"
      else if (
        p.ok &&
        p.value.kind === 'qualitative' &&
        YES_NO.has(p.value.grade ?? '') &&
        !/是否|有无|有没有|能否|可否/.test(row.level3.text)
      )
        report({
          messageId: 'yesNo',
          cell: row.value.cell,
          data: { value: row.value.text, name: row.level3.text },
        });
    }
  },
});
