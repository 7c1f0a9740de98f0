/** Two tables with identical indicator grids (names and values) but different budgets (rules.md §3, R11). */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { parseAmount, amountValue } from './utils/amount';
import type { TargetTable } from '../model/table';

function gridKey(t: TargetTable): string {
  let k = '';
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i];
    if (i > 0) k += '\n';
    k += `${r.level2.canonical ?? r.level2.text}|${normalizeName(r.level3.text)}|${normalizeName(r.value.text)}`;
  }
  return k;
}

function namedRows(t: TargetTable): number {
  let n = 0;
  for (const r of t.rows) if (r.level3.text !== '') n++;
  return n;
}

function label(t: TargetTable): string {
  return t.header.name?.text || t.title?.text || `${t.sheet}`;
}

export default defineRule({
  id: 'duplicate-grid',
  scope: 'workbook',
  defaultSeverity: 'info',
  description: { 'zh-CN': '不同项目的指标完全相同', 'en-US': 'Two projects with identical indicator grids' },
  messages: {
    duplicate: {
      'zh-CN':
        '本表的指标与“{{other}}”完全相同，但预算不同（{{budget}} 与 {{otherBudget}} 万元）：疑似照抄，请按本项目设定指标。',
      'en-US':
        'This table’s indicators are identical to “{{other}}” though the budgets differ ({{budget}} vs {{otherBudget}}): set indicators for this project.',
    },
  },
  check({ tables, report }) {
    const first = new Map<string, number>();
    tables.forEach((t, i) => {
      if (namedRows(t) < 3) return;
      const k = gridKey(t);
      const j = first.get(k);
      if (j === undefined) {
        first.set(k, i);
        return;
      }
      const o = tables[j];
      const b = amountValue(parseAmount(t.header.budget?.text ?? ''));
      const ob = amountValue(parseAmount(o.header.budget?.text ?? ''));
      if (b === undefined || ob === undefined || Math.abs(b - ob) < 0.005) return;
      const cell = t.title?.cell ?? t.rows[0].level3.cell;
      report(i, {
        messageId: 'duplicate',
        cell,
        data: { other: label(o), budget: b.toFixed(2), otherBudget: ob.toFixed(2) },
        related: [{ sheet: o.sheet, cell: o.title?.cell ?? o.rows[0].level3.cell }],
      });
    });
  },
});
