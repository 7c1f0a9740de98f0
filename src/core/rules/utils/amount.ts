import { stripSpaces, toHalfWidth } from '../../text/normalize';
import { memoByText } from '../../text/memo';

export type Amount =
  /** Blank, or a dash / 无 / 不适用 that says there is none (Excel's accounting format shows 0 as "-"). */
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  /** A number written with a unit word: "250万", "3000元". `value` is in 万元. */
  | { readonly kind: 'with-unit'; readonly value: number; readonly unit: string; readonly number: number }
  | { readonly kind: 'invalid' };

const NONE: ReadonlySet<string> = new Set(['-', '--', '—', '——', '/', '无', '不适用', '不涉及']);

export const parseAmount = memoByText(function parseAmount(text: string): Amount {
  // "¥10.00", "￥1,000.00": a currency format's sign is display, not part of the amount
  const t = stripSpaces(toHalfWidth(text)).replace(/^[¥￥$]/, '');
  if (t === '' || NONE.has(t)) return { kind: 'empty' };
  const plain = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (plain) return { kind: 'number', value: Number(t.replace(/,/g, '')) };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|万|元|千元)$/.exec(t);
  if (m) {
    const number = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
    const unit = m[3];
    const value = unit === '元' ? number / 10000 : unit === '千元' ? number / 10 : number;
    return { kind: 'with-unit', value, unit, number };
  }
  return { kind: 'invalid' };
});

/**
 * The amount of a header field: its text as Excel shows it, except that a number shown as nothing or as a dash (0 in
 * an accounting format) is that number.
 */
export function fieldAmount(f: { readonly text: string; readonly number?: number }): Amount {
  const a = parseAmount(f.text);
  return a.kind === 'empty' && f.number !== undefined ? { kind: 'number', value: f.number } : a;
}

export function amountValue(a: Amount): number | undefined {
  return a.kind === 'number' || a.kind === 'with-unit' ? a.value : undefined;
}
