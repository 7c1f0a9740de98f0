/** Two tables with identical indicator grids (names and values) but different budgets (rules.md §3, R11). */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { parseAmount, amountValue } from './utils/amount';
import type { TargetTable } from '../model/table';

/**
 * A table's grid as comparable texts, three per row: the 二级 (canonical name when known), the normalised 三级 and the
 * normalised 指标值. Texts get small ids (interned once per check) so that a grid hashes to one number without
 * building a key string.
 */
function gridTexts(t: TargetTable): string[] {
  const out: string[] = new Array<string>(t.rows.length * 3);
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i];
    out[3 * i] = r.level2.canonical ?? r.level2.text;
    out[3 * i + 1] = normalizeName(r.level3.text);
    out[3 * i + 2] = normalizeName(r.value.text);
  }
  return out;
}

function hashTexts(texts: readonly string[], ids: Map<string, number>): number {
  let h = texts.length;
  for (const s of texts) {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size + 1));
    h = (Math.imul(h, 31) + id) | 0;
  }
  return h;
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
    const ids = new Map<string, number>();
    // grids by hash: the first table of each distinct grid (equal hashes are compared text by text)
    const firsts = new Map<number, { index: number; texts: string[] }[]>();
    tables.forEach((t, i) => {
      if (namedRows(t) < 3) return;
      const texts = gridTexts(t);
      const h = hashTexts(texts, ids);
      let bucket = firsts.get(h);
      if (bucket === undefined) firsts.set(h, (bucket = []));
      const seen = bucket.find((f) => sameTexts(f.texts, texts));
      if (seen === undefined) {
        bucket.push({ index: i, texts });
        return;
      }
      const o = tables[seen.index];
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
