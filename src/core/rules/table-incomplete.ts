/** An 一级 block the profile requires is absent, or the grid stops mid-table (rules.md §3). */
import { defineRule } from './define-rule';

const REQUIRED: Record<'88' | '101', readonly string[]> = {
  '88': ['产出指标', '效益指标', '满意度指标'],
  '101': ['成本指标', '产出指标', '效益指标', '满意度指标'],
};

export default defineRule({
  id: 'table-incomplete',
  scope: 'table',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '缺少必备的一级指标，或表格中途截断',
    'en-US': 'A required 一级 block is missing, or the table stops mid-way',
  },
  messages: {
    missingBlock: {
      'zh-CN': '缺少一级指标“{{level1}}”（{{profile}}号文要求产出、效益、满意度{{cost}}指标）。',
      'en-US':
        'The 一级 block “{{level1}}” is missing (profile {{profile}} requires 产出, 效益, 满意度{{cost}}).',
    },
    noRows: {
      'zh-CN': '指标表头下没有任何指标行。',
      'en-US': 'There are no indicator rows under the header.',
    },
  },
  check({ table, report }) {
    if (table.missingColumns.length > 0) return;
    if (table.rows.length === 0) {
      report({
        messageId: 'noRows',
        cell: { row: table.gridHeaderRow, col: table.columns.level1 ?? table.range.left },
      });
      return;
    }
    // a list without a 一级 column: table-header-missing reports the missing levels once
    if (table.columns.level1 === undefined) return;
    const last = table.rows[table.rows.length - 1];
    for (const l1 of REQUIRED[table.profile]) {
      if (table.rows.some((r) => r.level1.canonical === l1)) continue;
      report({
        messageId: 'missingBlock',
        cell: table.title?.cell ?? { row: last.row, col: table.columns.level1! },
        data: { level1: l1, profile: table.profile, cost: table.profile === '101' ? '、成本' : '' },
        related: [{ row: last.row, col: table.columns.level1! }],
      });
    }
  },
});
