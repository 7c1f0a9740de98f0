/**
 * Units of 指标值 (rules.md §2). The list can grow: add a unit to its category here.
 */
export type UnitCategory = 'percent' | 'count' | 'money' | 'unit-cost' | 'time' | 'measure';

export const PERCENT_SPELLINGS = ['%', '％', '百分比'] as const;

export const UNITS: Readonly<Record<Exclude<UnitCategory, 'percent' | 'unit-cost'>, readonly string[]>> = {
  count: [
    '人',
    '人次',
    '次',
    '个',
    '件',
    '户',
    '家',
    '场',
    '场次',
    '期',
    '项',
    '份',
    '册',
    '套',
    '台',
    '辆',
    '座',
    '所',
    '条',
    '篇',
    '批',
    '部',
    '株',
    '棵',
    '处',
    '间',
    '张',
    '本',
    '种',
    '类',
    '名',
    '位',
    '支',
    '队',
    '班',
    '课时',
    '学时',
    '宗',
    '起',
    '例',
    '单',
    '次/年',
    '人/年',
    '期/年',
    '场/年',
    '个/年',
  ],
  money: ['元', '万元', '亿元', '千元'],
  time: ['天', '日', '工作日', '小时', '分钟', '周', '月', '个月', '年', '季度'],
  measure: [
    '百分点',
    '平方米',
    '㎡',
    '亩',
    '公顷',
    '公里',
    '千米',
    '米',
    '吨',
    '千克',
    '公斤',
    '立方米',
    'm²',
    'km',
    'kg',
  ],
};

const UNIT_INDEX: ReadonlyMap<string, UnitCategory> = (() => {
  const m = new Map<string, UnitCategory>();
  for (const [cat, list] of Object.entries(UNITS)) for (const u of list) m.set(u, cat as UnitCategory);
  return m;
})();

/** "元/人", "万元/个", "元/人天", "元/平方米" … a money unit per thing is a unit cost. */
const UNIT_COST_RE = /^(?:元|万元|千元)\/[\u4e00-\u9fff\w²]{1,4}$/;

/** Classifies a normalised unit, or returns undefined for a unit not in the list. */
export function unitCategory(unit: string): UnitCategory | undefined {
  if (unit === '%') return 'percent';
  const c = UNIT_INDEX.get(unit);
  if (c) return c;
  if (UNIT_COST_RE.test(unit)) return 'unit-cost';
  return undefined;
}

export function isMoneyCategory(c: UnitCategory | undefined): boolean {
  return c === 'money' || c === 'unit-cost';
}
