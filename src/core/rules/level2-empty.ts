/** A 二级 row with no 三级 and no value: delete it or fill it (rules.md §3). */
import { defineRule } from './define-rule';
import { SmallMap, cellKey } from './utils/small-map';
import type { LevelField } from '../model/table';

const BLOCKS = new SmallMap<number, { field: LevelField; filled: boolean; firstRow: number }>();

export default defineRule({
  id: 'level2-empty',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '二级指标下没有三级指标', 'en-US': 'A 二级 has no 三级 indicator' },
  messages: {
    empty: {
      'zh-CN': '二级指标“{{level2}}”下没有三级指标和指标值：请填写，或删除该行。',
      'en-US': '二级 “{{level2}}” has no 三级 indicator or value: fill it in or delete the row.',
    },
  },
  check({ table, report }) {
    if (table.columns.level2 === undefined) return;
    // the rows of each 二级 cell (first row, any of them filled), by cell
    const blocks = BLOCKS.clear();
    for (const row of table.rows) {
      const k = cellKey(row.level2.cell);
      const filled = row.level3.text !== '' || row.value.text !== '';
      const b = blocks.get(k);
      if (b) b.filled ||= filled;
      else blocks.set(k, { field: row.level2, filled, firstRow: row.row });
    }
    for (const b of blocks.valueList())
      if (!b.filled && b.field.text !== '')
        report({
          messageId: 'empty',
          cell: { row: b.firstRow, col: table.columns.level3! },
          data: { level2: b.field.text },
          related: [b.field.cell],
        });
  },
});
