/**
 * The text Excel displays for a value under a number format, for the formats that occur in
 * 绩效目标表: General, 0 / 0.00 / #,##0.00, percents, scientific, currency literals, dates.
 *
 * Deliberate choices (the rules read this text, so it must be stable and parseable):
 * - General shows at most 15 significant digits, so binary float noise (0.1+0.2) never shows.
 * - Dates: a Chinese date format (one with 年/月/日) is rendered as written ("2022年12月31日");
 *   any other date format is shown as ISO yyyy-mm-dd (plus hh:mm[:ss] when the format has a time),
 *   because the 指标值 grammar reads those two forms and a locale's m/d/yy would be ambiguous.
 * - Column width is ignored: Excel's "####" for a too-narrow column is not reproduced.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** Splits a format into its sections at `;` outside quotes, brackets and escapes. */
export function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (inQuote) {
      cur += ch;
      if (ch === '"') inQuote = false;
      continue;
    }
    if (inBracket) {
      cur += ch;
      if (ch === ']') inBracket = false;
      continue;
    }
    if (ch === '\\' && i + 1 < fmt.length) {
      cur += ch + fmt[i + 1];
      i++;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === '[') inBracket = true;
    else if (ch === ';') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'code'; text: string } // unquoted format characters, interpreted later
  | { kind: 'bracket'; text: string };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const pushLit = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'lit') last.text += t;
    else tokens.push({ kind: 'lit', text: t });
  };
  const pushCode = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'code') last.text += t;
    else tokens.push({ kind: 'code', text: t });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      pushLit(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\' || ch === '!') {
      // "\x" and "!x" show x as it is ("0!.0000" puts a literal dot among the digits)
      if (i + 1 < section.length) pushLit(section[i + 1]);
      i++;
    } else if (ch === '_') {
      pushLit(' '); // "_x": a space as wide as x
      i++;
    } else if (ch === '*') {
      i++; // "*x": repeat x to fill the cell; nothing to show in plain text
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'bracket', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (/[0#?.,%Ee+\-/@yYmMdDhHsSaApP:]/.test(ch) || ch === '上' || ch === '下' || ch === '午') {
      pushCode(ch);
    } else {
      pushLit(ch);
    }
  }
  return tokens;
}

/** Text of a `[$¥-804]` currency/locale tag: the part between `$` and `-`. */
function bracketLiteral(b: string): string {
  if (b.startsWith('$')) {
    const dash = b.indexOf('-');
    return dash < 0 ? b.slice(1) : b.slice(1, dash);
  }
  return ''; // colours, conditions, DBNum, locale ids show nothing
}

function codeWithoutLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, (b) => (/^\[(h+|m+|s+)\]$/i.test(b) ? b : ''));
}

