/**
 * The CLI's own messages (file errors, notes, summaries, help), in zh-CN and en.
 * Findings come from the core, already in the requested locale.
 */

export type CliLang = 'zh-CN' | 'en';

/** Why a file could not be read. The ids are stable; the texts are one line each. */
export type ReadErrorId =
  | 'not-found'
  | 'no-xlsx-in-folder'
  | 'empty-file'
  | 'not-xlsx'
  | 'xls-old-format'
  | 'encrypted'
  | 'corrupt'
  | 'too-large'
  | 'unreadable';

export type Data = Readonly<Record<string, string | number>>;

type Catalog = Readonly<Record<string, (d: Data) => string>>;

const fmtN = (n: string | number, lang: CliLang) =>
  typeof n === 'number' ? n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN') : n;

const ZH: Catalog = {
  'not-found': () => '找不到此文件或文件夹',
  'no-xlsx-in-folder': (d) =>
    String(d.xls) !== '0'
      ? `文件夹中没有 .xlsx 工作簿（有 ${d.xls} 个旧版 .xls 文件：请在 Excel 或 WPS 表格中打开，另存为 .xlsx 后再检查）`
      : '文件夹中没有 .xlsx 工作簿',
  'empty-file': () => '文件是空的（0 字节），不是工作簿；请重新导出或重新下载',
  'not-xlsx': (d) =>
    `不是 .xlsx 工作簿${d.what ? `（${d.what}）` : ''}；请在 Excel 或 WPS 表格中打开，另存为“Excel 工作簿 (*.xlsx)”后再检查`,
  'xls-old-format': () =>
    '这是旧版 .xls 工作簿，无法直接读取；请在 Excel 或 WPS 表格中打开，另存为“Excel 工作簿 (*.xlsx)”后再检查',
  encrypted: () =>
    '工作簿设有打开密码，无法读取；请在 Excel 中打开，去掉密码（文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码）后另存一份再检查',
  corrupt: (d) => `文件已损坏或不完整，无法读取${d.detail ? `（${d.detail}）` : ''}；请重新导出或重新下载`,
  'too-large': (d) =>
    `工作表“${d.sheet}”约有 ${d.cells} 个单元格，超过上限 ${d.limit}，未检查；绩效目标表不会这么大，请把表格复制到单独的工作簿，或用 --max-cells 调高上限`,
  unreadable: (d) => `无法读取此文件${d.detail ? `（${d.detail}）` : ''}`,

  'what.zip': () => '是 zip 压缩包，但其中没有工作簿',
  'what.docx': () => '是 Word 文档',
  'what.pptx': () => '是 PowerPoint 演示文稿',
  'what.ods': () => '是 OpenDocument 表格 .ods',
  'what.xml2003': () => '是 Excel 2003 XML 表格',
  'what.html': () => '是网页（HTML）文件',
  'what.text': () => '是文本文件（如 CSV）',
  'what.pdf': () => '是 PDF 文件',
  'what.cfb': () => '是旧版 Office 文档（非 Excel）',
  'what.unknown': () => '不是 zip 格式',
  'detail.eacces': () => '没有读取权限',
  'detail.eisdir': () => '这是一个文件夹',

  'note.hidden-sheets': (d) => `隐藏的工作表：${d.sheets}（已一并检查）`,
  'note.formula-no-result': (d) =>
    `${d.cells} 中的公式没有保存计算结果，按空白单元格检查；请在 Excel 中打开、重新计算并保存后再检查`,
  'note.sheet-skipped': (d) =>
    `工作表“${d.sheet}”的文件结构无法读取，未检查；请在 Excel 中打开并另存为 .xlsx 后再检查`,
  'note.no-table': () =>
    '未找到绩效目标表（按“一级指标 / 二级指标 / 三级指标 / 指标值”等表头识别）。可用 `jixiao template project-seed --out 绩效目标表.xlsx` 生成空白模板，在加载项中也可用“插入模板”',
  'note.lost-parts': (d) =>
    `注意：exceljs 无法保留原文件中的 ${d.parts}，批注副本中不含这些内容（原文件未改动）`,

  'text.table': (d) =>
    d.layout === 'unreadable'
      ? `表 ${d.range}（${d.sheet}）：未能读取的指标表`
      : `表 ${d.range}（${d.sheet}）${d.title ? `：${d.title}` : ''}  [${d.layout}，口径 ${d.profile}]`,
  'text.outside': () => '表格之外',
  'text.no-findings': () => '未发现问题',
  'text.summary': (d) =>
    `共 ${d.files} 个文件，${d.tables} 张表：${d.errors} 个错误，${d.warnings} 个警告，${d.infos} 条提示${String(d.failed) !== '0' ? `；${d.failed} 个文件无法读取` : ''}`,
  'sev.error': () => '错误',
  'sev.warning': () => '警告',
  'sev.info': () => '提示',

  'usage.unknown-command': (d) =>
    `未知命令：${d.command}。可用命令：check、template、annotate（jixiao --help 查看用法）`,
  'usage.no-command': () => '缺少命令。用法：jixiao check <文件.xlsx | 文件夹> …（jixiao --help 查看用法）',
  'usage.unknown-option': (d) => `未知选项：${d.option}（jixiao --help 查看用法）`,
  'usage.missing-value': (d) => `选项 ${d.option} 缺少取值`,
  'usage.bad-value': (d) => `选项 ${d.option} 的取值无效：${d.value}（可用：${d.allowed}）`,
  'usage.no-paths': () => '缺少要检查的文件或文件夹。用法：jixiao check <文件.xlsx | 文件夹> …',
  'usage.check-out': (d) =>
    `check 不写文件（--out ${d.out}）：结果输出到屏幕，可用 > 保存；要得到标注副本，请用 jixiao annotate <输入.xlsx> --out <输出.xlsx>`,
  'usage.no-stdin': () => 'check 不从标准输入读取（-）：请给出 .xlsx 文件或文件夹的路径',
  'usage.no-template-id': (d) => `缺少模板编号。可用模板：${d.ids}`,
  'usage.unknown-template': (d) => `未知模板：${d.id}。可用模板：${d.ids}`,
  'usage.no-out': () => '缺少 --out <输出文件.xlsx>',
  'usage.out-not-xlsx': (d) => `输出文件必须以 .xlsx 结尾：${d.out}`,
  'usage.out-exists': (d) => `输出文件已存在：${d.out}；如要覆盖，请加 --force`,
  'usage.out-is-input': () => '输出文件不能与输入文件相同：批注副本不会覆盖原文件',
  'usage.annotate-one': () => 'annotate 只接受一个输入文件：jixiao annotate <输入.xlsx> --out <输出.xlsx>',
  'usage.config': (d) => `配置文件无法使用：${d.file}（${d.detail}）`,
  'usage.write-failed': (d) => `无法写入 ${d.out}（${d.detail}）`,
  'usage.core-missing': () => '检查引擎尚未就绪（src/core/index.ts 缺失），请先 npm run build',

  'done.template': (d) => `已写入模板“${d.name}”：${d.out}`,
  'done.annotate': (d) =>
    `已写入批注副本：${d.out}（标出 ${d.count} 处问题：${d.errors} 个错误，${d.warnings} 个警告，${d.infos} 条提示）`,
};

