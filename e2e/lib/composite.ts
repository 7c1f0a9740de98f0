/**
 * The 1280×800 pictures: the fake workbook's active sheet, drawn by the test as a plain grid (its
 * cells, merges, fills, our marks and the selection), with the real task pane's 350 px screenshot on
 * the right where Excel docks it. The sheet is a drawing of the test's in-memory workbook, not Excel;
 * the pane is the production bundle as Chromium rendered it.
 */
import type { Browser } from 'playwright-core';
import type { CellRect } from '../../src/core/model/address';
import type { SheetView } from '../fake-office-host';

const W = 1280;
const H = 800;
const PANE_W = 350;
const GRID_W = W - PANE_W;
const TOP = 64; // title bar + formula bar
const TABS = 28;
const HEAD_H = 20;
const ROWNUM_W = 36;
const PX_PER_PT = 4 / 3;
const DEFAULT_COL_PT = 48;
const DEFAULT_ROW_PT = 15;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function colName(c: number): string {
  let s = '';
  for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function inRect(r: number, c: number, x: CellRect): boolean {
  return r >= x.top && r <= x.bottom && c >= x.left && c <= x.right;
}

/** The HTML of the picture. `pane` is the pane's PNG, base64. */
export function compositeHtml(view: SheetView, pane: string, caption: string): string {
  const widths = new Map(view.columnWidths);
  const heights = new Map(view.rowHeights);
  const colPx = (c: number) => Math.round((widths.get(c) ?? DEFAULT_COL_PT) * PX_PER_PT);
  const rowPx = (r: number) => Math.round((heights.get(r) ?? DEFAULT_ROW_PT) * PX_PER_PT);

  // The window: from the top, or from a few rows above the selection when it would not show.
  let fit = 0;
  for (let y = TOP + HEAD_H; y < H - TABS - 2 * HEAD_H; fit++) y += rowPx(fit);
  const firstRow = view.selection && view.selection.top >= fit ? Math.max(0, view.selection.top - 6) : 0;
  const cols: number[] = [];
  for (let c = 0, x = ROWNUM_W; x < GRID_W && c < 60; c++) {
    cols.push(c);
    x += colPx(c);
  }
  const rows: number[] = [];
  for (let r = firstRow, y = TOP + HEAD_H; y < H - TABS && r < firstRow + 200; r++) {
    rows.push(r);
    y += rowPx(r);
  }
  const lastRow = rows[rows.length - 1];
  const lastCol = cols[cols.length - 1];

  const cells = new Map(view.cells.map((c) => [`${c.row},${c.col}`, c]));
  const mark = (r: number, c: number) => view.marks.find((m) => inRect(r, c, m.rect));
  const mergeAt = (r: number, c: number) => view.merges.find((m) => inRect(r, c, m));

  let body = '';
  for (const r of rows) {
    body += `<tr style="height:${rowPx(r)}px"><th class="rn">${r + 1}</th>`;
    for (const c of cols) {
      const m = mergeAt(r, c);
      if (m && !(m.top === r || (r === firstRow && m.top < firstRow))) continue;
      if (m && m.left !== c) continue;
      const top = m ? Math.max(m.top, firstRow) : r;
      const rowspan = m ? Math.min(m.bottom, lastRow) - top + 1 : 1;
      const colspan = m ? Math.min(m.right, lastCol) - c + 1 : 1;
      const anchor = m ? cells.get(`${m.top},${m.left}`) : cells.get(`${r},${c}`);
      const mk = mark(m ? m.top : r, c);
      const styles: string[] = [];
      const fill = mk?.fill ?? anchor?.fill;
      if (fill) styles.push(`background:${fill}`);
      if (mk?.font) styles.push(`color:${mk.font}`);
      if (anchor?.bold) styles.push('font-weight:700');
      if (anchor && anchor.size !== 11) styles.push(`font-size:${Math.round(anchor.size * PX_PER_PT)}px`);
      const h = anchor?.horizontal;
      if (h === 'Center' || h === 'CenterAcrossSelection') styles.push('text-align:center');
      else if (h === 'Right' || ((!h || h === 'General') && anchor && /^[\d.,%\s-]+$/.test(anchor.text)))
        styles.push('text-align:right');
      if (anchor?.wrap) styles.push('white-space:pre-wrap');
      if (anchor && anchor.borders.length) styles.push('border-color:#555');
      const sel = view.selection && inRect(m ? m.top : r, c, view.selection) ? ' sel' : '';
      body += `<td class="c${sel}"${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}${colspan > 1 ? ` colspan="${colspan}"` : ''} style="${styles.join(';')}">${esc(anchor?.text ?? '')}</td>`;
    }
    body += '</tr>';
  }

  const selRef = view.selection
    ? `${colName(view.selection.left)}${view.selection.top + 1}${
        view.selection.bottom !== view.selection.top || view.selection.right !== view.selection.left
          ? `:${colName(view.selection.right)}${view.selection.bottom + 1}`
          : ''
      }`
    : '';
  const selText = view.selection
    ? (cells.get(`${view.selection.top},${view.selection.left}`)?.text ?? '')
    : '';
  const colgroup = `<col style="width:${ROWNUM_W}px">${cols.map((c) => `<col style="width:${colPx(c)}px">`).join('')}`;
  const heads = `<tr style="height:${HEAD_H}px"><th class="corner"></th>${cols.map((c) => `<th class="ch">${colName(c)}</th>`).join('')}</tr>`;
  const tabs = view.sheets
    .map((s) => `<span class="tab${s === view.name ? ' on' : ''}">${esc(s)}</span>`)
    .join('');

  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; }
  body { margin: 0; width: ${W}px; height: ${H}px; overflow: hidden; font: 13px "Noto Sans CJK SC", "Noto Sans", sans-serif; background: #fff; }
  .bar { position: absolute; left: 0; top: 0; width: ${GRID_W}px; height: 36px; background: #217346; color: #fff; padding: 8px 12px; font-size: 14px; white-space: nowrap; overflow: hidden; }
  .fx { position: absolute; left: 0; top: 36px; width: ${GRID_W}px; height: 28px; border-bottom: 1px solid #c8c8c8; display: flex; align-items: center; gap: 8px; padding: 0 8px; background: #fafafa; }
  .nb { width: 90px; border: 1px solid #c8c8c8; background: #fff; padding: 2px 6px; font-family: monospace; }
  .fv { flex: 1; border: 1px solid #c8c8c8; background: #fff; padding: 2px 6px; white-space: nowrap; overflow: hidden; }
  .grid { position: absolute; left: 0; top: ${TOP}px; width: ${GRID_W}px; height: ${H - TOP - TABS}px; overflow: hidden; }
  table { border-collapse: collapse; table-layout: fixed; }
  th { background: #f3f3f3; color: #444; font-weight: 400; font-size: 11px; border: 1px solid #d4d4d4; }
  td.c { border: 1px solid #e1e1e1; padding: 1px 3px; overflow: hidden; white-space: nowrap; vertical-align: middle; font-size: 12px; line-height: 1.25; }
  td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
  .tabs { position: absolute; left: 0; bottom: 0; width: ${GRID_W}px; height: ${TABS}px; background: #f3f3f3; border-top: 1px solid #c8c8c8; display: flex; align-items: stretch; padding-left: 36px; font-size: 12px; overflow: hidden; }
  .tab { padding: 5px 12px; color: #444; white-space: nowrap; }
  .tab.on { background: #fff; color: #107c41; font-weight: 700; border-bottom: 2px solid #107c41; }
  .pane { position: absolute; right: 0; top: 0; width: ${PANE_W}px; height: ${H}px; border-left: 1px solid #c8c8c8; }
  .note { position: absolute; right: ${PANE_W + 10}px; bottom: ${TABS + 6}px; font-size: 11px; color: #777; background: rgba(255,255,255,.85); padding: 1px 4px; }
  </style></head><body>
  <div class="bar">${esc(caption)}</div>
  <div class="fx"><span class="nb">${esc(selRef)}</span><span class="fv">${esc(selText)}</span></div>
  <div class="grid"><table>${colgroup}${heads}${body}</table></div>
  <div class="tabs">${tabs}</div>
  <img class="pane" alt="" src="data:image/png;base64,${pane}">
  <div class="note">左侧工作表由测试按模拟工作簿绘制，并非 Excel 截图 · sheet drawn by the test, not Excel</div>
  </body></html>`;
}

/** Renders the picture in its own page (no network: everything is inline). */
export async function renderComposite(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
  try {
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}
