/** The same 三级 twice in one table (rules.md §3). */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { toA1, type CellAddress } from '../model/address';
import { SmallMap } from './utils/small-map';

const SEEN = new SmallMap<string, CellAddress>();

export default defineRule({
  id: 'duplicate-indicator',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '同一表内三级指标重复', 'en-US': 'The same 三级 twice in one table' },
  messages: {
    duplicate: {
      'zh-CN': '三级指标“{{name}}”在本表中重复出现（首次在 {{first}}）。',
      'en-US': 'Indicator “{{name}}” appears twice in this table (first at {{first}}).',
    },
  },
  check({ table, report }) {
    const seen = SEEN.clear();
    for (const row of table.rows) {
      const n = normalizeName(row.level3.text);
      if (n === '') continue;
      const first = seen.get(n);
      if (first)
        report({
          messageId: 'duplicate',
          cell: row.level3.cell,
          data: { name: row.level3.text, first: toA1(first) },
          related: [first],
        });
      else seen.set(n, row.level3.cell);
    }
  },
});
