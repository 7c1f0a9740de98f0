/**
 * `department`: 财预〔2015〕88号 附件 部门（单位）整体支出绩效目标申报表 (domain.md §1d B), 4 columns A..D.
 *
 *   r0  部门（单位）整体支出绩效目标申报表                      (A:D, title)
 *   r1  （20XX年度）                                            (A:D)
 *   r2  部门（单位）名称 | ____ (B:D)
 *   r3  年度主要任务 (A3:A6) | 任务名称 | 主要内容 (C:D)
 *   r4…r6                    | ____     | ____ (C:D)          (three task rows)
 *   r7  年度部门整体支出预算（万元） (A7:A8) | 资金总额 | 财政拨款 | 其他资金
 *   r8                                       | 0.00     | 0.00     | 0.00
 *   r9  年度总体目标 | ____ (B:D)
 *   r10 一级指标 | 二级指标 | 三级指标 | 指标值
 *   r11… one row per 二级 of profile 88, 一级 merged over its block
 */
import { STYLE, TemplateDraft, addIndicatorGrid, finishSpec } from './build';
import type { TemplateSpec } from './types';

export const DEPARTMENT_TASK_ROWS = 3;

function build(): TemplateSpec {
  const d = new TemplateDraft(4);
  d.putMerged(0, 0, 0, 3, '部门（单位）整体支出绩效目标申报表', STYLE.title).height(0, 32);
  d.putMerged(1, 0, 1, 3, '（20XX年度）', STYLE.subtitle).field('year', 1, 0);

  d.put(2, 0, '部门（单位）名称', STYLE.label);
  d.putMerged(2, 1, 2, 3, null, STYLE.input).field('department', 2, 1);

  const taskTop = 3;
  const taskBottom = taskTop + DEPARTMENT_TASK_ROWS;
  d.putMerged(taskTop, 0, taskBottom, 0, '年度主要任务', STYLE.label);
  d.put(taskTop, 1, '任务名称', STYLE.label);
  d.putMerged(taskTop, 2, taskTop, 3, '主要内容', STYLE.label);
  for (let i = 1; i <= DEPARTMENT_TASK_ROWS; i++) {
    const r = taskTop + i;
    d.put(r, 1, null, STYLE.gridText).field(`task${i}Name`, r, 1);
    d.putMerged(r, 2, r, 3, null, STYLE.textArea).field(`task${i}Content`, r, 2);
    d.height(r, 36);
  }

  const budget = taskBottom + 1; // r7
  d.putMerged(budget, 0, budget + 1, 0, '年度部门整体支出预算（万元）', STYLE.label);
  const money = [
    ['资金总额', 'budget'],
    ['财政拨款', 'fiscal'],
    ['其他资金', 'other'],
  ] as const;
  money.forEach(([label, field], i) => {
    d.put(budget, 1 + i, label, STYLE.label);
    d.put(budget + 1, 1 + i, null, STYLE.amount).field(field, budget + 1, 1 + i);
  });

  const goal = budget + 2; // r9
  d.put(goal, 0, '年度总体目标', STYLE.label);
  d.putMerged(goal, 1, goal, 3, null, STYLE.textArea).field('goals', goal, 1).height(goal, 96);

  addIndicatorGrid(d, {
    profile: '88',
    headerRow: goal + 1,
    header: [
      { col: 0, text: '一级指标' },
      { col: 1, text: '二级指标' },
      { col: 2, text: '三级指标' },
      { col: 3, text: '指标值' },
    ],
    columns: { level1: 0, level2: 1, level3: 2, value: 3 },
  });
  return finishSpec(d, {
    id: 'department',
    name: {
      'zh-CN': '部门（单位）整体支出绩效目标申报表',
      'en-US': 'Department overall-spending performance-target application',
    },
    profile: '88',
    columnWidths: [30, 18, 28, 22],
    orientation: 'portrait',
  });
}

export const DEPARTMENT: TemplateSpec = build();
