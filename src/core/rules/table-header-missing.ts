/** A required header field or grid column is absent or empty (rules.md §3 Structure). */
import { defineRule } from './define-rule';
import type { HeaderKey } from '../model/table';

const FIELD_NAMES: Record<string, { 'zh-CN': string; 'en-US': string }> = {
  code: { 'zh-CN': '项目编码', 'en-US': 'project code (项目编码)' },
  name: { 'zh-CN': '项目名称', 'en-US': 'project name (项目名称)' },
  budget: { 'zh-CN': '预算数（年度资金总额）', 'en-US': 'budget (预算数 / 年度资金总额)' },
  goals: { 'zh-CN': '绩效目标', 'en-US': 'performance goals (绩效目标)' },
  department: { 'zh-CN': '部门（单位）名称', 'en-US': 'department name (部门（单位）名称)' },
  level1: { 'zh-CN': '一级指标列', 'en-US': 'the 一级指标 column' },
  level2: { 'zh-CN': '二级指标列', 'en-US': 'the 二级指标 column' },
  level3: { 'zh-CN': '三级指标列', 'en-US': 'the 三级指标 column' },
  value: { 'zh-CN': '指标值列', 'en-US': 'the 指标值 column' },
};

export default defineRule({
  id: 'table-header-missing',
  scope: 'table',
  defaultSeverity: 'error',
  description: { 'zh-CN': '表头必填项缺失或为空', 'en-US': 'A required header field is absent or empty' },
  messages: {
    fieldEmpty: { 'zh-CN': '“{{field}}”未填写。', 'en-US': 'The {{fieldEn}} is empty.' },
    fieldAbsent: { 'zh-CN': '表中没有“{{field}}”一项。', 'en-US': 'The table has no {{fieldEn}}.' },
    levelsMissing: {
      'zh-CN':
        '指标表没有“{{field}}”：已逐项检查三级指标和指标值，但无法核对指标层级。请按模板补上一级指标、二级指标列。',
      'en-US':
        'The indicator grid has no {{fieldEn}}: each indicator and value was checked, but its level cannot be. Add the 一级 and 二级 columns of the template.',
    },
    columnMissing: {
      'zh-CN': '指标表头缺少“{{field}}”，无法读取指标。',
      'en-US': 'The indicator header lacks {{fieldEn}}; indicators cannot be read.',
    },
  },
  check({ table, report }) {
    const anchor = table.title?.cell ?? { row: table.gridHeaderRow, col: table.range.left };
    for (const col of table.missingColumns) {
      const n = FIELD_NAMES[col];
      report({
        messageId: 'columnMissing',
        cell: { row: table.gridHeaderRow, col: table.range.left },
        data: { field: n['zh-CN'], fieldEn: n['en-US'] },
      });
    }
    // a list without 一级/二级 columns: read and checked, the missing levels reported once (a warning: the values are checked)
    if (table.flat && table.missingColumns.length === 0) {
      const which: string[] = [];
      if (table.columns.level1 === undefined) which.push('一级指标');
      if (table.columns.level2 === undefined) which.push('二级指标');
      const whichEn = which.map((w) => (w === '一级指标' ? '一级' : '二级'));
      report({
        messageId: 'levelsMissing',
        severity: 'warning',
        cell: { row: table.gridHeaderRow, col: table.columns.level3 ?? table.range.left },
        data: {
          field: which.join('、') + '列',
          fieldEn: `${whichEn.join(' and ')} column${which.length > 1 ? 's' : ''}`,
        },
      });
    }
    // a second grid under a table's first: the fields are the first one's
    if (table.continues) return;
    const required: HeaderKey[] =
      table.layout === 'department'
        ? ['department', 'budget', 'goals']
        : table.layout === 'project-seed' || table.layout === 'project-101'
          ? ['code', 'name', 'budget', 'goals']
          : ['name', 'budget', 'goals'];
    for (const key of required) {
      // project-code reports an empty 项目编码 itself (rules.md: project-code, error when empty)
      if (key === 'code' && table.header.code) continue;
      const f = table.header[key];
      const n = FIELD_NAMES[key];
      const data = { field: n['zh-CN'], fieldEn: n['en-US'] };
      if (!f) report({ messageId: 'fieldAbsent', cell: anchor, data });
      else if (f.text === '' && !f.error)
        report({ messageId: 'fieldEmpty', cell: f.cell, data, related: [f.labelCell] });
    }
  },
});
