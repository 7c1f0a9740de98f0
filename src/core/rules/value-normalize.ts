/** 百分比 → %, full-width digits/operators, >= → ≥, stray spaces: a safe fix (rules.md §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'value-normalize',
  scope: 'table',
  defaultSeverity: 'info',
  fixable: 'fix',
  description: {
    'zh-CN': '指标值写法不规范（可一键规范）',
    'en-US': 'A value spelled in a non-standard way (one-click fix)',
  },
  messages: {
    normalize: {
      'zh-CN': '指标值“{{value}}”宜写作“{{canonical}}”。',
      'en-US': 'Target value “{{value}}” should be written “{{canonical}}”.',
    },
  },
  check({ table, report }) {
    // In split 符号|值|单位 layouts the value spans cells: no single-cell fix is possible.
    if (table.columns.value === undefined) return;
    for (const row of table.rows) {
      const p = row.parsed;
      // an unknown unit ("≥90%（抽样）") is value-unit-unknown's; rewriting it would only change its brackets
      if (!p.ok || !p.value.normalized || !p.value.unitKnown) continue;
      report({
        messageId: 'normalize',
        cell: row.value.cell,
        data: { value: row.value.text, canonical: p.value.canonical },
        fix: p.value.canonical,
      });
    }
  },
});
