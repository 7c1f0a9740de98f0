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
    lostDigits: {
      'zh-CN':
        '项目编码以数字存储（显示为“{{code}}”），超过 15 位的数字 Excel 只保留前 15 位，末几位已丢失：请将单元格设为文本后重新输入编码。',
      'en-US':
        'The project code is stored as a number (shown as “{{code}}”); Excel keeps only 15 digits of a number, so its last digits are lost: format the cell as text and type the code again.',
    },
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
    // a long code typed into a number cell: Excel keeps 15 significant digits, the rest are zeros (or 1.2E+19)
    if (code.number !== undefined && Math.abs(code.number) >= 1e15) {
      report({ messageId: 'lostDigits', cell: code.cell, severity: 'error', data: { code: code.text } });
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