const EN: Catalog = {
  'not-found': () => 'no such file or folder',
  'no-xlsx-in-folder': (d) =>
    String(d.xls) !== '0'
      ? `the folder holds no .xlsx workbook (it has ${d.xls} old .xls file(s): open them in Excel or WPS and save as .xlsx, then check again)`
      : 'the folder holds no .xlsx workbook',
  'empty-file': () => 'the file is empty (0 bytes), not a workbook; export or download it again',
  'not-xlsx': (d) =>
    `not an .xlsx workbook${d.what ? ` (${d.what})` : ''}; open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)", then check again`,
  'xls-old-format': () =>
    'this is an old .xls workbook, which cannot be read directly; open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)", then check again',
  encrypted: () =>
    'the workbook is password-protected and cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save a copy and check that',
  corrupt: (d) =>
    `the file is damaged or incomplete and cannot be read${d.detail ? ` (${d.detail})` : ''}; export or download it again`,
  'too-large': (d) =>
    `sheet "${d.sheet}" has about ${d.cells} cells, over the limit of ${d.limit}, so the file was not checked; a target table is never that large: copy the table into its own workbook, or raise the limit with --max-cells`,
  unreadable: (d) => `the file cannot be read${d.detail ? ` (${d.detail})` : ''}`,

  'what.zip': () => 'a zip archive without a workbook in it',
  'what.docx': () => 'a Word document',
  'what.pptx': () => 'a PowerPoint presentation',
  'what.ods': () => 'an OpenDocument spreadsheet .ods',
  'what.xml2003': () => 'an Excel 2003 XML spreadsheet',
  'what.html': () => 'a web page (HTML)',
  'what.text': () => 'a text file such as CSV',
  'what.pdf': () => 'a PDF file',
  'what.cfb': () => 'an old Office document that is not a workbook',
  'what.unknown': () => 'not a zip file',
  'detail.eacces': () => 'permission denied',
  'detail.eisdir': () => 'it is a folder',

  'note.hidden-sheets': (d) => `hidden sheets: ${d.sheets} (checked as well)`,
  'note.formula-no-result': (d) =>
    `the formulas in ${d.cells} have no saved result and were checked as empty cells; open the file in Excel, recalculate and save, then check again`,
  'note.sheet-skipped': (d) =>
    `sheet "${d.sheet}" is stored in a way that cannot be read and was not checked; open the file in Excel, save it as .xlsx and check again`,
  'note.no-table': () =>
    'no performance-target table found (tables are recognised by headers such as 一级指标 / 二级指标 / 三级指标 / 指标值). Write a blank one with `jixiao template project-seed --out table.xlsx`, or use "Insert template" in the add-in',
  'note.lost-parts': (d) =>
    `note: exceljs cannot keep the ${d.parts} of the original; the annotated copy lacks them (the original is untouched)`,

  'text.table': (d) =>
    d.layout === 'unreadable'
      ? `table ${d.range} (${d.sheet}): an indicator table that could not be read`
      : `table ${d.range} (${d.sheet})${d.title ? `: ${d.title}` : ''}  [${d.layout}, profile ${d.profile}]`,
  'text.outside': () => 'outside any table',
  'text.no-findings': () => 'no findings',
  'text.summary': (d) =>
    `${d.files} file(s), ${d.tables} table(s): ${d.errors} error(s), ${d.warnings} warning(s), ${d.infos} info(s)${String(d.failed) !== '0' ? `; ${d.failed} file(s) could not be read` : ''}`,
  'sev.error': () => 'error',
  'sev.warning': () => 'warning',
  'sev.info': () => 'info',

  'usage.unknown-command': (d) =>
    `unknown command: ${d.command}. Commands: check, template, annotate (see jixiao --help)`,
  'usage.no-command': () => 'missing command. Usage: jixiao check <file.xlsx | folder> … (see jixiao --help)',
  'usage.unknown-option': (d) => `unknown option: ${d.option} (see jixiao --help)`,
  'usage.missing-value': (d) => `option ${d.option} needs a value`,
  'usage.bad-value': (d) => `invalid value for ${d.option}: ${d.value} (allowed: ${d.allowed})`,
  'usage.no-paths': () => 'nothing to check. Usage: jixiao check <file.xlsx | folder> …',
  'usage.check-out': (d) =>
    `check writes no file (--out ${d.out}): findings go to standard output, save them with >; for an annotated copy use jixiao annotate <in.xlsx> --out <out.xlsx>`,
  'usage.no-stdin': () =>
    'check does not read standard input (-): give the path of an .xlsx file or a folder',
  'usage.no-template-id': (d) => `missing template id. Templates: ${d.ids}`,
  'usage.unknown-template': (d) => `unknown template: ${d.id}. Templates: ${d.ids}`,
  'usage.no-out': () => 'missing --out <file.xlsx>',
  'usage.out-not-xlsx': (d) => `the output file must end in .xlsx: ${d.out}`,
  'usage.out-exists': (d) => `the output file exists: ${d.out}; add --force to overwrite it`,
  'usage.out-is-input': () =>
    'the output file cannot be the input file: the annotated copy never overwrites the original',
  'usage.annotate-one': () => 'annotate takes one input file: jixiao annotate <in.xlsx> --out <out.xlsx>',
  'usage.config': (d) => `cannot use the config file ${d.file} (${d.detail})`,
  'usage.write-failed': (d) => `cannot write ${d.out} (${d.detail})`,
  'usage.core-missing': () => 'the checking engine is missing (src/core/index.ts); run npm run build first',

  'done.template': (d) => `wrote template "${d.name}": ${d.out}`,
  'done.annotate': (d) =>
    `wrote the annotated copy: ${d.out} (${d.count} finding(s) marked: ${d.errors} error(s), ${d.warnings} warning(s), ${d.infos} info(s))`,
};

