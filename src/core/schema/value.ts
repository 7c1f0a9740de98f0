/**
 * The 指标值 grammar of rules.md §2 as one zod schema shared by every rule and front end.
 *
 *   value        := quantitative | date | qualitative
 *   quantitative := [op] number [unit]
 *   date         := [op] YYYY年M月[D日][底|前|之前|以前] | YYYY-MM-DD | YYYY.MM[.DD]
 *   qualitative  := a recognised grade
 */
import * as z from 'zod/mini';
import { toHalfWidth, stripSpaces, hasCjk } from '../text/normalize';
import { PERCENT_SPELLINGS, unitCategory, type UnitCategory } from './units';

export const OPERATORS = ['≥', '≤', '=', '>', '<'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Spellings of the operators, longest first (after half-width conversion). */
const OP_SPELLINGS: ReadonlyArray<readonly [string, Operator]> = (
  [
    ['>=', '≥'],
    ['=>', '≥'],
    ['≧', '≥'],
    ['≥', '≥'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['不小于', '≥'],
    ['大于等于', '≥'],
    ['大于或等于', '≥'],
    ['至少', '≥'],
    ['达到', '≥'],
    ['<=', '≤'],
    ['=<', '≤'],
    ['≦', '≤'],
    ['≤', '≤'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不多于', '≤'],
    ['不大于', '≤'],
    ['小于等于', '≤'],
    ['小于或等于', '≤'],
    ['至多', '≤'],
    ['控制在', '≤'],
    ['==', '='],
    ['=', '='],
    ['等于', '='],
    ['>', '>'],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['<', '<'],
    ['小于', '<'],
    ['低于', '<'],
  ] as Array<[string, Operator]>
).sort((a, b) => b[0].length - a[0].length);

/**
 * The operator a whole cell spells (a 符号 / 指标性质 column of a split value: "≥", ">=", "不低于"), or null for any
 * other text ("定性", "正向", "").
 */
export function operatorOf(text: string): Operator | null {
  const s = stripSpaces(toHalfWidth(text));
  for (const [sp, op] of OP_SPELLINGS) if (s === sp) return op;
  return null;
}

/** Trailing words that state a direction when no operator leads: "95%以上". */
const OP_SUFFIXES: ReadonlyArray<readonly [string, Operator]> = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
];

/** Recognised qualitative grades (rules.md §2, domain.md §1b-7). */
export const QUALITATIVE_GRADES: readonly string[] = [
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
  '达到预期目标',
  '部分达到预期目标',
  '部分达到预期目标,并且具备一定效果',
  '未达到预期目标',
  '优',
  '良',
  '中',
  '差',
  '优秀',
  '良好',
  '合格',
  '不合格',
  '好',
  '较好',
  '一般',
  '较差',
  '是',
  '否',
  '有',
  '无',
  '达标',
  '不达标',
];
const GRADE_SET: ReadonlySet<string> = new Set(QUALITATIVE_GRADES.map((g) => g.replace(/[,，]/g, ',')));

export type ValueKind = 'quantitative' | 'date' | 'qualitative';

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
  /** 底 | 前 | 之前 | 以前 | 底前 | '' */
  readonly suffix: string;
  /**
   * A period or a recurring deadline, written as is (its canonical text): 每年12月底前, 每季度末, 2021年1月-12月,
   * 2023.07-2024.01, 全年, 当年12月底前, 2024年第三季度. `year` is its year or 0, `month` 0.
   */
  readonly period?: string;
}

/** A parsed 指标值. `canonical` is the normalised spelling (the `value-normalize` fix). */
export interface ParsedValue {
  readonly kind: ValueKind;
  readonly op: Operator | null;
  readonly number: number | null;
  /** The number as written after normalisation ("80", "0.5"), for formatting back. */
  readonly numberText: string | null;
  /** Normalised unit ("%", "人", "万元") or null. */
  readonly unit: string | null;
  readonly unitCategory: UnitCategory | null;
  readonly unitKnown: boolean;
  readonly date: DateParts | null;
  readonly grade: string | null;
  readonly text: string;
  readonly canonical: string;
  /** True when the text differs from its canonical spelling only by spelling (百分比, ＞＝, spaces …). */
  readonly normalized: boolean;
}

export type ValueFailure = 'empty' | 'syntax' | 'vague';

export type ValueParseResult =
  | { readonly ok: true; readonly value: ParsedValue }
  | { readonly ok: false; readonly reason: ValueFailure; readonly text: string };

const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
// "2024年12月31日前完成": a deadline may end with what is done by then
const DATE_CN_RE =
  /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?((?:底前|底之前|底以前|底|之前|以前|前|末|内)(?:完成|完工|办结|结束|交付|实施完毕)?)?$/;
const DATE_ISO_RE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(底前|底|之前|以前|前)?$/;

function takeOperator(s: string): [Operator | null, string, string] {
  for (const [sp, op] of OP_SPELLINGS) if (s.startsWith(sp)) return [op, sp, s.slice(sp.length)];
  return [null, '', s];
}

function validDate(y: number, m: number | null, d: number | null): boolean {
  if (y < 1900 || y > 2200) return false;
  if (m !== null && (m < 1 || m > 12)) return false;
  if (d !== null && (d < 1 || d > 31)) return false;
  return true;
}

function formatDate(op: Operator | null, d: DateParts): string {
  if (d.period !== undefined) return (op ?? '') + d.period;
  const body = `${d.year}年${d.month ? `${d.month}月` : ''}${d.day ? `${d.day}日` : ''}${d.suffix}`;
  return (op ?? '') + body;
}

function parseDate(op: Operator | null, rest: string): DateParts | null {
  let m = DATE_CN_RE.exec(rest);
  if (m) {
    const y = Number(m[1]);
    const mo = m[2] ? Number(m[2]) : null;
    const d = m[3] ? Number(m[3]) : null;
    if (mo === null && !m[4]) return null; // a bare "2022年" is a count of years, not a date
    if (!validDate(y, mo, d)) return null;
    return { year: y, month: mo ?? 0, day: d, suffix: m[4] ?? '' };
  }
  m = DATE_ISO_RE.exec(rest);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = m[3] ? Number(m[3]) : null;
    if (!validDate(y, mo, d)) return null;
    return { year: y, month: mo, day: d, suffix: m[4] ?? '' };
  }
  void op;
  return parsePeriod(rest);
}

