/**
 * `project-seed`: the seed document's project table (domain.md §1d F), 7 columns A..G.
 *
 *   r0  <项目名称>绩效目标表                                       (A:G, title)
 *   r1  单位编码及名称：(A:E)                           单位：万元 (F:G)
 *   r2  项目编码 | ____ (B:C) | 项目名称 | ____ (E:G)
 *   r3  预算规模及资金用途 (A3:A4) | 预算数 | 0.00 | 其中：财政资金 | 0.00 | 其他资金 | 0.00
 *   r4                             | 资金用途 (B:G)
 *   r5  资金支出计划（%） (A5:A6) | 3月底 | 6月底 | 10月底 | 12月底 | (F5:G6 empty)
 *   r6                            | 0%    | 0%    | 0%     | 0%
 *   r7  绩效目标 | ____ (B:G)
 *   r8  一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 (F:G)
 *   r9… one row per 二级 of the profile, 一级 merged over its block
 */
import { STYLE, TemplateDraft, addIndicatorGrid, finishSpec } from './build';
import type { TemplateId, TemplateSpec } from './types';
import type { Locale } from '../diagnostics/diagnostic';
import type { ProfileId } from './vocab';

export const SEED_TITLE = '<项目名称>绩效目标表';

/** The seed-style project table with the grid of the given profile (shared by project-seed and project-101). */
export function buildSeedStyleTemplate(
  id: TemplateId,
  name: Readonly<Record<Locale, string>>,
  profile: ProfileId,
): TemplateSpec {
  const d = new TemplateDraft(7);
  // r0 title, r1 unit line
  d.putMerged(0, 0, 0, 6, SEED_TITLE, STYLE.title).height(0, 32);
  d.putMerged(1, 0, 1, 4, '单位编码及名称：', STYLE.note).field('unit', 1, 0);
  d.putMerged(1, 5, 1, 6, '单位：万元', STYLE.noteRight);
  // r2 项目编码 / 项目名称
  d.put(2, 0, '项目编码', STYLE.label);
  d.putMerged(2, 1, 2, 2, null, STYLE.input).field('code', 2, 1);
  d.put(2, 3, '项目名称', STYLE.label);
  d.putMerged(2, 4, 2, 6, null, STYLE.input).field('name', 2, 4);
  // r3..r4 预算规模及资金用途
  d.putMerged(3, 0, 4, 0, '预算规模及资金用途', STYLE.label);
  d.put(3, 1, '预算数', STYLE.label);
  d.put(3, 2, null, STYLE.amount).field('budget', 3, 2);
  d.put(3, 3, '其中：财政资金', STYLE.label);
  d.put(3, 4, null, STYLE.amount).field('fiscal', 3, 4);
  d.put(3, 5, '其他资金', STYLE.label);
  d.put(3, 6, null, STYLE.amount).field('other', 3, 6);
  d.putMerged(4, 1, 4, 6, null, STYLE.textArea).field('purpose', 4, 1).height(4, 36);
  // r5..r6 资金支出计划（%）
  d.putMerged(5, 0, 6, 0, '资金支出计划（%）', STYLE.label);
  const plan = [
    ['3月底', 'plan3'],
    ['6月底', 'plan6'],
    ['10月底', 'plan10'],
    ['12月底', 'plan12'],
  ] as const;
  plan.forEach(([label, field], i) => {
    d.put(5, 1 + i, label, STYLE.label);
    d.put(6, 1 + i, null, STYLE.percent).field(field, 6, 1 + i);
  });
  d.putMerged(5, 5, 6, 6, null);
  // r7 绩效目标
  d.put(7, 0, '绩效目标', STYLE.label);
  d.putMerged(7, 1, 7, 6, null, STYLE.textArea).field('goals', 7, 1).height(7, 72);
  // r8 header, r9… grid
  addIndicatorGrid(d, {
    profile,
    headerRow: 8,
    header: [
      { col: 0, text: '一级指标' },
      { col: 1, text: '二级指标' },
      { col: 2, text: '三级指标' },
      { col: 3, text: '绩效指标描述' },
      { col: 4, text: '指标值' },
      { col: 5, text: '指标值确定依据', right: 6 },
    ],
    columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 4, basis: 5 },
  });
  return finishSpec(d, {
    id,
    name,
    profile,
    columnWidths: [20, 16, 22, 24, 14, 14, 10],
    orientation: 'portrait',
  });
}

export const PROJECT_SEED: TemplateSpec = buildSeedStyleTemplate(
  'project-seed',
  {
    'zh-CN': '项目支出绩效目标表（预算编制格式）',
    'en-US': 'Project performance targets (budget-preparation format)',
  },
  '88',
);
