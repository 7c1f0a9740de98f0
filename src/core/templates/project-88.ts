/**
 * `project-88`: 财预〔2015〕88号 附件 项目支出绩效目标申报表 (domain.md §1d A), 5 columns A..E.
 *
 *   r0  项目支出绩效目标申报表                                        (A:E, title)
 *   r1  （20XX年度）                                                  (A:E)
 *   r2  项目责任人（签字）： (A:B)          | 单位（盖章）： (C:E)
 *   r3  项目名称 | ____ (B:E)
 *   r4  主管部门及代码 | ____ | 实施单位 | ____ (D:E)
 *   r5  项目属性 | ____ | 项目期 | ____ (D:E)
 *   r6  项目资金（万元） (A6:A8) | 中期资金总额 | 0.00 | 年度资金总额 | 0.00
 *   r7                           | 其中：财政拨款 | 0.00 | 其中：财政拨款 | 0.00
 *   r8                           | 其他资金 | 0.00 | 其他资金 | 0.00
 *   r9  总体目标 (A9:A10) | 中期目标 (B:C) | 年度目标 (D:E)
 *   r10                   | ____ (B:C)     | ____ (D:E)
 *   r11 一级指标 | 二级指标 | 三级指标 | 中期指标值 | 年度指标值
 *   r12… one row per 二级 of profile 88, 一级 merged over its block
 *
 * The 指标值 header is one row with both labels (中期指标值, 年度指标值), so the grid starts right
 * below a single header row like the other layouts.
 */
import { STYLE, TemplateDraft, addIndicatorGrid, finishSpec } from './build';
import type { TemplateSpec } from './types';

function build(): TemplateSpec {
  const d = new TemplateDraft(5);
  d.putMerged(0, 0, 0, 4, '项目支出绩效目标申报表', STYLE.title).height(0, 32);
  d.putMerged(1, 0, 1, 4, '（20XX年度）', STYLE.subtitle).field('year', 1, 0);
  d.putMerged(2, 0, 2, 1, '项目责任人（签字）：', STYLE.note);
  d.putMerged(2, 2, 2, 4, '单位（盖章）：', STYLE.note);

  d.put(3, 0, '项目名称', STYLE.label);
  d.putMerged(3, 1, 3, 4, null, STYLE.input).field('name', 3, 1);
  d.put(4, 0, '主管部门及代码', STYLE.label);
  d.put(4, 1, null, STYLE.input).field('unit', 4, 1);
  d.put(4, 2, '实施单位', STYLE.label);
  d.putMerged(4, 3, 4, 4, null, STYLE.input).field('implementer', 4, 3);
  d.put(5, 0, '项目属性', STYLE.label);
  d.put(5, 1, null, STYLE.input).field('attribute', 5, 1);
  d.put(5, 2, '项目期', STYLE.label);
  d.putMerged(5, 3, 5, 4, null, STYLE.input).field('period', 5, 3);

  d.putMerged(6, 0, 8, 0, '项目资金（万元）', STYLE.label);
  const money = [
    ['中期资金总额', 'midBudget', '年度资金总额', 'budget'],
    ['其中：财政拨款', 'midFiscal', '其中：财政拨款', 'fiscal'],
    ['其他资金', 'midOther', '其他资金', 'other'],
  ] as const;
  money.forEach(([midLabel, midField, yearLabel, yearField], i) => {
    const r = 6 + i;
    d.put(r, 1, midLabel, STYLE.label);
    d.put(r, 2, null, STYLE.amount).field(midField, r, 2);
    d.put(r, 3, yearLabel, STYLE.label);
    d.put(r, 4, null, STYLE.amount).field(yearField, r, 4);
  });

  d.putMerged(9, 0, 10, 0, '总体目标', STYLE.label);
  d.putMerged(9, 1, 9, 2, '中期目标', STYLE.label);
  d.putMerged(9, 3, 9, 4, '年度目标', STYLE.label);
  d.putMerged(10, 1, 10, 2, null, STYLE.textArea).field('midGoals', 10, 1);
  d.putMerged(10, 3, 10, 4, null, STYLE.textArea).field('goals', 10, 3);
  d.height(10, 96);

  addIndicatorGrid(d, {
    profile: '88',
    headerRow: 11,
    header: [
      { col: 0, text: '一级指标' },
      { col: 1, text: '二级指标' },
      { col: 2, text: '三级指标' },
      { col: 3, text: '中期指标值' },
      { col: 4, text: '年度指标值' },
    ],
    columns: { level1: 0, level2: 1, level3: 2, midValue: 3, value: 4 },
  });
  return finishSpec(d, {
    id: 'project-88',
    name: { 'zh-CN': '项目支出绩效目标申报表', 'en-US': 'Project performance-target application (MoF 88)' },
    profile: '88',
    columnWidths: [16, 18, 28, 18, 18],
    orientation: 'portrait',
  });
}

export const PROJECT_88: TemplateSpec = build();