const DASH = '[-—–~～至到]';
/** Periods and recurring deadlines (rules.md §2 date, as officers write them). Each pattern is anchored and linear. */
const PERIOD_RES: readonly RegExp[] = [
  // 每年12月底前, 每季度末, 每月10日前, 每半年
  /^每(?:年|年度|季度|季|月|半年|周)(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:底|末|初)?(?:前|之前|以前|内)?(?:完成|办结)?$/,
  // 2021年1月-12月, 2021年1-12月, 2021年1月至2021年12月
  new RegExp(`^(\\d{4})年\\d{1,2}月?${DASH}(?:\\d{4}年)?\\d{1,2}月(?:底|末)?(?:前)?$`),
  // 2023.07-2024.01, 2023-07至2023-12
  new RegExp(`^(\\d{4})[.\\-/]\\d{1,2}${DASH}(?:\\d{4}[.\\-/])?\\d{1,2}$`),
  // 全年, 年内, 本年度内, 当年
  /^(?:全年|年内|年度内|本年度?内?|当年度?内?)$/,
  // 年底前, 当年12月底前, 12月31日前, 当年年底
  /^(?:当年|本年|本年度|当年度)?(?:年底|年末|\d{1,2}月(?:\d{1,2}[日号])?(?:底|末)?)(?:前|之前|以前)?$/,
  // 2024年第三季度, 第四季度末前
  /^(?:(\d{4})年)?第?[一二三四1-4]季度(?:末|底)?(?:前|之前|以前)?$/,
];

