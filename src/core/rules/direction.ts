/**
 * Wrong direction (rules.md §3, domain.md §1b-4): 成本指标 with ≥ or >; a lower-is-better measure (投诉率, 事故率 …) with
 * ≥ or >; a higher-is-better measure (完成率, 及时率, 满意度, 效率, 效益 …) with ≤ or <. A fall in a bad thing
 * (投诉下降率) is higher-is-better.
 */
import { defineRule } from './define-rule';
import { isMoneyCostRow, measureDirection } from './utils/measures';

export default defineRule({
  id: 'direction',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '指标值方向错误', 'en-US': 'The comparator points the wrong way' },
  messages: {
    costAtLeast: {
      'zh-CN': '成本指标“{{name}}”是反向指标，应写“≤”（不超过），不应是“{{value}}”。',
      'en-US': 'Cost indicator “{{name}}” is lower-is-better: use “≤”, not “{{value}}”.',
    },
    lowerIsBetter: {
      'zh-CN': '“{{name}}”越低越好，应写“≤”，不应是“{{value}}”。',
      'en-US': '“{{name}}” is better when lower: use “≤”, not “{{value}}”.',
    },
    higherIsBetter: {
      'zh-CN': '“{{name}}”越高越好，应写“≥”，不应是“{{value}}”。',
      'en-US': '“{{name}}” is better when higher: use “≥”, not “{{value}}”.',
    },
  },
  check({ table, report }) {
    for (const row of table.rows) {
      const p = row.parsed;
      if (!p.ok || p.value.op === null || p.value.op === '=') continue;
      const up = p.value.op === '≥' || p.value.op === '>';
      let messageId: 'costAtLeast' | 'lowerIsBetter' | 'higherIsBetter' | undefined;
      const dir = measureDirection(row.level3.text);
      // a money cost is kept down (≤), unless the name measures something higher-is-better (成本节约率, 预算执行率)
      if (isMoneyCostRow(row) && dir !== 'higher') messageId = up ? 'costAtLeast' : undefined;
      else {
        if (dir === 'lower' && up) messageId = 'lowerIsBetter';
        else if (dir === 'higher' && !up) messageId = 'higherIsBetter';
      }
      // the data object is made only for a finding
      if (messageId)
        report({ messageId, cell: row.value.cell, data: { name: row.level3.text, value: row.value.text } });
    }
  },
});
