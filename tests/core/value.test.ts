/** The 指标值 grammar (rules.md §2): table-driven cases and property tests. */
import fc from 'fast-check';
import { IndicatorValueSchema, formatValue, parseValue, ParsedValueSchema } from '../../src/core';

type Case = [
  input: string,
  kind: string,
  op: string | null,
  num: number | null,
  unit: string | null,
  canonical: string,
];

const VALID: Case[] = [
  ['≥80%', 'quantitative', '≥', 80, '%', '≥80%'],
  ['≥80百分比', 'quantitative', '≥', 80, '%', '≥80%'],
  ['≥ 80 %', 'quantitative', '≥', 80, '%', '≥80%'],
  ['＞＝８０％', 'quantitative', '≥', 80, '%', '≥80%'],
  ['>=95%', 'quantitative', '≥', 95, '%', '≥95%'],
  ['<=100人', 'quantitative', '≤', 100, '人', '≤100人'],
  ['＝2人', 'quantitative', '=', 2, '人', '=2人'],
  ['2人', 'quantitative', null, 2, '人', '2人'],
  ['100百分比', 'quantitative', null, 100, '%', '100%'],
  ['不低于90%', 'quantitative', '≥', 90, '%', '≥90%'],
  ['不少于6次', 'quantitative', '≥', 6, '次', '≥6次'],
  ['不超过25万元', 'quantitative', '≤', 25, '万元', '≤25万元'],
  ['至多3天', 'quantitative', '≤', 3, '天', '≤3天'],
  ['95%以上', 'quantitative', '≥', 95, '%', '≥95%'],
  ['≤500元/件', 'quantitative', '≤', 500, '元/件', '≤500元/件'],
  ['≤120元/人天', 'quantitative', '≤', 120, '元/人天', '≤120元/人天'],
  ['≥1,200人次', 'quantitative', '≥', 1200, '人次', '≥1200人次'],
  ['=0.5万元', 'quantitative', '=', 0.5, '万元', '=0.5万元'],
  ['≥80', 'quantitative', '≥', 80, null, '≥80'],
  ['2022年12月31日前', 'date', null, null, null, '2022年12月31日前'],
  ['≤2022年12月底', 'date', '≤', null, null, '≤2022年12月底'],
  ['2022-12-31', 'date', null, null, null, '2022年12月31日'],
  ['2022.06', 'date', null, null, null, '2022年6月'],
  ['达到预期目标', 'qualitative', null, null, null, '达到预期目标'],
  ['优', 'qualitative', null, null, null, '优'],
  ['较好', 'qualitative', null, null, null, '较好'],
  ['≥90（%）', 'quantitative', '≥', 90, '%', '≥90%'],
  ['=2（人）', 'quantitative', '=', 2, '人', '=2人'],
  ['≤5个工作日', 'quantitative', '≤', 5, '个工作日', '≤5个工作日'],
  ['≥90分', 'quantitative', '≥', 90, '分', '≥90分'],
  ['≥1.5万人次', 'quantitative', '≥', 1.5, '万人次', '≥1.5万人次'],
  ['≤2‰', 'quantitative', '≤', 2, '‰', '≤2‰'],
  ['≤50元/人/天', 'quantitative', '≤', 50, '元/人/天', '≤50元/人/天'],
  ['≤80元/人·次', 'quantitative', '≤', 80, '元/人·次', '≤80元/人·次'],
  ['≥4次/季度', 'quantitative', '≥', 4, '次/季度', '≥4次/季度'],
  ['≥1个百分点', 'quantitative', '≥', 1, '个百分点', '≥1个百分点'],
  ['≥95%（全年）', 'quantitative', '≥', 95, '%', '≥95%（全年）'],
  ['≥95%(全年)', 'quantitative', '≥', 95, '%', '≥95%（全年）'],
  ['≥2000人次（农村地区）', 'quantitative', '≥', 2000, '人次', '≥2000人次（农村地区）'],
  ['≤3天/件', 'quantitative', '≤', 3, '天/件', '≤3天/件'],
  ['≥100家次', 'quantitative', '≥', 100, '家次', '≥100家次'],
  ['2024年12月31日前完成', 'date', null, null, null, '2024年12月31日前完成'],
];

describe('units: categories of the units added for real forms', () => {
  it.each([
    ['≥90（%）', 'percent'],
    ['≤5个工作日', 'time'],
    ['≤3个自然日', 'time'],
    ['≥1.5万人次', 'count'],
    ['≥4次/季度', 'count'],
    ['≥2场/月', 'count'],
    ['≤50元/人/天', 'unit-cost'],
    ['≤80元/人·次', 'unit-cost'],
    ['≥90分', 'measure'],
    ['≤2‰', 'measure'],
    ['≤35微克/立方米', 'measure'],
    ['≤55分贝', 'measure'],
    ['≤3天/件', 'time'],
    ['≥8小时/天', 'time'],
    ['≥4次/人', 'count'],
    ['≤10吨/日', 'measure'],
    ['≥5平方公里', 'measure'],
  ])('%s → %s', (input, category) => {
    const r = parseValue(input);
    expect(r.ok && r.value.unitCategory).toBe(category);
    expect(r.ok && r.value.unitKnown).toBe(true);
  });
});