function parsePeriod(rest: string): DateParts | null {
  for (const re of PERIOD_RES) {
    const m = re.exec(rest);
    if (!m) continue;
    // a bare "12月" is a count of months; a period needs a deadline word, a range or a 每/全/当
    if (/^\d{1,2}月$/.test(rest)) return null;
    const year = m[1] ? Number(m[1]) : 0;
    if (year !== 0 && (year < 1900 || year > 2200)) return null;
    return { year, month: 0, day: null, suffix: '', period: rest };
  }
  return null;
}

function normalizeUnit(raw: string): string {
  // "≥90（%）", "≥2（人）": a unit in brackets is the unit
  const inner = /^\(([^()]+)\)$/.exec(raw);
  const u = inner ? inner[1] : raw;
  if ((PERCENT_SPELLINGS as readonly string[]).includes(u)) return '%';
  return u.replace(/每/g, '/');
}

const parseCache = new Map<string, ValueParseResult>();

/** Parses a 指标值 cell's displayed text. Never throws, for any input. Results are immutable and memoised. */
export function parseValue(input: unknown): ValueParseResult {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  const hit = parseCache.get(text);
  if (hit) return hit;
  // Each distinct text goes through the zod schema once; repeats come from the cache.
  const z = IndicatorValueSchema.safeParse(text);
  const r: ValueParseResult = z.success
    ? { ok: true, value: z.data }
    : {
        ok: false,
        reason:
          (z.error.issues[0] as { params?: { reason?: ValueFailure } } | undefined)?.params?.reason ??
          'syntax',
        text,
      };
  if (parseCache.size >= 50000) parseCache.clear();
  parseCache.set(text, r);
  return r;
}

