/** 二级 not allowed under its 一级 (rules.md §3). */
import { defineRule } from './define-rule';
import { level2Under } from '../templates/vocab';
import { SmallMap, cellKey } from './utils/small-map';

const SEEN = new SmallMap<number, true>();

export default defineRule({
  id: 'level2-misplaced',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '二级指标不属于其一级指标', 'en-US': '二级 is not allowed under its 一级' },
  messages: {
    misplaced: {
      'zh-CN': '二级指标“{{text}}”不属于“{{level1}}”（可选：{{allowed}}）。',
      'en-US': '二级 “{{text}}” does not belong under “{{level1}}” (allowed: {{allowed}}).',
    },
    empty: { 'zh-CN': '二级指标为空。', 'en-US': 'The 二级 cell is empty.' },
  },
  check({ table, report }) {
    // a list without 一级/二级 columns: table-header-missing reports the missing levels once
    if (table.columns.level1 === undefined || table.columns.level2 === undefined) return;
    const seen = SEEN.clear();
    for (const row of table.rows) {
      const l1 = row.level1.canonical;
      const l2 = row.level2;
      if (!seen.add(cellKey(l2.cell), true)) continue;
      const allowed = l1 ? level2Under(table.profile, l1) : [];
      if (allowed.length === 0) continue; // unknown 一级: level1-unknown says so
      if (l2.text === '') {
        if (row.level3.text !== '' || row.value.text !== '') report({ messageId: 'empty', cell: l2.cell });
        continue;
      }
      if (l2.canonical === undefined || !allowed.includes(l2.canonical))
        report({
          messageId: 'misplaced',
          cell: l2.cell,
          data: { text: l2.text, level1: l1!, allowed: allowed.join('、') },
        });
    }
  },
});
