/**
 * Under 满意度指标 a measure that is not a satisfaction (投诉率 …); a warning for a 满意度 measure under 效益/产出, or a
 * satisfaction target below the configured minimum (default 80%) (rules.md §3, domain.md §1b-6).
 */
import { defineRule } from './define-rule';
import { isSatisfactionName } from './utils/measures';

export default defineRule({
  id: 'satisfaction-misplaced',
  scope: 'table',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '满意度指标放错位置或目标过低',
    'en-US': 'A satisfaction indicator misplaced or set too low',
  },
  messages: {
    notSatisfaction: {
      'zh-CN': '“{{name}}”不是满意度，不应放在满意度指标下（投诉率等请放在社会效益指标下，并写“≤”）。',
      'en-US':
        '“{{name}}” is not a satisfaction measure and does not belong under 满意度指标 (put complaint rates under 社会效益 with “≤”).',
    },
    satisfactionElsewhere: {
      'zh-CN': '满意度指标“{{name}}”应放在“满意度指标—服务对象满意度指标”下，而不是“{{level1}}”下。',
      'en-US':
        'Satisfaction measure “{{name}}” belongs under 满意度指标 / 服务对象满意度指标, not under “{{level1}}”.',
    },
    tooLow: {
      'zh-CN': '满意度目标“{{value}}”低于 {{min}}%，偏低。',
      'en-US': 'The satisfaction target “{{value}}” is below {{min}}%.',
    },
  },
  check({ table, config, report }) {
    for (const row of table.rows) {
      const name = row.level3.text;
      if (name === '') continue;
      const sat = isSatisfactionName(name);
      if (row.level1.canonical === '满意度指标') {
        if (!sat)
          report({
            messageId: 'notSatisfaction',
            cell: row.level3.cell,
            data: { name },
            related: [row.value.cell],
          });
      } else if (sat && (row.level1.canonical === '效益指标' || row.level1.canonical === '产出指标'))
        report({
          messageId: 'satisfactionElsewhere',
          cell: row.level3.cell,
          data: { name, level1: row.level1.canonical },
          severity: 'warning',
        });
      const p = row.parsed;
      if (
        sat &&
        p.ok &&
        p.value.unit === '%' &&
        p.value.number !== null &&
        p.value.op !== '≤' &&
        p.value.op !== '<' &&
        p.value.number < config.satisfactionMin
      )
        report({
          messageId: 'tooLow',
          cell: row.value.cell,
          data: { value: row.value.text, min: config.satisfactionMin },
          severity: 'warning',
        });
    }
  },
});
