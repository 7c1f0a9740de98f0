/**
 * exceljs, loaded once, with one correction: the built-in number formats 27–36 and 50–58 are
 * locale-dependent in Excel and exceljs gives them no format code, so a zh-CN date such as
 * "2022年12月31日" stored with id 31 would be read as a bare serial number and written back as
 * General. We give them their zh-CN codes (the locale of these tables). Writing is unaffected for
 * every other format.
 */
import ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaults = require('exceljs/lib/xlsx/defaultnumformats') as Record<
  string,
  { f?: string; 'zh-cn'?: string }
>;

let patched = false;

export function setupExcelJS(): typeof ExcelJS {
  if (!patched) {
    patched = true;
    for (const [id, entry] of Object.entries(defaults)) {
      const n = Number(id);
      if (!entry.f && entry['zh-cn'] && ((n >= 27 && n <= 36) || (n >= 50 && n <= 58)))
        entry.f = entry['zh-cn'];
    }
  }
  return ExcelJS;
}
