/**
 * What the officer types into the `project-seed` template: a complete, clean table (header fields
 * and one indicator per 二级), and the defective values the scenarios type over it.
 */
import type { CellAddress } from '../../src/core/model/address';
import type { TemplateSpec } from '../../src/core/templates/types';

/** 三级指标, 绩效指标描述, 指标值, 指标值确定依据 for each 二级 row of the template. */
export const CLEAN_ROWS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  数量指标: ['培训人数(人)', '全年培训基层调解员人数', '≥200人', '年初工作计划'],
  质量指标: ['培训合格率', '参训人员考核合格的比例', '≥95%', '年初工作计划'],
  时效指标: ['培训完成时间', '全部培训完成的时间', '2024年12月底前', '年初工作计划'],
  成本指标: ['培训经费', '全年培训经费总额', '≤20万元', '预算标准'],
  经济效益指标: ['节约诉讼成本', '调解化解纠纷节约的诉讼费用', '≥10万元', '历史数据'],
  社会效益指标: ['纠纷调解成功率', '调解成功的纠纷占受理纠纷的比例', '≥90%', '历史数据'],
  生态效益指标: ['无纸化办公比例', '培训材料电子化的比例', '≥80%', '年初工作计划'],
  可持续影响指标: ['调解员队伍稳定率', '年末在岗调解员占年初的比例', '≥90%', '历史数据'],
  服务对象满意度指标: ['参训人员满意度', '参训人员对培训的满意程度', '≥90%', '历史标准'],
};

export const CLEAN_HEADER: Readonly<Record<string, string>> = {
  unit: '单位编码及名称：315001司法部门某区司法局本级',
  code: '13030321Y30U53UWH2HAS',
  name: '人民调解员培训',
  budget: '20',
  fiscal: '20',
  other: '0',
  purpose: '用于基层人民调解员业务培训',
  plan3: '25%',
  plan6: '60%',
  plan10: '90%',
  plan12: '100%',
  goals: '1.完成基层人民调解员年度培训\n2.提高纠纷调解成功率',
};

export interface CellWrite {
  readonly at: CellAddress;
  readonly value: string;
}

/** Every write that fills the template (at its top-left origin A1) with the clean table. */
export function cleanFill(spec: TemplateSpec): CellWrite[] {
  const out: CellWrite[] = [];
  const fields = spec.fields ?? {};
  for (const [id, value] of Object.entries(CLEAN_HEADER)) {
    const at = fields[id];
    if (!at) throw new Error(`template ${spec.id} has no field ${id}`);
    out.push({ at, value });
  }
  const g = spec.grid;
  if (!g || g.columns.description === undefined || g.columns.basis === undefined)
    throw new Error(`template ${spec.id} has no seed-style grid`);
  for (const block of g.blocks) {
    for (const { level2, row } of block.rows) {
      const data = CLEAN_ROWS[level2];
      if (!data) throw new Error(`no clean data for 二级 ${level2}`);
      const [name, description, value, basis] = data;
      out.push({ at: { row, col: g.columns.level3 }, value: name });
      out.push({ at: { row, col: g.columns.description }, value: description });
      out.push({ at: { row, col: g.columns.value }, value });
      out.push({ at: { row, col: g.columns.basis }, value: basis });
    }
  }
  return out;
}

/** The grid row of a 二级 in the template. */
export function rowOf(spec: TemplateSpec, level2: string): number {
  const r = spec.grid?.blocks.flatMap((b) => b.rows).find((x) => x.level2 === level2);
  if (!r) throw new Error(`template ${spec.id} has no row for ${level2}`);
  return r.row;
}

export const XSS = '<img src=x onerror=alert(1)>';
