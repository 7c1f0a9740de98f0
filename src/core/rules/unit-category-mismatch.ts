/**
 * The unit does not fit the 二级 (rules.md §3, domain.md §1b-3): 数量指标 with a percent; a 时效指标 whose name is a
 * time but whose value is a percent; a 成本指标 not in money (万元/元) or a unit cost.
 */
import { defineRule } from './define-rule';
import { bracketUnit, isMoneyCostRow, isTimeName } from './utils/measures';
import { isMoneyCategory, unitCategory } from '../schema/units';

export default defineRule({
  id: 'unit-category-mismatch',
  scope: 'table',
  defaultSeverity: 'warning',
  description: { 'zh-CN': '指标值单位与二级指标不符', 'en-US': 'The unit does not fit the 二级' },
  messages: {
    quantityPercent: {
      'zh-CN':
        '数量指标“{{name}}”应为绝对数（如 件、人、次），不应是百分比“{{value}}”；比率类指标请放在质量或时效指标下。',
      'en-US':
        'Quantity indicator “{{name}}” should be a count (件, 人, 次), not the percent “{{value}}”; rates belong under 质量 or 时效.',
    },
    timePercent: {
      'zh-CN': '时效指标“{{name}}”是时间，指标值应为日期或期限（如 2022年12月31日前），不应是“{{value}}”。',
      'en-US':
        'Timeliness indicator “{{name}}” is a time: give a date or deadline (2022年12月31日前), not “{{value}}”.',
    },
    costNotMoney: {
      'zh-CN': '成本指标“{{name}}”应以金额（万元、元）或单位成本（元/人…）表述，不应是“{{value}}”。',
      'en-US':
        'Cost indicator “{{name}}” should be money (万元, 元) or a unit cost (元/人 …), not “{{value}}”.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok) {
        // "参照政府采购成本控制", "按照资金测算控制各项成本。": a money cost given in words states no amount
        if (
          (p.reason === 'vague' || (p.reason === 'syntax' && /[\u4e00-\u9fff]{4}/.test(p.text))) &&
          isMoneyCostRow(row)
        )
          report({
            messageId: 'costNotMoney',
            cell: row.value.cell,
            data: { name: row.level3.text, value: row.value.text },
          });
        continue;
      }
      const v = p.value;
      let messageId: 'costNotMoney' | 'quantityPercent' | 'timePercent' | undefined;
      if (isMoneyCostRow(row)) {
        // "案均补贴（元/件）" with ≤800: the name states the money unit
        const stated = v.unit === null ? bracketUnit(row.level3.text) : undefined;
        const cat = v.unitCategory ?? (stated !== undefined ? unitCategory(stated) : undefined);
        messageId = isMoneyCategory(cat) ? undefined : 'costNotMoney';
      } else if (row.level2.canonical === '数量指标' && v.unit === '%') messageId = 'quantityPercent';
      else if (row.level2.canonical === '时效指标' && v.unit === '%' && isTimeName(row.level3.text))
        messageId = 'timePercent';
      // the data object is made only for a finding
      if (messageId)
        report({ messageId, cell: row.value.cell, data: { name: row.level3.text, value: row.value.text } });
    }
  },
});
