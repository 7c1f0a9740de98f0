/**
 * Cells that look like an indicator table (level names, indicator headers, 二级 vocabulary) that the reader could not
 * read as one (rules.md §5). Never silent: the officer learns what was recognised, what is missing and how to make the
 * table readable, instead of a check that passes because nothing was read.
 */
import { defineRule } from './define-rule';

const RECOGNISED: Readonly<Record<string, readonly [string, string]>> = {
  level1: ['一级指标列', 'a 一级 column'],
  level2: ['二级指标列', 'a 二级 column'],
  level3: ['三级指标列', 'a 三级 column'],
  value: ['指标值列', 'a 指标值 column'],
};

const MISSING: Readonly<Record<string, readonly [string, string]>> = {
  header: ['含“一级指标”“二级指标”的表头行', 'a header row naming 一级指标 and 二级指标'],
  level3: ['三级指标（指标名称）列', 'a 三级指标 (indicator name) column'],
  value: ['指标值列', 'a 指标值 column'],
  rows: [
    '指标行（一级、二级指标名称下的三级指标和指标值）',
    'indicator rows (三级 names and values under 一级/二级 names)',
  ],
};

export default defineRule({
  id: 'table-unreadable',
  scope: 'table',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '像是绩效指标表，但无法读取',
    'en-US': 'Cells look like an indicator table that cannot be read',
  },
  messages: {
    unreadable: {
      'zh-CN':
        '此处像是一张绩效指标表（识别到：{{recognised}}），但无法按表读取，其中的指标未经检查：缺少{{missing}}。请按模板在指标上方写一行表头“一级指标 | 二级指标 | 三级指标 | 指标值”，每行一个三级指标。',
      'en-US':
        'This looks like an indicator table (recognised: {{recognisedEn}}) but cannot be read as one, so its indicators were not checked: it lacks {{missingEn}}. Write a header row “一级指标 | 二级指标 | 三级指标 | 指标值” above the indicators as in the template, one 三级 indicator per row.',
    },
  },
  check({ table, report }) {
    const u = table.unreadable;
    if (u === null || u.cells.length === 0) return;
    const zh = (k: string): string => RECOGNISED[k]?.[0] ?? k;
    const en = (k: string): string => RECOGNISED[k]?.[1] ?? k;
    const missing = u.missing.length > 0 ? u.missing : ['header'];
    // at the top-left of the cells in question, where the officer sees the table start
    const r = table.range;
    const corner = u.cells.find((c) => c.row === r.top && c.col === r.left);
    const topLeft = corner ?? u.cells.find((c) => c.row === r.top) ?? u.cells[0];
    report({
      messageId: 'unreadable',
      cell: topLeft,
      related: u.cells.filter((c) => c !== topLeft).slice(0, 20),
      data: {
        recognised: u.recognised.map(zh).join('、'),
        recognisedEn: u.recognised.map(en).join(', '),
        missing: missing.map((k) => MISSING[k]?.[0] ?? k).join('、'),
        missingEn: missing.map((k) => MISSING[k]?.[1] ?? k).join(', '),
      },
    });
  },
});
