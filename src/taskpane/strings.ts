/**
 * Every string the task pane shows, in zh-CN (the default) and en-US. `Strings` is derived from the
 * zh-CN table, so the compiler refuses an en-US table that lacks a key (or has an extra one), and a
 * test checks at run time that no value is empty. Findings' own messages come from the core, rendered
 * in the same locale; only the UI's chrome lives here.
 */
import type { Locale, Severity } from '../core/diagnostics/diagnostic';
import type { TemplateId } from '../core/templates/types';
import type { EditRefusal, GatewayFailure, InsertRefusal } from '../excel/gateway';

export type { Locale };

/** Every refusal or failure id the gateway can hand back to the UI. */
export type RefusalId = InsertRefusal | EditRefusal | GatewayFailure;

const zhCN = {
  appTitle: '绩效目标表助手',
  tabCheck: '检查',
  tabTemplates: '模板',
  tabSettings: '设置',
  tabsLabel: '功能',

  // Toolbar
  toolbarLabel: '检查操作',
  checkSheet: '检查本工作表',
  checkAll: '检查全部工作表',
  clearMarks: '清除标记',
  liveCheck: '实时检查',
  liveCheckHint: '编辑单元格后自动重新检查',

  // Progress
  progressLabel: '检查进度',
  progressReadingSheet: '正在读取本工作表…',
  progressReadingAll: '正在读取全部工作表…',
  progressChecking: (sheets: number) => `正在检查 ${sheets} 个工作表…`,
  progressMarking: '正在标记问题单元格…',
  working: '正在处理…',

  // Findings
  notCheckedYet: '点击“检查本工作表”或“检查全部工作表”开始检查。',
  summary: (tables: number, findings: number) => `共 ${tables} 个绩效目标表，${findings} 个问题`,
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  severityCount: (label: string, n: number) => `${label} ${n}`,
  severityFilterLabel: '按严重程度筛选',
  findingsLabel: '检查结果',
  tableUntitled: '（无标题的表）',
  outsideTables: '表格之外',
  ruleLabel: '规则',
  fix: '修复',
  fixLabel: (cell: string, value: string) => `修复 ${cell}：改为“${value}”`,
  suggestionLabel: (cell: string, message: string) => `建议 ${cell}：${message}`,
  selectLabel: (cell: string, message: string) => `定位到 ${cell}：${message}`,
  showMore: (n: number) => `再显示 ${n} 个问题`,
  noFindings: '未发现问题。',
  noFindingsInFilter: '当前筛选条件下没有问题。',
  fixApplied: (cell: string) => `已修复 ${cell}，并已重新检查。`,
  suggestionApplied: (cell: string) => `已修改 ${cell}，并已重新检查。`,
  marksCleared: '已清除本加载项添加的标记。',
  dismiss: '关闭',

  // Empty and error states
  noTableTitle: '未找到绩效目标表',
  noTableSheet: '本工作表中没有识别出绩效目标表。可以插入一个模板，再填写内容。',
  noTableAll: '全部工作表中都没有识别出绩效目标表。可以插入一个模板，再填写内容。',
  insertTemplate: '插入模板',
  unsupportedTitle: '不支持的 Excel 版本',
  unsupportedBody:
    '此加载项需要 ExcelApi 1.13 或更高版本（Microsoft 365、Excel 2021 及以上版本，或 Excel 网页版）。请更新 Excel 后再打开。',
  errorTitle: '操作未完成',
  unexpectedError: '发生了意外错误，工作簿未被修改。请重试。',
  errorDetail: (detail: string) => `详细信息：${detail}`,

  // Templates
  templatesHeading: '插入模板',
  whereLabel: '插入位置',
  whereNewSheet: '新工作表',
  whereSelection: '当前选区',
  insert: '插入',
  insertLabel: (name: string) => `插入“${name}”`,
  insertOk: (name: string, ref: string) => `已在 ${ref} 插入“${name}”。`,
  insertRefusedTitle: '未插入模板',
  blockingCell: (ref: string) => `冲突的单元格：${ref}`,
  templateHint: {
    'project-seed': '预算编制常用格式：表头、资金支出计划、绩效目标和指标表（含指标描述与确定依据）。',
    'project-88': '按财预〔2015〕88号：中期与年度两列指标值，成本指标在产出指标之下。',
    department: '部门（单位）整体支出：年度主要任务与整体绩效指标。',
    'project-101': '按财预〔2021〕101号：成本指标作为一级指标单列。',
  } satisfies Record<TemplateId, string>,

  // Settings
  settingsHeading: '检查设置',
  settingsNote: '设置保存在本工作簿中，只影响本工作簿。',
  profileHint: '成本指标为一级指标的表按 101 号文，其余按 88 号文。',
  profileLabel: '指标框架',
  profile: {
    auto: '按表自动识别',
    '88': '财预〔2015〕88号',
    '101': '财预〔2021〕101号',
  },
  satisfactionMinLabel: '满意度目标下限（%）',
  satisfactionMinHint: '满意度指标值低于此值时报告问题。',
  rulesHeading: '规则',
  rulesHint: '关闭的规则不再报告问题。',
  settingsSaveFailed: '设置未能保存到工作簿。',

  // Gateway refusals and failures, by id
  refusal: {
    'target-not-empty': '选区中已有内容，模板不会覆盖它。请选择一块空白区域，或插入到新工作表。',
    'target-merged': '选区与合并单元格重叠。请选择其他位置，或插入到新工作表。',
    'target-has-validation': '选区中有下拉列表（数据验证）。请选择其他位置，或插入到新工作表。',
    'target-out-of-bounds': '模板会超出工作表的边界。请选择更靠上或靠左的位置，或插入到新工作表。',
    stale: '该单元格在检查之后已被修改，没有改动它。已重新检查。',
    formula: '该单元格包含公式，不会自动修改。请手动修改。',
    'sheet-missing': '该工作表已被删除或重命名。请重新检查。',
    'excel-error': 'Excel 拒绝了这个操作，工作簿未被修改。',
  } satisfies Record<RefusalId, string>,
};

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of one locale's strings (every key of the zh-CN table). */
export type Strings = Widen<typeof zhCN>;