/** True when a section formats dates or times (and not numbers). */
export function isDateSection(section: string): boolean {
  const code = codeWithoutLiterals(section);
  if (/^General$/i.test(code.trim())) return false;
  return /[yYdDhHsS]|m|M|\[(h+|m+|s+)\]/.test(code) && !/[0#?]/.test(code.replace(/\.0+/, ''));
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return isDateSection(splitSections(fmt)[0]);
}

/** Rounds half away from zero at `decimals` places, on the value's 15-digit decimal form. */
function roundTo(x: number, decimals: number): number {
  const clean = Number(Math.abs(x).toPrecision(15));
  const shifted = Math.round(Number(`${clean}e${decimals}`));
  const back = Number(`${shifted}e-${decimals}`);
  return x < 0 ? -back : back;
}

/** Excel's General format for a number, without float noise. */
export function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  let s: string;
  if (abs >= 1e15 || abs < 1e-9) {
    // 1.5e+21 -> 1.5E+21, 1e-7 -> 1E-07
    const [m, e] = Number(v.toPrecision(15)).toExponential().split('e');
    const exp = Number(e);
    s = `${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else {
    s = String(Number(v.toPrecision(15)));
    if (/e/.test(s)) {
      // String() switches to exponent below 1e-6: expand it.
      s = Number(v.toPrecision(15))
        .toFixed(20)
        .replace(/\.?0+$/, '');
    }
  }
  return s;
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

type Plan =
  | { kind: 'text'; tokens: Token[] }
  | { kind: 'literal'; text: string }
  | { kind: 'general' }
  | {
      kind: 'number';
      prefix: string;
      suffix: string;
      factor: number;
      exp: null | { decimals: number; plusSign: boolean; expDigits: number };
      grouping: boolean;
      minInt: number;
      minDec: number;
      maxDec: number;
      hasDot: boolean;
      /** Literals among the integer digits ("000-0000", "0!.0000"): text and how many digit places follow it. */
      intLits?: { text: string; placesAfter: number }[];
    };

/** Analyses a numeric section once; the plan is then applied to every value. */
function planNumberSection(tokens: Token[]): Plan {
  const code = tokens.map((t) => (t.kind === 'code' ? t.text : '')).join('');
  if (/@/.test(code) && !/[0#?]/.test(code)) return { kind: 'text', tokens };
  if (!/[0#?]/.test(code)) {
    // A section without digit placeholders (e.g. only literals): Excel shows the literals.
    const lits = tokens
      .map((t) =>
        t.kind === 'lit'
          ? t.text
          : t.kind === 'bracket'
            ? bracketLiteral(t.text)
            : t.text.replace(/[^%]/g, ''),
      )
      .join('');
    return lits === '' ? { kind: 'general' } : { kind: 'literal', text: lits };
  }
  if (/\//.test(code)) return { kind: 'general' }; // fractions: not used in these tables

  // Flatten into a character stream that remembers which characters are literal.
  const chars: { ch: string; lit: boolean }[] = [];
  for (const t of tokens) {
    if (t.kind === 'lit') for (const ch of t.text) chars.push({ ch, lit: true });
    else if (t.kind === 'bracket') for (const ch of bracketLiteral(t.text)) chars.push({ ch, lit: true });
    else for (const ch of t.text) chars.push({ ch, lit: false });
  }
  const isPh = (c: { ch: string; lit: boolean }) => !c.lit && /[0#?]/.test(c.ch);
  let first = chars.findIndex(isPh);
  let last = chars.length - 1;
  while (last >= 0 && !isPh(chars[last])) last--;
  // a leading decimal point belongs to the number ("#.00" written as ".00")
  if (first > 0 && !chars[first - 1].lit && chars[first - 1].ch === '.') first--;
  // trailing commas right after the last placeholder scale by 1000 each
  let scaleCommas = 0;
  let j = last + 1;
  while (j < chars.length && !chars[j].lit && chars[j].ch === ',') {
    scaleCommas++;
    j++;
  }
  const body = chars
    .slice(first, last + 1)
    .filter((c) => !c.lit)
    .map((c) => c.ch)
    .join('');
  const render = (cs: { ch: string; lit: boolean }[]) => cs.map((c) => c.ch).join('');
  const percents = chars.filter((c) => !c.lit && c.ch === '%').length;
  const base = {
    kind: 'number' as const,
    prefix: render(chars.slice(0, first)),
    suffix: render(chars.slice(j)),
    factor: Math.pow(100, percents) / Math.pow(1000, scaleCommas),
  };
  const eIdx = body.search(/[Ee][+-]/);
  if (eIdx >= 0) {
    const mant = body.slice(0, eIdx);
    const dot = mant.indexOf('.');
    const frac = dot < 0 ? '' : mant.slice(dot + 1);
    return {
      ...base,
      exp: {
        decimals: frac.replace(/[^0#?]/g, '').length,
        plusSign: body[eIdx + 1] === '+',
        expDigits: body.slice(eIdx + 2).replace(/[^0#?]/g, '').length || 1,
      },
      grouping: false,
      minInt: 0,
      minDec: 0,
      maxDec: 0,
      hasDot: false,
    };
  }
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPh = (dot < 0 ? '' : body.slice(dot + 1)).replace(/[^0#?]/g, '');
  // literals between the first placeholder and the decimal point (or the last placeholder)
  const intLits: { text: string; placesAfter: number }[] = [];
  {
    const span = chars.slice(first, last + 1);
    const end = span.findIndex((c) => !c.lit && c.ch === '.');
    const ints = end < 0 ? span : span.slice(0, end);
    let places = 0;
    for (let k = ints.length - 1; k >= 0; k--) {
      const c = ints[k];
      if (isPh(c)) places++;
      else if (c.lit || (c.ch !== ',' && c.ch !== '%')) {
        const prev = intLits[intLits.length - 1];
        if (prev && prev.placesAfter === places) prev.text = c.ch + prev.text;
        else intLits.push({ text: c.ch, placesAfter: places });
      }
    }
  }
  return {
    ...base,
    intLits: intLits.length ? intLits : undefined,
    exp: null,
    grouping: /[0#?],+[0#?]/.test(intPart),
    minInt: (intPart.match(/0/g) || []).length,
    maxDec: fracPh.length,
    minDec: (fracPh.match(/^0*/) || [''])[0].length,
    hasDot: dot >= 0,
  };
}

/** Formats a non-negative number with one analysed section (no sign handling). */
function applyPlan(abs: number, plan: Plan): string {
  if (plan.kind === 'general') return formatGeneral(abs);
  if (plan.kind === 'literal') return plan.text;
  if (plan.kind === 'text') {
    return plan.tokens
      .map((t) =>
        t.kind === 'lit'
          ? t.text
          : t.kind === 'bracket'
            ? bracketLiteral(t.text)
            : t.text.replace(/@/g, formatGeneral(abs)),
      )
      .join('');
  }
  let x = abs * plan.factor;
  let numText: string;
  if (plan.exp) {
    const { decimals, plusSign, expDigits } = plan.exp;
    let exp = x === 0 ? 0 : Math.floor(Math.log10(x));
    let m = x === 0 ? 0 : x / Math.pow(10, exp);
    m = roundTo(m, decimals);
    if (m >= 10) {
      m /= 10;
      exp += 1;
    }
    const sign = exp < 0 ? '-' : plusSign ? '+' : '';
    numText = `${m.toFixed(decimals)}E${sign}${String(Math.abs(exp)).padStart(expDigits, '0')}`;
  } else {
    x = roundTo(x, plan.maxDec);
    const s = x.toFixed(plan.maxDec);
    const dotAt = s.indexOf('.');
    let ip = dotAt < 0 ? s : s.slice(0, dotAt);
    let fp = dotAt < 0 ? '' : s.slice(dotAt + 1);
    if (fp.length > plan.minDec) fp = fp.replace(/0+$/, '').padEnd(plan.minDec, '0');
    ip = ip.replace(/^0+/, '');
    if (ip.length < plan.minInt) ip = ip.padStart(plan.minInt, '0');
    if (plan.grouping) ip = groupThousands(ip);
    if (plan.intLits) {
      // Excel fills the digits from the right and shows each literal at its place among them
      for (const l of plan.intLits) {
        const at = Math.max(0, ip.length - l.placesAfter);
        ip = ip.slice(0, at) + l.text + ip.slice(at);
      }
    }
    numText = ip + (plan.hasDot ? '.' + fp : '');
  }
  return plan.prefix + numText + plan.suffix;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

interface DateParts {
  y: number;
  mo: number; // 1-12
  d: number;
  h: number;
  mi: number;
  s: number;
  wd: number; // 0 = Sunday
}

function dateParts(d: Date): DateParts {
  // exceljs gives dates as UTC instants of the sheet's wall-clock time.
  let ms = d.getTime();
  // round to the nearest second, as Excel does for display
  ms = Math.round(ms / 1000) * 1000;
  const r = new Date(ms);
  return {
    y: r.getUTCFullYear(),
    mo: r.getUTCMonth() + 1,
    d: r.getUTCDate(),
    h: r.getUTCHours(),
    mi: r.getUTCMinutes(),
    s: r.getUTCSeconds(),
    wd: r.getUTCDay(),
  };
}

/** Renders a date section token by token (used for Chinese date formats and pure times). */
function renderDateTokens(p: DateParts, tokens: Token[]): string {
  const code = tokens.map((t) => (t.kind === 'code' ? t.text : '')).join('');
  const ampm = /AM\/PM|A\/P|上午\/下午/i.test(code);
  // Split codes into runs of the same letter so that "yyyy", "mm", "d" etc. are units.
  type Part = { lit: string } | { run: string };
  const parts: Part[] = [];
  for (const t of tokens) {
    if (t.kind === 'lit') parts.push({ lit: t.text });
    else if (t.kind === 'bracket') {
      if (/^(h+|m+|s+)$/i.test(t.text)) parts.push({ run: `[${t.text.toLowerCase()}]` });
      else parts.push({ lit: bracketLiteral(t.text) });
    } else {
      const s = t.text;
      let i = 0;
      while (i < s.length) {
        if (/^AM\/PM/i.test(s.slice(i))) {
          parts.push({ run: 'AM/PM' });
          i += 5;
          continue;
        }
        if (/^A\/P/i.test(s.slice(i))) {
          parts.push({ run: 'A/P' });
          i += 3;
          continue;
        }
        if (s.startsWith('上午/下午', i)) {
          parts.push({ run: '上午/下午' });
          i += 5;
          continue;
        }
        const ch = s[i].toLowerCase();
        if ('ymdhsa'.includes(ch)) {
          let k = i;
          while (k < s.length && s[k].toLowerCase() === ch) k++;
          parts.push({ run: s.slice(i, k).toLowerCase() });
          i = k;
        } else if (ch === '.' && /^\.0+/.test(s.slice(i))) {
          const m = /^\.0+/.exec(s.slice(i))![0];
          parts.push({ run: m });
          i += m.length;
        } else {
          parts.push({ lit: s[i] });
          i++;
        }
      }
    }
  }
  const isRun = (q: Part): q is { run: string } => 'run' in q;
  const runs = parts.filter(isRun).map((q) => q.run);
  let out = '';
  parts.forEach((q, idx) => {
    if (!isRun(q)) {
      out += q.lit;
      return;
    }
    const r = q.run;
    const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
    switch (r[0]) {
      case 'y':
        out += r.length <= 2 ? pad2(p.y % 100) : String(p.y);
        break;
      case 'd':
        out +=
          r.length === 1
            ? String(p.d)
            : r.length === 2
              ? pad2(p.d)
              : r.length === 3
                ? DAYS[p.wd]
                : DAYS_LONG[p.wd];
        break;
      case 'a':
        out += r.length === 3 ? `周${DAYS_ZH[p.wd]}` : r.length >= 4 ? `星期${DAYS_ZH[p.wd]}` : r;
        break;
      case 'h':
        out += (r.length === 1 ? String : pad2)(ampm ? h12 : p.h);
        break;
      case 's':
        out += r.length === 1 ? String(p.s) : pad2(p.s);
        break;
      case '[':
        out += r; // elapsed times are not used in these tables
        break;
      case '.':
        out += '.' + '0'.repeat(r.length - 1);
        break;
      case 'A':
      case '上':
        out +=
          r === 'AM/PM'
            ? p.h < 12
              ? 'AM'
              : 'PM'
            : r === 'A/P'
              ? p.h < 12
                ? 'A'
                : 'P'
              : p.h < 12
                ? '上午'
                : '下午';
        break;
      case 'm': {
        // minutes when right after an hour or right before a second
        const runIdx = runs.slice(0, parts.slice(0, idx).filter(isRun).length);
        const prev = runIdx[runIdx.length - 1];
        const next = parts.slice(idx + 1).find(isRun)?.run;
        const minute = r.length <= 2 && ((prev && prev[0] === 'h') || (next && next[0] === 's'));
        if (minute) out += r.length === 1 ? String(p.mi) : pad2(p.mi);
        else if (r.length === 1) out += String(p.mo);
        else if (r.length === 2) out += pad2(p.mo);
        else if (r.length === 3) out += MONTHS[p.mo - 1];
        else if (r.length === 5) out += MONTHS[p.mo - 1][0];
        else out += MONTHS_LONG[p.mo - 1];
        break;
      }
      default:
        out += r;
    }
  });
  return out;
}

/** The text of a date under a date format (its first section). */
export function formatDate(d: Date, fmt: string): string {
  const section = splitSections(fmt)[0];
  const p = dateParts(d);
  const tokens = tokenize(section);
  const lits = tokens
    .filter((t) => t.kind === 'lit')
    .map((t) => t.text)
    .join('');
  const code = codeWithoutLiterals(section);
  const chinese = /[年月日时分秒]/.test(lits) || /上午\/下午|aaa/.test(code);
  const hasDate = /[yd]/i.test(code) || (/m/i.test(code) && !/[hs]/i.test(code));
  const hasTime = /[hs]/i.test(code);
  if (chinese || !hasDate) return renderDateTokens(p, tokens);
  const iso = `${p.y}-${pad2(p.mo)}-${pad2(p.d)}`;
  if (!hasTime) return iso;
  return `${iso} ${pad2(p.h)}:${pad2(p.mi)}${/s/i.test(code) ? `:${pad2(p.s)}` : ''}`;
}

/** Excel serial number of a date (1900 date system unless date1904). */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
  return Math.round(serial * 86400) / 86400;
}

function pickSection(sections: string[], v: number): { section: string; signed: boolean } {
  const conditional = sections.some((s) => /^\s*(\[[^\]]*\])*\[[<>=]/.test(s));
  if (conditional) {
    for (const s of sections) {
      const m = /\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/.exec(s);
      if (!m) return { section: s, signed: v < 0 };
      const n = Number(m[2]);
      const ok =
        m[1] === '<'
          ? v < n
          : m[1] === '<='
            ? v <= n
            : m[1] === '>'
              ? v > n
              : m[1] === '>='
                ? v >= n
                : m[1] === '='
                  ? v === n
                  : v !== n;
      if (ok) return { section: s, signed: false };
    }
    return { section: sections[0], signed: v < 0 };
  }
  if (sections.length === 1 || v > 0) return { section: sections[0], signed: v < 0 };
  if (v < 0)
    return { section: sections[1] ?? sections[0], signed: sections.length < 2 || sections[1] === '' };
  return { section: sections.length >= 3 ? sections[2] : sections[0], signed: false };
}

interface CompiledFormat {
  readonly sections: string[];
  readonly general: boolean[];
  readonly date: boolean[];
  readonly literalGeneral: (string | null)[];
  readonly plans: Plan[];
}

const compiled = new Map<string, CompiledFormat>();

function compile(fmt: string): CompiledFormat {
  let c = compiled.get(fmt);
  if (c) return c;
  const sections = splitSections(fmt);
  const general = sections.map((sec) => /^\s*General\s*$/i.test(codeWithoutLiterals(sec)));
  const date = sections.map((sec, i) => !general[i] && isDateSection(sec));
  const literalGeneral = sections.map((sec, i) => {
    if (!general[i]) return null;
    const lits = tokenize(sec)
      .map((t) => (t.kind === 'lit' ? t.text : t.kind === 'bracket' ? bracketLiteral(t.text) : ''))
      .join('');
    return lits ? sec : null;
  });
  const plans = sections.map((sec, i) =>
    general[i] || date[i] ? ({ kind: 'general' } as Plan) : planNumberSection(tokenize(sec)),
  );
  c = { sections, general, date, literalGeneral, plans };
  if (compiled.size > 1000) compiled.clear(); // formats are few; guard against pathological files
  compiled.set(fmt, c);
  return c;
}

/** The text Excel would display for a number under `fmt`. */
export function formatNumber(v: number, fmt: string | undefined): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (!fmt || /^\s*General\s*$/i.test(fmt)) return formatGeneral(v);
  const c = compile(fmt);
  const { section, signed } = pickSection(c.sections, v);
  const i = c.sections.indexOf(section);
  if (c.general[i]) {
    const lit = c.literalGeneral[i];
    return (
      (signed ? '-' : '') +
      (lit
        ? lit.replace(/General/i, formatGeneral(Math.abs(v))).replace(/"/g, '')
        : formatGeneral(Math.abs(v)))
    );
  }
  if (c.date[i]) {
    const ms = Math.round((v - 25569) * 86400000);
    return formatDate(new Date(ms), section);
  }
  const text = applyPlan(Math.abs(v), c.plans[i]);
  // "-0.00" is shown when a negative value rounds to zero; Excel shows it too.
  return signed ? `-${text}` : text;
}

/** The text shown for a string value under `fmt` (the 4th section, or a section with @). */
export function formatText(s: string, fmt: string | undefined): string {
  if (!fmt) return s;
  const sections = splitSections(fmt);
  const textSection =
    sections.length >= 4 ? sections[3] : sections.find((x) => /@/.test(codeWithoutLiterals(x)));
  if (!textSection) return s;
  return tokenize(textSection)
    .map((t) =>
      t.kind === 'lit' ? t.text : t.kind === 'bracket' ? bracketLiteral(t.text) : t.text.split('@').join(s),
    )
    .join('');
}
