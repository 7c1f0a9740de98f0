/**
 * What a 三级 name says about its measure: direction (higher or lower is better), rate or count,
 * a unit stated in brackets. Keyword lists are data; rules read them through these functions.
 */
import type { IndicatorRow } from '../../model/table';
import { normalizeName } from '../../text/normalize';
import { memoByText } from '../../text/memo';
import { unitCategory } from '../../schema/units';

/** A fall in a bad thing is higher-is-better: 投诉下降率 ≥50% is right. */
const FALL_WORDS = ['下降', '减少', '降低', '压降', '缩减', '缩短'];

export const LOWER_IS_BETTER = [
  '投诉率',
  '投诉量',
  '投诉数',
  '投诉件数',
  '事故率',
  '事故数',
  '发案率',
  '发案数',
  '复吸率',
  '再犯罪率',
  '重新犯罪率',
  '犯罪率',
  '差错率',
  '失误率',
  '出错率',
  '超支率',
  '违法率',
  '违规率',
  '脱管率',
  '漏管率',
  '返工率',
  '故障率',
  '不合格率',
  '流失率',
  '死亡率',
  '发生率',
  '返贫率',
  '退回率',
  '逾期率',
  '上访率',
  '信访量',
  '空置率',
  '误差率',
  '缺陷率',
  // negations of higher-is-better rates (checked before HIGHER_IS_BETTER, which would match 完成率, 达标率, 满意率 …)
  '未完成率',
  '未达标率',
  '不达标率',
  '未办结率',
  '未结案率',
  '不满意率',
  '未覆盖率',
  '不及时率',
];

export const HIGHER_IS_BETTER = [
  '节约',
  '完成率',
  '及时率',
  '覆盖率',
  '满意度',
  '满意率',
  '效率',
  '效益',
  '知晓率',
  '达标率',
  '合格率',
  '办结率',
  '结案率',
  '优良率',
  '成功率',
  '调处率',
  '调解率',
  '公开率',
  '到位率',
  '普及率',
  '受理率',
  '参与率',
  '通过率',
  '执行率',
  '利用率',
  '使用率',
  '出勤率',
  '入学率',
  '就业率',
  '完好率',
  '准确率',
  '正确率',
  '回复率',
  '答复率',
  '处置率',
  '化解率',
  '参保率',
  '接种率',
  '治愈率',
  '上报率',
  '报送率',
  '落实率',
  '建成率',
  '开通率',
  '响应率',
  '采纳率',
  '整改率',
  '解决率',
  '转化率',
  '提升率',
  '增长率',
  '保障率',
  '帮教率',
  '衔接率',
  '管控率',
  '达成率',
  '签约率',
  '履约率',
];

export type Direction = 'higher' | 'lower';

/** The direction a measure's name implies, or undefined when the name does not tell. */
const directionCache = new Map<string, Direction | null>();

export function measureDirection(name: string): Direction | undefined {
  let d = directionCache.get(name);
  if (d === undefined) {
    d = computeDirection(name) ?? null;
    if (directionCache.size > 20000) directionCache.clear();
    directionCache.set(name, d);
  }
  return d ?? undefined;
}

function computeDirection(name: string): Direction | undefined {
  const n = normalizeName(name);
  if (FALL_WORDS.some((w) => n.includes(w))) return 'higher';
  if (LOWER_IS_BETTER.some((w) => n.includes(w))) return 'lower';
  if (HIGHER_IS_BETTER.some((w) => n.includes(w))) return 'higher';
  return undefined;
}

export function isSatisfactionName(name: string): boolean {
  return name.includes('满意');
}

export function isCostRow(row: IndicatorRow): boolean {
  return row.level2.canonical === '成本指标' || row.level1.canonical === '成本指标';
}

/**
 * A cost row whose target is money: every 成本指标 except the 101 profile's 社会成本指标 and 生态环境成本指标, whose costs
 * are borne by society or the environment and are measured in their own units (征地拆迁户数 ≤10户, 交通中断时长 ≤30天).
 */
export function isMoneyCostRow(row: IndicatorRow): boolean {
  const l2 = row.level2.canonical;
  return isCostRow(row) && l2 !== '社会成本指标' && l2 !== '生态环境成本指标';
}

/**
 * The unit a name states in brackets: "案件结案率(%)" → "%", "社区矫正人数(人）" → "人", "检查次数（次/年）" → "次/年". Only a
 * known unit counts: "法律援助案件数（含刑事）" states no unit.
 */
export const bracketUnit = memoByText(function bracketUnit(name: string): string | undefined {
  const m = /[(（]\s*([^()（）]{1,6}?)\s*[)）]\s*$/.exec(name);
  if (!m) return undefined;
  const u = m[1].replace('％', '%');
  const unit = u === '百分比' ? '%' : u;
  return unitCategory(unit) !== undefined ? unit : undefined;
});

/** The name without a trailing bracketed unit. */
export const nameWithoutUnit = memoByText(function nameWithoutUnit(name: string): string {
  return name.replace(/\s*[(（][^()（）]{1,6}[)）]\s*$/, '').trim();
});

/** A name that counts things: ends in 数/数量/人数/次数/件数/个数 (but not 指数, 系数 …). */
export const isCountName = memoByText(function isCountName(name: string): boolean {
  const n = normalizeName(nameWithoutUnit(name));
  if (/(指数|系数|倍数|分数|函数|参数|基数)$/.test(n)) return false;
  return /(数量|人数|次数|件数|个数|户数|场次|数)$/.test(n);
});

/** A name that is a rate: ends in 率 or 度 (but not 年度, 进度, 季度, 力度, 制度, 深度 …). */
export const isRateName = memoByText(function isRateName(name: string): boolean {
  const n = normalizeName(nameWithoutUnit(name));
  if (/(年度|季度|进度|力度|制度|额度|温度|长度|宽度|高度|深度|难度|调度|程度)$/.test(n))
    return /满意程度$/.test(n);
  return /[率度]$/.test(n);
});

/** A 时效 name that is a point in time, not a rate: 时间, 时限, 日期, 期限. */
/** A name that measures a time ("办结时限", "完成时间"); a rate ("时间节点完成率", "按时限办结率") is not. */
export const isTimeName = memoByText(function isTimeName(name: string): boolean {
  return /时间|时限|日期|期限|截止|节点/.test(name) && !/(率|比例|占比|比重)$/.test(nameWithoutUnit(name));
});
