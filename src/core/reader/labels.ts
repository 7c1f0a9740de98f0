/**
 * Header texts the reader recognises, as label keys (src/core/text/normalize.ts `labelKey`).
 * Tables are found by these texts, never by a hidden marker, so an edited template is still found.
 */
import type { GridColumn, HeaderKey } from '../model/table';

export const GRID_COLUMN_LABELS: Readonly<Record<string, GridColumn>> = {
  一级指标: 'level1',
  一级: 'level1',
  一级指标名称: 'level1',
  二级指标: 'level2',
  二级: 'level2',
  二级指标名称: 'level2',
  三级指标: 'level3',
  三级: 'level3',
  三级指标名称: 'level3',
  指标内容: 'level3',
  具体指标: 'level3',
  指标名称: 'level3',
  绩效指标描述: 'description',
  指标描述: 'description',
  指标解释: 'description',
  指标说明: 'description',
  指标内涵: 'description',
  指标值: 'value',
  指标值及单位: 'value',
  目标值: 'value',
  年度指标值: 'value',
  预期指标值: 'value',
  绩效指标值: 'value',
  年度目标值: 'value',
  当年预期实现值: 'value',
  预期目标值: 'value',
  '指标值(年度)': 'value',
  '指标值(包含数字及文字描述)': 'value',
  '年度指标值(包含数字及文字描述)': 'value',
  中期指标值: 'midValue',
  中期目标值: 'midValue',
  指标值确定依据: 'basis',
  指标值设定依据: 'basis',
  指标值设定依据及数据来源: 'basis',
  确定依据: 'basis',
  设定依据: 'basis',
  绩效标准: 'basis',
  评价标准: 'basis',
  依据: 'basis',
  符号: 'op',
  比较符: 'op',
  性质: 'op',
  指标性质: 'op',
  值: 'number',
  数值: 'number',
  单位: 'unit',
  计量单位: 'unit',
  度量单位: 'unit',
};

/** Sub-header texts under a merged 指标值 header. */
export const VALUE_SUBHEADERS: Readonly<Record<string, GridColumn>> = {
  中期指标值: 'midValue',
  中期: 'midValue',
  中期目标值: 'midValue',
  年度指标值: 'value',
  年度: 'value',
  年度目标值: 'value',
  符号: 'op',
  比较符: 'op',
  值: 'number',
  数值: 'number',
  单位: 'unit',
  计量单位: 'unit',
  度量单位: 'unit',
};

export const HEADER_LABELS: Readonly<Record<string, HeaderKey>> = {
  项目编码: 'code',
  项目代码: 'code',
  项目名称: 'name',
  项目支出名称: 'name',
  '项目(支出)名称': 'name',
  '转移支付(项目)名称': 'name',
  转移支付名称: 'name',
  转移支付项目名称: 'name',
  预算数: 'budget',
  年度预算数: 'budget',
  年度资金总额: 'budget',
  资金总额: 'budget',
  项目总预算: 'budget',
  当年年度预算: 'budget',
  年度预算: 'budget',
  年度预算金额: 'budget',
  项目预算: 'budget',
  项目总金额: 'budget',
  项目资金总额: 'budget',
  预算资金: 'budget',
  财政资金: 'fiscal',
  财政拨款: 'fiscal',
  当年财政拨款: 'fiscal',
  财政性资金: 'fiscal',
  财政资金拨款: 'fiscal',
  中央补助: 'fiscal',
  中央补助资金: 'fiscal',
  其他资金: 'other',
  其它资金: 'other',
  其他来源资金: 'other',
  地方资金: 'other',
  事业收入: 'other',
  经营收入: 'other',
  单位自筹: 'other',
  自筹资金: 'other',
  上年结转: 'carryover',
  上年结转资金: 'carryover',
  结转资金: 'carryover',
  合计: 'budget',
  金额合计: 'budget',
  年度金额: 'budget',
  资金合计: 'budget',
  自有资金: 'other',
  单位自有资金: 'other',
  资金用途: 'purpose',
  绩效目标: 'goals',
  年度绩效目标: 'goals',
  年度目标: 'goals',
  年度总体目标: 'goals',
  年度主要目标和成果: 'goals',
  年度目标和成果: 'goals',
  项目年度目标: 'goals',
  项目绩效目标: 'goals',
  总体目标: 'goals',
  单位编码及名称: 'unit',
  主管部门及代码: 'unit',
  主管部门: 'unit',
  预算单位: 'unit',
  '部门(单位)名称': 'department',
  部门名称: 'department',
  单位名称: 'department',
  实施单位: 'implementer',
};