export function msg(lang: CliLang, id: string, data: Data = {}): string {
  const cat = lang === 'en' ? EN : ZH;
  const f = cat[id] ?? ZH[id];
  if (!f) return id;
  const d: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) {
    // nested message ids ("what.docx", "detail.eacces") are translated too
    d[k] = typeof v === 'number' ? fmtN(v, lang) : /^(what|detail)\./.test(v) && cat[v] ? cat[v]({}) : v;
  }
  return f(d);
}

export function hasMessage(id: string): boolean {
  return id in ZH && id in EN;
}

export const HELP: Record<CliLang, string> = {
  'zh-CN': `jixiao：绩效目标表检查工具

用法：
  jixiao check [选项] <文件.xlsx | 文件夹> …   检查每个工作簿的每张工作表中的每张绩效目标表
  jixiao template <模板编号> --out <文件.xlsx> [--force]
                                               把模板写成新的工作簿
  jixiao annotate <输入.xlsx> --out <输出.xlsx> [--force]
                                               写一份副本：问题单元格按严重程度填色并附批注

选项：
  --format text|json    输出格式（默认 text）
  --lang zh-CN|en       消息语言（默认 zh-CN）
  --profile 88|101      强制使用指标体系口径（默认按表格内容判断）
  --config <文件.json>  规则严重程度与阈值
  --max-cells <数>      每张工作表的单元格上限（默认 300000）
  --jobs <数>           同时检查的线程数（默认 1；多核空闲时可加快大批文件）
  --force               允许覆盖已存在的输出文件
  -h, --help            显示帮助
  -v, --version         显示版本

模板：project-seed、project-88、department、project-101

退出状态：0 无错误；1 至少一个错误；2 用法错误或有文件无法读取。`,
  en: `jixiao: checks budget performance-target tables (绩效目标表)

Usage:
  jixiao check [options] <file.xlsx | folder> …   check every table of every sheet of every workbook
  jixiao template <template-id> --out <file.xlsx> [--force]
                                                  write a template as a new workbook
  jixiao annotate <in.xlsx> --out <out.xlsx> [--force]
                                                  write a copy with each finding filled by severity and noted

Options:
  --format text|json    output format (default text)
  --lang zh-CN|en       message language (default zh-CN)
  --profile 88|101      force the indicator profile (default: read from the table)
  --config <file.json>  rule severities and thresholds
  --max-cells <n>       cell limit per sheet (default 300000)
  --jobs <n>            threads checking files at once (default 1; helps large batches on idle cores)
  --force               allow overwriting an existing output file
  -h, --help            show this help
  -v, --version         show the version

Templates: project-seed, project-88, department, project-101

Exit status: 0 no error; 1 at least one error; 2 usage error or a file that could not be read.`,
};
