/**
 * 资金支出计划 cells empty; not percents; outside 0–100; decreasing; a warning when the last (12月底) is not 100%
 * (rules.md §3, domain.md §1b-10).
 */
import { defineRule } from './define-rule';
import { stripSpaces, toHalfWidth } from '../text/normalize';
import { memoByText } from '../text/memo';

const percentOf = memoByText((text: string): number | undefined => {
  const t = stripSpaces(toHalfWidth(text)).replace('百分比', '%');
  const m = /^(\d+(?:\.\d+)?)%$/.exec(t);
  return m ? Number(m[1]) : undefined;
});

export default defineRule({
  id: 'spending-plan',
  scope: 'table',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '资金支出计划不完整或不合理',
    'en-US': 'The spending plan is empty or inconsistent',
  },
  messages: {
    empty: {
      'zh-CN': '资金支出计划“{{label}}”未填写。',
      'en-US': 'The spending plan for {{label}} is empty.',
    },
    notPercent: {
      'zh-CN': '资金支出计划“{{label}}”的“{{text}}”不是百分比。',
      'en-US': 'The spending plan for {{label}}, “{{text}}”, is not a percent.',
    },
    outOfRange: {
      'zh-CN': '资金支出计划“{{label}}”的“{{text}}”超出 0–100%。',
      'en-US': 'The spending plan for {{label}}, “{{text}}”, is outside 0–100%.',
    },
    decreasing: {
      'zh-CN': '资金支出计划是累计进度，“{{label}}”的 {{text}} 小于前一期的 {{previous}}。',
      'en-US': 'The spending plan is cumulative: {{label}} ({{text}}) is below the previous {{previous}}.',
    },
    notComplete: {
      'zh-CN': '资金支出计划到“{{label}}”应为 100%，现为 {{text}}。',
      'en-US': 'The spending plan should reach 100% by {{label}}; it is {{text}}.',
    },
  },
  check({ table, report }) {
    if (!table.plan) return;
    let prev: { value: number; text: string; cell: { row: number; col: number } } | undefined;
    let allValid = true;
    for (const p of table.plan) {
      if (p.error) {
        allValid = false;
        continue;
      }
      if (p.text === '') {
        report({
          messageId: 'empty',
          cell: p.cell,
          data: { label: p.label, text: p.text },
          related: [p.labelCell],
        });
        allValid = false;
        continue;
      }
      const v = percentOf(p.text);
      if (v === undefined) {
        report({ messageId: 'notPercent', cell: p.cell, data: { label: p.label, text: p.text } });
        allValid = false;
        continue;
      }
      if (v < 0 || v > 100) {
        report({ messageId: 'outOfRange', cell: p.cell, data: { label: p.label, text: p.text } });
        allValid = false;
        continue;
      }
      if (prev && v < prev.value)
        report({
          messageId: 'decreasing',
          cell: p.cell,
          data: { label: p.label, text: p.text, previous: prev.text },
          related: [prev.cell],
        });
      prev = { value: v, text: p.text, cell: p.cell };
    }
    const last = table.plan[table.plan.length - 1];
    if (allValid && prev && prev.cell === last.cell && prev.value !== 100)
      report({
        messageId: 'notComplete',
        cell: last.cell,
        data: { label: last.label, text: last.text },
        severity: 'warning',
      });
  },
});
