/** A cell inside a table holds an Excel error value (#REF!, #N/A, #VALUE! …): a finding, never a crash. */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'cell-error',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '单元格为错误值', 'en-US': 'A cell holds an error value' },
  messages: {
    error: {
      'zh-CN': '单元格是错误值 {{error}}（公式引用失效或计算出错），请改正后再检查。',
      'en-US':
        'The cell holds the error {{error}} (a broken reference or a failed formula); correct it and check again.',
    },
  },
  check({ table, report }) {
    for (const e of table.errorCells) report({ messageId: 'error', cell: e.cell, data: { error: e.error } });
  },
});
