/**
 * 预算数 ≠ 财政资金 + 其他资金 (tolerance 0.005 万元); a non-numeric amount; info (fix: 0.00) for a blank 其他资金
 * (rules.md §3, domain.md R16).
 */
import { defineRule } from './define-rule';
import { amountValue, fieldAmount } from './utils/amount';

export default defineRule({
  id: 'funding-sum',
  scope: 'table',
  defaultSeverity: 'error',
  fixable: 'fix',
  description: { 'zh-CN': '预算数与资金来源之和不符', 'en-US': 'The budget is not the sum of its sources' },
  messages: {
    mismatch: {
      'zh-CN': '预算数 {{budget}} ≠ 财政资金 {{fiscal}} + 其他资金 {{other}}（差 {{diff}} {{unit}}）。',
      'en-US':
        'Budget {{budget}} ≠ fiscal funds {{fiscal}} + other funds {{other}} (off by {{diff}} {{unit}}).',
    },
    mismatchCarryover: {
      'zh-CN':
        '预算数 {{budget}} ≠ 财政资金 {{fiscal}} + 上年结转 {{carryover}} + 其他资金 {{other}}（差 {{diff}} {{unit}}）。',
      'en-US':
        'Budget {{budget}} ≠ fiscal funds {{fiscal}} + carry-over {{carryover}} + other funds {{other}} (off by {{diff}} {{unit}}).',
    },
    notNumeric: { 'zh-CN': '金额“{{text}}”不是数字。', 'en-US': 'The amount “{{text}}” is not a number.' },
    fiscalMissing: { 'zh-CN': '财政资金未填写。', 'en-US': 'The fiscal funds (财政资金) are empty.' },
    otherBlank: {
      'zh-CN': '其他资金为空：没有其他资金请填 0.00。',
      'en-US': 'Other funds (其他资金) is blank: write 0.00 when there are none.',
    },
  },
  check({ table, config, report }) {
    const { budget, fiscal, other, carryover } = table.header;
    if (!budget || budget.text === '' || budget.error) return; // table-header-missing reports an empty budget
    const b = fieldAmount(budget);
    const f = fiscal ? fieldAmount(fiscal) : undefined;
    const o = other ? fieldAmount(other) : undefined;
    const co = carryover ? fieldAmount(carryover) : undefined;
    let ok = true;
    for (const [fld, a] of [
      [budget, b],
      [fiscal, f],
      [other, o],
      [carryover, co],
    ] as const) {
      if (fld?.error)
        ok = false; // an error value (#N/A …): cell-error reports it; no sum can be checked
      else if (fld && a && a.kind === 'invalid') {
        report({ messageId: 'notNumeric', cell: fld.cell, data: { text: fld.text } });
        ok = false;
      }
    }
    if (fiscal && f && f.kind === 'empty') {
      report({ messageId: 'fiscalMissing', cell: fiscal.cell, related: [fiscal.labelCell] });
      ok = false;
    }
    if (other && o && o.kind === 'empty')
      report({
        messageId: 'otherBlank',
        cell: other.cell,
        severity: 'info',
        fix: '0.00',
        related: [other.labelCell],
      });
    if (!ok || !fiscal) return;
    const bv = amountValue(b);
    const fv = f ? amountValue(f) : undefined;
    const ov = o ? (amountValue(o) ?? 0) : 0;
    const cv = co ? (amountValue(co) ?? 0) : 0;
    if (bv === undefined || fv === undefined) return;
    const diff = bv - (fv + cv + ov);
    if (Math.abs(diff) > config.fundingTolerance + 1e-9) {
      const data = {
        budget: bv.toFixed(2),
        fiscal: fv.toFixed(2),
        other: ov.toFixed(2),
        diff: Math.abs(diff).toFixed(2),
        unit: table.amountUnit ?? '万元',
      };
      const related = [fiscal.cell];
      if (carryover) related.push(carryover.cell);
      if (other) related.push(other.cell);
      report(
        carryover
          ? {
              messageId: 'mismatchCarryover',
              cell: budget.cell,
              data: { ...data, carryover: cv.toFixed(2) },
              related,
            }
          : { messageId: 'mismatch', cell: budget.cell, data, related },
      );
    }
  },
});
