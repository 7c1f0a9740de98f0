/** A 二级 row with no 三级 and no value: delete it or fill it (rules.md §3). */
import { defineRule } from './define-rule';

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
    const blocks = new Map<
      number,
      { cell: { row: number; col: number }; text: string; filled: boolean; firstRow: number }
    >();
    for (const row of table.rows) {
      const k = row.level2.cell.row * 2097152 + row.level2.cell.col;
      const filled = row.level3.text !== '' || row.value.text !== '';
      const b = blocks.get(k);
      if (b) b.filled ||= filled;
      else blocks.set(k, { cell: row.level2.cell, text: row.level2.text, filled, firstRow: row.row });
    }
    for (const b of blocks.values())
      if (!b.filled && b.text !== '')
        report({
          messageId: 'empty',
          cell: { row: b.firstRow, col: table.columns.level3! },
          data: { level2: b.text },
          related: [b.cell],
        });
  },
});
