/**
 * 项目编码 empty (error), or, where the title names a year, the code's year digits disagree with it (rules.md §3).
 * Codes such as 13030321Y30U53UWH2HAS carry the budget year after the 6-digit region code (…21 → 2021).
 */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'project-code',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '项目编码为空或与年度不符',
    'en-US': 'The project code is empty or disagrees with the year',
  },
  messages: {
    empty: { 'zh-CN': '项目编码未填写。', 'en-US': 'The project code (项目编码) is empty.' },
    yearMismatch: {
      'zh-CN': '项目编码“{{code}}”的年度位为 20{{codeYear}}，与标题中的 {{titleYear}} 年不符。',
      'en-US': 'Project code “{{code}}” carries the year 20{{codeYear}}, but the title names {{titleYear}}.',
    },
  },
  check({ table, report }) {
    const code = table.header.code;
    if (!code) return;
    if (code.text === '') {
      if (!code.error)
        report({ messageId: 'empty', cell: code.cell, severity: 'error', related: [code.labelCell] });
      return;
    }
    const titleText = `${table.title?.text ?? ''} ${table.header.name?.text ?? ''}`;
    const ty = /(20\d{2})年/.exec(titleText);
    const cy = /^\d{6}(\d{2})[0-9A-Z]/.exec(code.text.trim());
    if (ty && cy && ty[1].slice(2) !== cy[1])
      report({
        messageId: 'yearMismatch',
        cell: code.cell,
        data: { code: code.text, codeYear: cy[1], titleYear: ty[1] },
        related: table.title ? [table.title.cell] : [],
      });
  },
});
