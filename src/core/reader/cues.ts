/**
 * What a header cell says, read from the words it contains rather than looked up in a list of exact texts: every
 * bureau words its forms a little differently (预期指标值, 年度目标值（2024年）, *三级指标名称, 指标值说明 …), and a header
 * cut short or with words added still names its column. The exact label tables in labels.ts stay as the first
 * answer; these cues answer for every other text.
 *
 * A header is first stripped of what officers and form designers add around it (labelCore): required-field marks
 * (* ※ ★), list numbering (一、 （一） 1. 1、), a bracketed note or unit, a leading year. Then the cue tables below are
 * tried in order; the first whose words the header contains decides. Order matters: a header naming 依据 or 类型 beside
 * 指标值 ("指标值确定依据", "指标值类型") is that, not a value column.
 */
import type { GridColumn, HeaderKey } from '../model/table';

/** A column kind of an indicator grid, with the kinds read only to be kept apart from the value. */
export type ColumnKind = GridColumn | 'weight' | 'scoring';

const MARKS_RE = /^[*＊※★☆#△▲●]+|[*＊※★☆#△▲●]+$/g;
const NUMBERING_RE =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}(?:[、]|\.(?!\d)))/;

/**
 * A label key (labelKey) without marks, list numbering, a trailing bracketed note or unit, or a leading year:
 * "*（一）项目名称（全称）" → "项目名称", "2024年度指标值" → "指标值". Never returns '' for a non-empty key.
 */
export function labelCore(key: string): string {
  let k = key.replace(MARKS_RE, '');
  k = k.replace(NUMBERING_RE, '');
  k = k.replace(MARKS_RE, '');
  const noNote = k.replace(/\([^()]*\)$/, '').replace(/\[[^[\]]*\]$/, '');
  if (noNote !== '') k = noNote;
  const noYear = k.replace(/^\d{4}年度?/, '');
  if (noYear !== '') k = noYear;
  return k === '' ? key : k;
}

/** One cue: the column kind a header names when it contains one of `any` and none of `not`. */
interface Cue<K> {
  readonly kind: K;
  readonly any: RegExp;
  readonly not?: RegExp;
}

/**
 * Grid column cues, tried in order. Documented in docs/reading.md; each line says which words decide.
 * A header that would be a sentence (over 16 characters) is no column header.
 */
export const COLUMN_CUES: ReadonlyArray<Cue<ColumnKind>> = [
  // the levels: 一级指标, 一级指标名称, 一级 (分值) …
  // (一级项目名称 / 二级项目名称 name a project of the budget's two levels, not an indicator level)
  { kind: 'level1', any: /一级/, not: /项目|科目|单位|部门/ },
  { kind: 'level2', any: /二级/, not: /项目|科目|单位|部门/ },
  { kind: 'level3', any: /三级|四级/, not: /项目|科目|单位|部门/ },
  // kept apart from the value: weights and scores, scoring rules
  { kind: 'weight', any: /权重|分值|^分数$|^满分|^得分$/ },
  { kind: 'scoring', any: /评分|扣分|评\(扣\)分|计分|打分/ },
  // what the value is measured against: 依据, 来源, 标准 (绩效标准, 评价标准), 指标值说明 (how the value was set)
  { kind: 'basis', any: /依据|来源|标准|值说明|值设定|取值/ },
  // 指标方向 (正向/反向 or a comparator), 指标性质 / 指标值类型 (定量/定性 or a comparator)
  { kind: 'direction', any: /方向/ },
  // (a 项目类别 / 项目属性 is the project's, not the indicator's)
  { kind: 'kind', any: /性质|类型|类别|属性/, not: /项目|资金|预算|支出/ },
  { kind: 'op', any: /符号|比较|运算|算符/ },
  // 计量单位, 度量单位, 单位 — not 单位名称 / 实施单位 / 预算单位 (who, not what unit)
  { kind: 'unit', any: /单位/, not: /名称|部门|编码|代码|主管|实施|执行|预算|申报|填报|责任|承担|项目/ },
  // the indicator's meaning: 指标解释, 指标描述, 指标说明, 指标内涵, 指标定义
  { kind: 'description', any: /解释|描述|说明|内涵|含义|定义|释义|值内容/ },
  // a 中期 value column: 中期指标值, 中期目标值, 实施期指标值
  { kind: 'midValue', any: /(?:中期|实施期|实施周期|长期|整体|总体).*(?:指标值|目标值|值)$/ },
  // the value: anything naming 指标值, 目标值, 预期值, 实现值, 预期目标, 完成值, 计划值 …
  { kind: 'number', any: /^(?:数值|值|数额)$/ },
  { kind: 'value', any: /指标值|目标值|预期值|实现值|完成值|计划值|预期目标|预期指标|标准值|绩效值|数值$/ },
  // the indicator's name: 三级 is above; 指标名称, 指标内容, 具体指标, 绩效指标, 考核指标, 指标
  { kind: 'level3', any: /指标名称|指标内容|具体指标|^绩效指标$|^考核指标$|^指标$|^指标项$|^评价指标$/ },
];

