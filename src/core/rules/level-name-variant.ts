/** A variant 一级/二级 name where the canonical one is meant (rules.md §1, §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'level-name-variant',
  scope: 'table',
  defaultSeverity: 'info',
  fixable: 'fix',
  description: { 'zh-CN': '指标名称使用了变体写法', 'en-US': 'A variant spelling of a level name' },
  messages: {
    variant: {
      'zh-CN': '“{{text}}”宜写作规范名称“{{canonical}}”。',
      'en-US': '“{{text}}” should be written as the canonical “{{canonical}}”.',
    },
  },
  check({ table, report }) {
    const seen = new Set<string>();
    for (const row of table.rows)
      for (const f of [row.level1, row.level2]) {
        if (f.inherited || !f.variant || f.canonical === undefined) continue;
        const k = `${f.cell.row}:${f.cell.col}`;
        if (seen.has(k)) continue;
        seen.add(k);
        report({
          messageId: 'variant',
          cell: f.cell,
          data: { text: f.text, canonical: f.canonical },
          fix: f.canonical,
        });
      }
  },
});
