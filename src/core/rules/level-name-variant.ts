/** A variant 一级/二级 name where the canonical one is meant (rules.md §1, §3). */
import { defineRule } from './define-rule';
import { SmallMap, cellKey } from './utils/small-map';
import type { LevelField } from '../model/table';

const SEEN = new SmallMap<number, true>();

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
    const seen = SEEN.clear();
    const variant = (f: LevelField) => {
      if (f.inherited || !f.variant || f.canonical === undefined) return;
      if (!seen.add(cellKey(f.cell), true)) return;
      report({
        messageId: 'variant',
        cell: f.cell,
        data: { text: f.text, canonical: f.canonical },
        fix: f.canonical,
      });
    };
    for (const row of table.rows) {
      variant(row.level1);
      variant(row.level2);
    }
  },
});