describe('parseValue: valid values', () => {
  it.each(VALID)('%s', (input, kind, op, num, unit, canonical) => {
    const r = parseValue(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe(kind);
    expect(r.value.op).toBe(op);
    expect(r.value.number).toBe(num);
    expect(r.value.unit).toBe(unit);
    expect(r.value.canonical).toBe(canonical);
    expect(r.value.normalized).toBe(canonical !== input);
    expect(r.value.text).toBe(input);
  });
});

describe('parseValue: periods and recurring deadlines (right values of real forms)', () => {
  it.each([
    '每年12月底前',
    '每季度末',
    '每月10日前',
    '2021年1月-12月',
    '2019年1月-2019年12月',
    '2023.07-2024.01',
    '全年',
    '年内',
    '当年12月底前',
    '年底前',
    '2024年第三季度',
  ])('%s is a date', (input) => {
    const r = parseValue(input);
    expect(r.ok && r.value.kind).toBe('date');
    expect(r.ok && r.value.canonical).toBe(input);
  });
  it('a bare month count stays a count', () => {
    const r = parseValue('12月');
    expect(r.ok && r.value.kind).toBe('quantitative');
  });
});

describe('parseValue: failures', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['效果明显', 'vague'],
    ['有效提升', 'vague'],
    ['持续影响', 'vague'],
    ['达到预期', 'vague'],
    ['达到国家标准', 'vague'],
    ['≥优', 'syntax'],
    ['#REF!', 'syntax'],
    ['≥', 'syntax'],
    ['80%-90%', 'syntax'],
    ['abc', 'syntax'],
    ['≥80%以下', 'syntax'],
    ['2022年13月', 'syntax'],
  ])('%j → %s', (input, reason) => {
    const r = parseValue(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('knows units it does not recognise but can read', () => {
    const r = parseValue('≥3栋');
    expect(r.ok && r.value.unitKnown).toBe(false);
    expect(r.ok && r.value.unit).toBe('栋');
  });
});

describe('IndicatorValueSchema (the zod contract)', () => {
  it('parses to a ParsedValue that satisfies ParsedValueSchema', () => {
    const r = IndicatorValueSchema.safeParse('≥80百分比');
    expect(r.success).toBe(true);
    if (r.success) expect(ParsedValueSchema.parse(r.data).canonical).toBe('≥80%');
  });
  it('fails with the reason in the issue params', () => {
    const r = IndicatorValueSchema.safeParse('效果明显');
    expect(r.success).toBe(false);
    if (!r.success)
      expect((r.error.issues[0] as { params?: { reason?: string } }).params?.reason).toBe('vague');
  });
});

describe('property tests', () => {
  it('never throws, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseValue(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws, for strings built from the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      '≥',
      '≤',
      '＞＝',
      '>=',
      '不低于',
      '8',
      '０',
      '.',
      '5',
      '%',
      '百分比',
      '人',
      '万元',
      '/',
      '年',
      '月',
      '日',
      '前',
      '底',
      ' ',
      '以上',
      '-',
      '元/人',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        parseValue(parts.join(''));
      }),
      { numRuns: 5000 },
    );
  });

  it('parse → format → parse is stable for valid values', () => {
    const op = fc.constantFrom('', '≥', '≤', '=', '>', '<', '>=', '<=', '＞＝', '不低于', '不超过');
    const num = fc.oneof(
      fc.nat(100000).map(String),
      fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    );
    const unit = fc.constantFrom('', '%', '百分比', '％', '人', '人次', '件', '万元', '元/人', '天', '个');
    fc.assert(
      fc.property(op, num, unit, (o, n, u) => {
        const first = parseValue(`${o}${n}${u}`);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseValue(formatValue(first.value));
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect([again.value.kind, again.value.op, again.value.number, again.value.unit]).toEqual([
          first.value.kind,
          first.value.op,
          first.value.number,
          first.value.unit,
        ]);
        expect(again.value.normalized).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('dates round-trip too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('', '前', '底', '之前'),
        (y, m, d, s) => {
          const first = parseValue(`${y}年${m}月${d}日${s}`);
          expect(first.ok && first.value.kind).toBe('date');
          if (!first.ok) return;
          const again = parseValue(formatValue(first.value));
          expect(again.ok && again.value.date).toEqual(first.value.date);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
