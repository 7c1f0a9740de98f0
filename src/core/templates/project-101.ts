/**
 * `project-101`: the seed-style project table (see project-seed.ts) with the grid of profile 101
 * (财预〔2021〕101号): 成本指标 first (经济成本 / 社会成本 / 生态环境成本), then 产出 (数量 / 质量 / 时效),
 * 效益 (经济 / 社会 / 生态 / 可持续影响) and 满意度 (服务对象满意度).
 */
import { buildSeedStyleTemplate } from './project-seed';
import type { TemplateSpec } from './types';

export const PROJECT_101: TemplateSpec = buildSeedStyleTemplate(
  'project-101',
  {
    'zh-CN': '项目支出绩效目标表（成本指标单列）',
    'en-US': 'Project performance targets (cost indicators as a level-1 block)',
  },
  '101',
);
