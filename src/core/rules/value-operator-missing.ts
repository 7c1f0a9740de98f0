/** A quantitative value with no comparator; suggests "=" (rules.md §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'value-operator-missing',
  scope: 'table',
  defaultSeverity: 'warning',
  fixable: 'suggest',
  description: { 'zh-CN': '定量指标值缺少比较符', 'en-US': 'A quantitative value has no comparator' },
  messages: {
    missing: {
      'zh-CN': '指标值“{{value}}”缺少比较符（≥、≤、=、>、<）。',
      'en-US': 'Target value “{{value}}” has no comparator (≥, ≤, =, >, <).',
    },
    addEquals: { 'zh-CN': '改为“{{fixed}}”', 'en-US': 'Change to “{{fixed}}”' },
    addSign: {
      'zh-CN': '在符号（指标性质）单元格填“=”',
      'en-US': 'Put “=” in the sign (指标性质) cell',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok || p.value.kind !== 'quantitative' || p.value.op !== null) continue;
      // the canonical text has no comparator here; a bracketed note (≥95%（全年）) is kept
      const fixed = `=${p.value.canonical}`;
      report({
        messageId: 'missing',
        cell: row.value.cell,
        data: { value: row.value.text },
        // one cell holds the value: rewrite it; a split value with a sign column: put "=" in the sign cell
        suggestions:
          table.columns.value !== undefined
            ? [{ messageId: 'addEquals', data: { fixed }, value: fixed }]
            : table.columns.op !== undefined
              ? [{ messageId: 'addSign', value: '=', cell: { row: row.row, col: table.columns.op } }]
              : [],
      });
    }
  },
});