/** The column kind a header cell names, or undefined. `key` is a label key (labelKey). */
export function columnCue(key: string): ColumnKind | undefined {
  const k = labelCore(key);
  if (k.length > 16 || k.length === 0) return undefined;
  for (const cue of COLUMN_CUES) if (cue.any.test(k) && !(cue.not && cue.not.test(k))) return cue.kind;
  return undefined;
}

/**
 * Header field cues (the block above the grid), tried in order. Labels only: a cell that reads as a sentence or holds
 * a value is not a label, so a cue applies to short texts (≤ 14 characters after labelCore) that end as labels do.
 */
export const HEADER_CUES: ReadonlyArray<Cue<HeaderKey>> = [
  { kind: 'code', any: /(?:项目|转移支付|政策|专项).*(?:编码|代码|编号)$/ },
  { kind: 'department', any: /^(?:预算)?(?:部门|单位|部门\(单位\)|主管部门|实施单位|申报单位)名称$/ },
  { kind: 'implementer', any: /^(?:实施|执行|承担|责任|项目)(?:单位|部门)$/ },
  { kind: 'unit', any: /^(?:主管|预算|填报|申报)(?:部门|单位)$/ },
  { kind: 'name', any: /(?:项目|转移支付|政策|专项|资金|支出).*名称$/ },
  { kind: 'carryover', any: /结转|结余/ },
  // 财政拨款, 财政资金, 当年市级财政资金, 上级资金, 中央补助安排, 省级财政安排, 一般公共预算, (一)财政拨款小计
  {
    kind: 'fiscal',
    any: /^(?:当年|本年|年度)?(?:(?:中央|省级|省|市级|市|县级|县|区级|区|本级|上级)(?:财政)?|财政|一般公共预算|政府性基金)(?:拨款|资金|补助|补助资金|预算|安排|预算拨款|拨款资金|性资金)*(?:小计|合计|收入)?$|^(?:当年|本年)?财政[\u4e00-\u9fff]?(?:款|资金)$/,
    not: /^(?:中央|省级|省|市级|市|县级|县|区级|区|本级|上级)$/,
  },
  {
    kind: 'other',
    any: /^(?:其他|其它|自筹|自有|单位自筹|社会|地方|事业|经营)(?:来源)?(?:资金|收入)(?:小计|合计)?$/,
  },
  {
    kind: 'budget',
    any: /预算数|^预算(?:申报|安排|批复|申请)数$|预算金额|预算资金|资金总额|总金额|资金总计|金额合计|资金合计|总预算|年度预算|资金规模|预算总额|投资总额|总投资|^项目金额$|^(?:下达|安排|申请).{0,8}(?:资金|投资)$/,
    not: /中期|执行|支出计划|基本支出|项目支出/,
  },
  {
    kind: 'goals',
    any: /(?:年度|绩效|总体|总|项目|部门|整体|当年|本年度?)目标$|目标\(.*\)$|目标和成果|目标及成果|^绩效目标/,
    not: /中期|长期|指标|实施期/,
  },
  { kind: 'purpose', any: /资金用途|用途$/ },
];

/** The header field a label names, or undefined. `key` is a label key (labelKey). */
export function headerCue(key: string): HeaderKey | undefined {
  const k = labelCore(key);
  if (k.length > 14 || k.length < 2) return undefined;
  // a label holds no digits other than a year or its numbering (a value such as "2024年12月底前" is no label)
  if (/\d/.test(k)) return undefined;
  for (const cue of HEADER_CUES) if (cue.any.test(k) && !(cue.not && cue.not.test(k))) return cue.kind;
  return undefined;
}
