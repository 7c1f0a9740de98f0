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
    '万人',
    '万人次',
    '万件',
    '万册',
    '万户',
    '万次',
    '万份',
    '家次',
    '户次',
    '件次',
    '期次',
    '批次',
    '个村',
    '个乡镇',
    '个社区',
    '个点位',
    '个站点',
    '个系统',
    '个项目',
    '个点',
    '床位',
  ],
  money: ['元', '万元', '亿元', '千元'],
  time: [
    '天',
    '日',
    '工作日',
    '个工作日',
    '自然日',
    '个自然日',
    '小时',
    '分钟',
    '秒',
    '周',
    '月',
    '个月',
    '年',
    '季度',
  ],
  measure: [
    '百分点',
    '个百分点',
    '‰',
    '分',
    '平方米',
    '平方公里',
    '千瓦',
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
    '微克/立方米',
    '毫克/立方米',
    '毫克/升',
    '分贝',
    'dB',
    '千瓦时',
    '度',
    '兆瓦',
  ],
};

const UNIT_INDEX: ReadonlyMap<string, UnitCategory> = (() => {
  const m = new Map<string, UnitCategory>();
  for (const [cat, list] of Object.entries(UNITS)) for (const u of list) m.set(u, cat as UnitCategory);
  return m;
})();

/** "元/人", "万元/个", "元/人天", "元/平方米", "元/人/天", "元/人·次" … a money unit per thing is a unit cost. */
const UNIT_COST_RE = /^(?:元|万元|千元)\/[\u4e00-\u9fff\w²][\u4e00-\u9fff\w²·/]{0,5}$/;

/** "次/年", "人/季度", "天/件", "小时/天", "吨/日": a unit per period or per item is of its unit's kind. */
const PER_PERIOD_RE = /^(.+)\/(?:年|半年|季度|季|月|周|天|日|人|户|件|次|宗|村)$/;

/** Classifies a normalised unit, or returns undefined for a unit not in the list. */
export function unitCategory(unit: string): UnitCategory | undefined {
  if (unit === '%') return 'percent';
  const c = UNIT_INDEX.get(unit);
  if (c) return c;
  if (UNIT_COST_RE.test(unit)) return 'unit-cost';
  const per = PER_PERIOD_RE.exec(unit);
  const base = per ? UNIT_INDEX.get(per[1]) : undefined;
  if (base === 'count' || base === 'time' || base === 'measure') return base;
  return undefined;
}

export function isMoneyCategory(c: UnitCategory | undefined): boolean {
  return c === 'money' || c === 'unit-cost';
}
