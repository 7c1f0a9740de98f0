/**
 * The 三级 name states its unit — "(人)", "（%）", or ends in 数/数量/人数/次数 (a count) or 率/度 (a rate) — and
 * the value's unit disagrees (rules.md §3).
 */
import { defineRule } from './define-rule';
import { bracketUnit, isCountName, isRateName } from './utils/measures';

export default defineRule({
  id: 'unit-name-mismatch',
  scope: 'table',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '指标值单位与指标名称所示单位不符',
    'en-US': "The value's unit disagrees with the unit the name states",
  },
  messages: {
    bracket: {
      'zh-CN': '指标名称“{{name}}”注明单位“{{expected}}”，指标值“{{value}}”的单位却是“{{unit}}”。',
      'en-US':
        'The name “{{name}}” states the unit “{{expected}}”, but the value “{{value}}” is in “{{unit}}”.',
    },
    countAsPercent: {
      'zh-CN': '“{{name}}”是数量（个数），指标值“{{value}}”却是百分比，应写成件、人、次等计数单位。',
      'en-US':
        '“{{name}}” is a count, but its value “{{value}}” is a percent: use a count unit (件, 人, 次).',
    },
    rateAsOther: {
      'zh-CN':
        '“{{name}}”是比率，指标值“{{value}}”却是“{{unit}}”，应为百分比；若要考核时限或金额，请把指标名称改为所衡量的量（如 …时限、…金额）。',
      'en-US':
        '“{{name}}” is a rate, but its value “{{value}}” is in “{{unit}}”: use a percent, or rename the indicator after what it measures (…时限, …金额).',
    },
    rateAsCount: {
      'zh-CN': '“{{name}}”是比率，指标值“{{value}}”却用了计数单位“{{unit}}”，应为百分比。',
      'en-US':
        '“{{name}}” is a rate, but its value “{{value}}” is in the count unit “{{unit}}”: use a percent.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok || p.value.kind !== 'quantitative' || p.value.unit === null) continue;
      const name = row.level3.text;
      const unit = p.value.unit;
      const stated = bracketUnit(name);
      if (stated !== undefined) {
        // the same unit, or the same unit per period or per head ("检查次数（次/年）" with ≥4次)
        if (stated.split('/')[0] !== unit.split('/')[0])
          report({
            messageId: 'bracket',
            cell: row.value.cell,
            data: { name, value: row.value.text, unit, expected: stated },
          });
        continue;
      }
      // the data object is made only for a finding
      if (unit === '%' && isCountName(name))
        report({
          messageId: 'countAsPercent',
          cell: row.value.cell,
          data: { name, value: row.value.text, unit },
        });
      else if (unit !== '%' && p.value.unitCategory === 'count' && isRateName(name))
        report({
          messageId: 'rateAsCount',
          cell: row.value.cell,
          data: { name, value: row.value.text, unit },
        });
      else if (
        unit !== '%' &&
        (p.value.unitCategory === 'time' || p.value.unitCategory === 'money') &&
        isRateName(name)
      )
        report({
          messageId: 'rateAsOther',
          cell: row.value.cell,
          data: { name, value: row.value.text, unit },
        });
    }
  },
});
