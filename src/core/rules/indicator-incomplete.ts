/** A 三级 without 指标值, a 指标值 without 三级; a warning for an empty 指标值确定依据 (rules.md §3). */
import { defineRule } from './define-rule';

export default defineRule({
  id: 'indicator-incomplete',
  scope: 'table',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '三级指标与指标值不成对，或确定依据为空',
    'en-US': 'A 三级 without value, a value without 三级, or an empty basis',
  },
  messages: {
    valueMissing: {
      'zh-CN': '三级指标“{{name}}”没有指标值。',
      'en-US': 'Indicator “{{name}}” has no target value.',
    },
    nameMissing: {
      'zh-CN': '指标值“{{value}}”没有对应的三级指标。',
      'en-US': 'Target value “{{value}}” has no 三级 indicator.',
    },
    basisMissing: {
      'zh-CN': '三级指标“{{name}}”的指标值确定依据为空。',
      'en-US': 'Indicator “{{name}}” has no basis for its value (指标值确定依据).',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const name = row.level3.text;
      const value = row.value.text;
      if (name !== '' && value === '' && !row.value.error)
        report({
          messageId: 'valueMissing',
          cell: row.value.cell,
          data: { name },
          related: [row.level3.cell],
        });
      else if (name === '' && value !== '')
        report({
          messageId: 'nameMissing',
          cell: row.level3.cell,
          data: { value },
          related: [row.value.cell],
        });
      if (name !== '' && row.basis && row.basis.text === '' && !row.basis.error)
        report({ messageId: 'basisMissing', cell: row.basis.cell, data: { name }, severity: 'warning' });
    }
  },
});