function computeParse(text: string): ValueParseResult {
  const compact = stripSpaces(toHalfWidth(text));
  if (compact === '') return { ok: false, reason: 'empty', text };

  // Qualitative grades first: they contain no digits.
  const gradeKey = compact.replace(/[,，]/g, ',').replace(/[。.]$/, '');
  if (GRADE_SET.has(gradeKey)) {
    const value: ParsedValue = {
      kind: 'qualitative',
      op: null,
      number: null,
      numberText: null,
      unit: null,
      unitCategory: null,
      unitKnown: true,
      date: null,
      grade: gradeKey,
      text,
      canonical: gradeKey,
      normalized: gradeKey !== text,
    };
    return { ok: true, value };
  }

  const taken = takeOperator(compact);
  const spelled = taken[1];
  let op = taken[0];
  let rest = taken[2];
  let suffixOp: Operator | null = null;
  for (const [sfx, sop] of OP_SUFFIXES) {
    if (rest.endsWith(sfx) && rest.length > sfx.length) {
      suffixOp = sop;
      rest = rest.slice(0, -sfx.length);
      break;
    }
  }
  if (op && suffixOp && op !== suffixOp) return { ok: false, reason: 'syntax', text };
  op = op ?? suffixOp;

  const date = parseDate(op, rest);
  if (date) {
    const canonical = formatDate(op, date);
    return {
      ok: true,
      value: {
        kind: 'date',
        op,
        number: null,
        numberText: null,
        unit: null,
        unitCategory: null,
        unitKnown: true,
        date,
        grade: null,
        text,
        canonical,
        normalized: canonical !== text,
      },
    };
  }

  const nm = NUMBER_RE.exec(rest);
  if (!nm) {
    // No number at all: free words are a vague qualitative value, anything else is unreadable.
    // "达到预期", "达到国家标准": a leading word such as 达到 is part of the words, not a comparator
    if ((!op || hasCjk(spelled)) && hasCjk(rest) && !/[\d#=<>≤≥]/.test(rest))
      return { ok: false, reason: 'vague', text };
    return { ok: false, reason: 'syntax', text };
  }
  const intPart = nm[1].replace(/,/g, '');
  const numberText = nm[2] !== undefined ? `${intPart}.${nm[2]}` : intPart;
  const number = Number(numberText);
  if (!Number.isFinite(number)) return { ok: false, reason: 'syntax', text };
  let unitRaw = rest.slice(nm[0].length);
  // "≥95%（全年）", "≥2000人次（农村地区）": a note in brackets after the unit is the officer's, not the unit
  let note = '';
  const noted = /^(.*?)\(([^()]{1,12})\)$/.exec(unitRaw);
  if (
    noted &&
    /[\u4e00-\u9fff]/.test(noted[2]) &&
    unitCategory(normalizeUnit(`(${noted[2]})`)) === undefined
  ) {
    unitRaw = noted[1];
    note = `（${noted[2]}）`;
  }
  if (unitRaw !== '' && /[\d<>=≤≥]/.test(unitRaw) && !/^(?:元|万元|千元)\/[^\d]+$/.test(unitRaw)) {
    // "80%-90%", "1-2人", "≥80%≤90%": ranges and junk are not in the grammar.
    return { ok: false, reason: 'syntax', text };
  }
  if (unitRaw.length > 8) return { ok: false, reason: 'syntax', text };
  const unit = unitRaw === '' ? null : normalizeUnit(unitRaw);
  const cat = unit === null ? undefined : unitCategory(unit);
  const canonical = `${op ?? ''}${numberText}${unit ?? ''}${note}`;
  return {
    ok: true,
    value: {
      kind: 'quantitative',
      op,
      number,
      numberText,
      unit,
      unitCategory: cat ?? null,
      unitKnown: unit === null || cat !== undefined,
      date: null,
      grade: null,
      text,
      canonical,
      normalized: canonical !== text,
    },
  };
}

/** Formats a parsed value back to its canonical text. parse(format(v)) gives v's kind, op, number and unit. */
export function formatValue(
  v: Pick<ParsedValue, 'kind' | 'op' | 'numberText' | 'unit' | 'date' | 'grade'>,
): string {
  if (v.kind === 'qualitative') return v.grade ?? '';
  if (v.kind === 'date' && v.date) return formatDate(v.op, v.date);
  return `${v.op ?? ''}${v.numberText ?? ''}${v.unit ?? ''}`;
}

// ---- zod schemas: the contract every front end shares ----

// Schemas are built in pure IIFEs so a bundle that does not use them (the task pane) drops them and zod with them.
export const OperatorSchema = /*#__PURE__*/ (() => z.enum(OPERATORS))();

export const ParsedValueSchema = /*#__PURE__*/ (() =>
  z.object({
    kind: z.enum(['quantitative', 'date', 'qualitative']),
    op: z.nullable(z.enum(OPERATORS)),
    number: z.nullable(z.number()),
    numberText: z.nullable(z.string()),
    unit: z.nullable(z.string()),
    unitCategory: z.nullable(z.enum(['percent', 'count', 'money', 'unit-cost', 'time', 'measure'])),
    unitKnown: z.boolean(),
    date: z.nullable(
      z.object({
        year: z.int(),
        month: z.int(),
        day: z.nullable(z.int()),
        suffix: z.string(),
        period: z.optional(z.string()),
      }),
    ),
    grade: z.nullable(z.string()),
    text: z.string(),
    canonical: z.string(),
    normalized: z.boolean(),
  }))();

/**
 * `IndicatorValueSchema.safeParse("≥80百分比")` → `{ success: true, data: ParsedValue }`; an unreadable value fails
 * with one issue whose `params.reason` is the failure ('empty' | 'syntax' | 'vague'). `parseValue`, which the reader
 * and every rule use, runs this schema once per distinct text (memoised), so every front end shares one grammar.
 * Built on zod/mini, which keeps the task pane's bundle small.
 */
export const IndicatorValueSchema = /*#__PURE__*/ (() =>
  z.pipe(
    z.string(),
    z.transform((s: string, ctx): ParsedValue => {
      const r = computeParse(s);
      if (r.ok) return r.value;
      ctx.issues.push({
        code: 'custom',
        message: `指标值无法识别：${s}`,
        input: s,
        params: { reason: r.reason },
      });
      return undefined as unknown as ParsedValue;
    }),
  ))();
