/** 一级 not in the profile after normalisation (rules.md §3). */
import { defineRule } from './define-rule';
import { level1Names } from '../templates/vocab';
import { SmallMap, cellKey } from './utils/small-map';

const SEEN = new SmallMap<number, true>();

export default defineRule({
  id: 'level1-unknown',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '一级指标不在所选框架内', 'en-US': '一级 is not in the profile' },
  messages: {
    unknown: {
      'zh-CN': '一级指标“{{text}}”不在{{profile}}号文框架内（应为：{{allowed}}）。',
      'en-US': '一级 “{{text}}” is not in profile {{profile}} (expected one of: {{allowed}}).',
    },
    empty: { 'zh-CN': '一级指标为空。', 'en-US': 'The 一级 cell is empty.' },
  },
  check({ table, report }) {
    // a list without a 一级 column: table-header-missing reports the missing levels once
    if (table.columns.level1 === undefined) return;
    const allowed = level1Names(table.profile);
    const seen = SEEN.clear();
    for (const row of table.rows) {
      const l1 = row.level1;
      if (!seen.add(cellKey(l1.cell), true)) continue;
      if (l1.text === '') {
        if (row.level3.text !== '' || row.value.text !== '') report({ messageId: 'empty', cell: l1.cell });
        continue;
      }
      if (l1.canonical === undefined || !allowed.includes(l1.canonical))
        report({
          messageId: 'unknown',
          cell: l1.cell,
          data: { text: l1.text, profile: table.profile, allowed: allowed.join('、') },
        });
    }
  },
});