/** Labels that only mark a block (their cell to the right is another label, not a value). */
export const BLOCK_LABELS: ReadonlySet<string> = new Set([
  '预算规模及资金用途',
  '资金支出计划(%)',
  '资金支出计划',
  '项目资金(万元)',
  '项目资金',
  '年度部门整体支出预算(万元)',
  '年度部门整体支出预算',
  '年度主要任务',
  '任务名称',
  '主要内容',
  '中期资金总额',
  '中期目标',
  '项目属性',
  '项目期',
  '绩效指标',
  '年度绩效指标',
  // funding blocks of 部门整体 and local forms: labels, never values
  '收入构成',
  '支出构成',
  '资金来源',
  '资金构成',
  '基本支出',
  '项目支出',
  '当年金额',
  '占比',
]);

export const PLAN_LABELS: readonly string[][] = [
  ['3月底', '6月底', '10月底', '12月底'],
  ['一季度', '二季度', '三季度', '四季度'],
  ['第一季度', '第二季度', '第三季度', '第四季度'],
  ['3月', '6月', '9月', '12月'],
  ['3月底', '6月底', '9月底', '12月底'],
  ['3月底', '6月底', '9月底', '11月底'],
];

/** A row whose first text starts with one of these ends the grid (sign-off lines, notes). */
export const STOP_PREFIXES: readonly string[] = [
  '填报人',
  '填表人',
  '审核人',
  '经办人',
  '制表人',
  '联系人',
  '单位负责人',
  '项目负责人',
  '财务负责人',
  '联系电话',
  '填报说明',
  '填表说明',
  '填报日期',
  '填表日期',
  '注:',
  '说明:',
  '备注:',
];

/** Words that end an indicator grid when a row's first cell is the word alone or the word and a colon or bracket. */
const STOP_WORDS: readonly string[] = ['合计', '总计', '小计', '备注', '注', '说明', '附注', '盖章', '续表'];

/**
 * True when a row whose first cell (inside the grid's columns) reads `key` is no indicator but what follows a grid: a
 * 合计 or 备注 row, a note (注：…, 填表说明…, "1.三级指标可根据实际增加。"), an approval line (…审核意见) or a signature line.
 */
export function isGridFooterKey(key: string, valueEmpty = true): boolean {
  for (const p of STOP_PREFIXES) if (key.startsWith(p)) return true;
  for (const w of STOP_WORDS)
    if (key === w || (key.startsWith(w) && /^[:(\d]/.test(key.slice(w.length)))) return true;
  if (/审核意见|审批意见|盖章\)?$/.test(key)) return true;
  // a numbered note: "1.三级指标可根据实际增加。", "(1)…" — but not a numbered indicator with a value (1.法律援助案件数 | ≥300件)
  return valueEmpty && /^(?:\d{1,2}[.、]|\(\d{1,2}\))\D/.test(key) && key.length >= 8;
}

/**
 * A label without what officers add around it: a bracketed note or unit after it ("预算数（万元）", "三级指标（指标名称）")
 * and a year before it ("2024年指标值", "2024年度绩效目标").
 */
export function bareLabel(key: string): string {
  return key.replace(/\([^()]*\)$/, '').replace(/^\d{4}年度?/, '');
}

export function isTitleText(key: string): boolean {
  if (key.length > 80) return false;
  if (/绩效目标.{0,4}表|申报表|审批表|目标表$/.test(key)) return true;
  // "2024年法律援助项目绩效目标": a title that names the project, not the label 项目绩效目标 or 年度绩效目标
  const bare = bareLabel(key);
  return (
    /绩效目标$/.test(key) && key.length >= 8 && !Object.prototype.hasOwnProperty.call(HEADER_LABELS, bare)
  );
}
