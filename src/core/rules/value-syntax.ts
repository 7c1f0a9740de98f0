/** A value the 指标值 grammar cannot read at all (rules.md §2, §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'value-syntax',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '指标值无法识别', 'en-US': 'The target value cannot be read' },
  messages: {
    unreadable: {
      'zh-CN':
        '指标值“{{value}}”无法识别：应写成“比较符+数值+单位”（如 ≥80%、=2人）、日期（如 2022年12月31日前）或定性等级。',
      'en-US':
        'Target value “{{value}}” cannot be read: write operator + number + unit (≥80%, =2人), a date (2022年12月31日前) or a grade.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      if (row.value.error) continue; // cell-error reports error values
      if (!row.parsed.ok && row.parsed.reason === 'syntax')
        report({ messageId: 'unreadable', cell: row.value.cell, data: { value: row.value.text } });
    }
  },
});
