/** A unit not in the list, or a number with no unit at all (rules.md §2, §3). */
import { defineRule } from './define-rule';
import { bracketUnit } from './utils/measures';

export default defineRule({
  id: 'value-unit-unknown',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '指标值单位不在单位表中或缺少单位',
    'en-US': 'The unit is not in the list, or missing',
  },
  messages: {
    unknown: {
      'zh-CN': '指标值“{{value}}”的单位“{{unit}}”不在单位表中。',
      'en-US': 'The unit “{{unit}}” of “{{value}}” is not in the list of units.',
    },
    missing: {
      'zh-CN': '指标值“{{value}}”没有计量单位（如 %、人、件、万元）。',
      'en-US': 'Target value “{{value}}” has no unit (%, 人, 件, 万元 …).',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok || p.value.kind !== 'quantitative') continue;
      // "设施完好率(%)" with ≥95: the name states the unit
      if (p.value.unit === null) {
        if (bracketUnit(row.level3.text) === undefined)
          report({ messageId: 'missing', cell: row.value.cell, data: { value: row.value.text } });
      } else if (!p.value.unitKnown)
        report({
          messageId: 'unknown',
          cell: row.value.cell,
          data: { value: row.value.text, unit: p.value.unit },
        });
    }
  },
});
