/**
 * Text normalisation shared by the reader and the rules. Pure and cheap: it runs on every cell.
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～

/** Full-width ASCII (Ａ-Ｚ, ０-９, ＞＝ …) and the ideographic space to half-width. */
export function toHalfWidth(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

const WS_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Drops every whitespace character, including line breaks and ideographic spaces. */
export function stripSpaces(s: string): string {
  return s.replace(WS_RE, '');
}

/**
 * The comparison form of a name: no whitespace or line breaks, full-width brackets and colons
 * half-width, trailing colons dropped. "其中：财政    资金" → "其中:财政资金".
 */
export function normalizeName(s: string): string {
  const hit = nameCache.get(s);
  if (hit !== undefined) return hit;
  const out = NEEDS_NAME_WORK.test(s) ? computeName(s) : s;
  if (nameCache.size >= CACHE_MAX) nameCache.clear();
  nameCache.set(s, out);
  return out;
}

const CACHE_MAX = 50000;
const nameCache = new Map<string, string>();
const NEEDS_NAME_WORK = /[\s\u00a0\u3000\u200b\ufeff（）：【〔［】〕］]|:$/;

function computeName(s: string): string {
  const t = stripSpaces(s)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']');
  return t.replace(/:+$/, '');
}

/** A name without a trailing bracketed unit: "社区矫正人数(人）" → "社区矫正人数". */
export function stripUnitSuffix(name: string): string {
  let out = unitSuffixCache.get(name);
  if (out === undefined) {
    out = normalizeName(name).replace(/\([^()]{0,6}\)$/, '');
    if (unitSuffixCache.size >= CACHE_MAX) unitSuffixCache.clear();
    unitSuffixCache.set(name, out);
  }
  return out;
}

const unitSuffixCache = new Map<string, string>();

/** A label as the reader compares it: normalised, without "其中:" and trailing colon. */
export function labelKey(s: string): string {
  const n = normalizeName(s);
  return n.startsWith('其中') ? n.replace(/^其中:?/, '') : n;
}

/** True when the text contains at least one CJK ideograph. */
export function hasCjk(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s);
}
