/**
 * 资金支出计划 cells empty; not percents; outside 0–100; decreasing; a warning when the last (12月底) is not 100%
 * (rules.md §3, domain.md §1b-10). Under 资金支出计划（%） bare numbers are percents; under 资金支出计划（万元） the
 * cells are amounts, measured against the budget; quarterly shares that add up to 100% are a complete plan.
 */
import { defineRule } from './define-rule';
import { stripSpaces, toHalfWidth } from '../text/normalize';
import { memoByText } from '../text/memo';
import { amountValue, fieldAmount } from './utils/amount';

/** A bare number ("25", "12.5"): a percent under 资金支出计划（%）, an amount under 资金支出计划（万元）. */
const plainNumber = memoByText((text: string): number | undefined => {
  const t = stripSpaces(toHalfWidth(text));
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
});

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
    notBudget: {
      'zh-CN': '资金支出计划（万元）到“{{label}}”应累计到预算数 {{budget}}，现为 {{text}}。',
      'en-US':
        'The spending plan (万元) should add up to the budget, {{budget}}, by {{label}}; it is {{text}}.',
    },
  },
  check({ table, report }) {
    const plan = table.plan;
    if (!plan) return;
    // 资金支出计划（万元）: the cells are amounts, read as shares of the budget
    const budget =
      table.planUnit === '万元' && table.header.budget
        ? amountValue(fieldAmount(table.header.budget))
        : undefined;
    const valueOf = (text: string): number | undefined => {
      const v = percentOf(text);
      if (v !== undefined) return v;
      const n = plainNumber(text);
      if (n === undefined) return undefined;
      if (table.planUnit === '%') return n; // 资金支出计划（%） over bare numbers: the label gives the unit
      if (table.planUnit === '万元' && budget !== undefined && budget > 0) return (n / budget) * 100;
      return undefined;
    };
    const values: (number | undefined)[] = [];
    let allValid = true;
    for (const p of plan) {
      values.push(undefined);
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
      if (table.planUnit === '万元' && (budget === undefined || budget <= 0)) {
        allValid = false; // amounts without a budget to measure them against: funding-sum speaks of the budget
        continue;
      }
      const v = valueOf(p.text);
      if (v === undefined) {
        report({ messageId: 'notPercent', cell: p.cell, data: { label: p.label, text: p.text } });
        allValid = false;
        continue;
      }
      if (v < 0 || v > 100 + 1e-9) {
        report({ messageId: 'outOfRange', cell: p.cell, data: { label: p.label, text: p.text } });
        allValid = false;
        continue;
      }
      values[values.length - 1] = v;
    }
    // Quarters (一季度 … 四季度) and bare months may give each period's share instead of the running total: shares
    // that add up to 100% are a complete plan too.
    const perPeriod = !/底$/.test(plan[0].label.replace(/\s/g, ''));
    if (allValid && perPeriod && Math.abs(values.reduce<number>((a, v) => a + (v ?? 0), 0) - 100) < 0.5)
      return;
    let prev: { value: number; text: string; cell: { row: number; col: number } } | undefined;
    plan.forEach((p, i) => {
      const v = values[i];
      if (v === undefined) return;
      if (prev && v < prev.value - 1e-9)
        report({
          messageId: 'decreasing',
          cell: p.cell,
          data: { label: p.label, text: p.text, previous: prev.text },
          related: [prev.cell],
        });
      prev = { value: v, text: p.text, cell: p.cell };
    });
    const last = plan[plan.length - 1];
    const lastValue = values[values.length - 1];
    if (allValid && lastValue !== undefined && Math.abs(lastValue - 100) > 1e-6)
      report(
        table.planUnit === '万元'
          ? {
              messageId: 'notBudget',
              cell: last.cell,
              data: { label: last.label, text: last.text, budget: (budget ?? 0).toFixed(2) },
              severity: 'warning',
            }
          : {
              messageId: 'notComplete',
              cell: last.cell,
              data: { label: last.label, text: last.text },
              severity: 'warning',
            },
      );
  },
});