const enUS: Strings = {
  appTitle: 'Performance Target Assistant',
  tabCheck: 'Check',
  tabTemplates: 'Templates',
  tabSettings: 'Settings',
  tabsLabel: 'Sections',

  toolbarLabel: 'Check actions',
  checkSheet: 'Check this sheet',
  checkAll: 'Check all sheets',
  clearMarks: 'Clear marks',
  liveCheck: 'Live check',
  liveCheckHint: 'Re-check automatically after cell edits',

  progressLabel: 'Check progress',
  progressReadingSheet: 'Reading this sheet…',
  progressReadingAll: 'Reading all sheets…',
  progressChecking: (sheets) => `Checking ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}…`,
  progressMarking: 'Marking the cells with problems…',
  working: 'Working…',

  notCheckedYet: 'Choose "Check this sheet" or "Check all sheets" to start.',
  summary: (tables, findings) =>
    `${tables} performance-target ${tables === 1 ? 'table' : 'tables'}, ${findings} ${findings === 1 ? 'problem' : 'problems'}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityCount: (label, n) => `${label} ${n}`,
  severityFilterLabel: 'Filter by severity',
  findingsLabel: 'Findings',
  tableUntitled: '(untitled table)',
  outsideTables: 'Outside any table',
  ruleLabel: 'Rule',
  fix: 'Fix',
  fixLabel: (cell, value) => `Fix ${cell}: change to "${value}"`,
  suggestionLabel: (cell, message) => `Suggestion for ${cell}: ${message}`,
  selectLabel: (cell, message) => `Go to ${cell}: ${message}`,
  showMore: (n) => `Show ${n} more`,
  noFindings: 'No problems found.',
  noFindingsInFilter: 'No problems match the current filter.',
  fixApplied: (cell) => `Fixed ${cell} and checked again.`,
  suggestionApplied: (cell) => `Changed ${cell} and checked again.`,
  marksCleared: 'The marks this add-in made have been removed.',
  dismiss: 'Dismiss',

  noTableTitle: 'No performance-target table found',
  noTableSheet: 'No performance-target table was found on this sheet. Insert a template, then fill it in.',
  noTableAll: 'No performance-target table was found on any sheet. Insert a template, then fill it in.',
  insertTemplate: 'Insert a template',
  unsupportedTitle: 'Unsupported Excel version',
  unsupportedBody:
    'This add-in needs ExcelApi 1.13 or later (Microsoft 365, Excel 2021 or later, or Excel on the web). Please update Excel and open it again.',
  errorTitle: 'Not completed',
  unexpectedError: 'Something unexpected went wrong; the workbook was not changed. Please try again.',
  errorDetail: (detail) => `Details: ${detail}`,

  templatesHeading: 'Insert a template',
  whereLabel: 'Insert into',
  whereNewSheet: 'A new sheet',
  whereSelection: 'The current selection',
  insert: 'Insert',
  insertLabel: (name) => `Insert "${name}"`,
  insertOk: (name, ref) => `Inserted "${name}" at ${ref}.`,
  insertRefusedTitle: 'Template not inserted',
  blockingCell: (ref) => `Blocking cell: ${ref}`,
  templateHint: {
    'project-seed':
      'The common budgeting layout: header, spending plan, goals and the indicator grid with descriptions and bases.',
    'project-88':
      'Per MoF [2015] No. 88: mid-term and annual values; cost indicators sit under output indicators.',
    department: 'Whole-department spending: the year\u2019s main tasks and overall indicators.',
    'project-101': 'Per MoF [2021] No. 101: cost indicators form their own first-level group.',
  },

  settingsHeading: 'Check settings',
  settingsNote: 'Settings are saved in this workbook and apply only to it.',
  profileHint: 'Tables with cost as a first-level indicator follow No. 101, the others No. 88.',
  profileLabel: 'Indicator framework',
  profile: {
    auto: 'Detect per table',
    '88': 'MoF [2015] No. 88',
    '101': 'MoF [2021] No. 101',
  },
  satisfactionMinLabel: 'Minimum satisfaction target (%)',
  satisfactionMinHint: 'Satisfaction targets below this value are reported.',
  rulesHeading: 'Rules',
  rulesHint: 'Rules switched off report nothing.',
  settingsSaveFailed: 'The settings could not be saved in the workbook.',

  refusal: {
    'target-not-empty':
      'The selection already holds content, and a template never overwrites it. Select an empty area, or insert into a new sheet.',
    'target-merged': 'The selection overlaps merged cells. Choose another place, or insert into a new sheet.',
    'target-has-validation':
      'The selection has a dropdown list (data validation). Choose another place, or insert into a new sheet.',
    'target-out-of-bounds':
      'The template would run past the edge of the sheet. Choose a place further up or left, or insert into a new sheet.',
    stale: 'The cell was changed after the check, so it was left alone. Checked again.',
    formula: 'The cell holds a formula and is never changed automatically. Please edit it by hand.',
    'sheet-missing': 'The sheet was deleted or renamed. Please check again.',
    'excel-error': 'Excel refused the operation; the workbook was not changed.',
  },
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function getStrings(locale: Locale): Strings {
  return STRINGS[locale] ?? STRINGS['zh-CN'];
}

/** Office's display language ("en-US", "en-GB", "zh-CN", …) → the UI locale: English → en-US, else zh-CN. */
export function pickLocale(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === 'string' && /^en\b/i.test(displayLanguage.trim()) ? 'en-US' : 'zh-CN';
}
