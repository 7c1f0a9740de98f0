/**
 * Internal helpers that assemble a TemplateSpec from a few declarative calls.
 * Only the template modules use this; the public surface is the specs themselves.
 */
import type { CellAddress, CellRect } from '../model/address';
import type { Locale } from '../diagnostics/diagnostic';
import type {
  TemplateCell,
  TemplateCellStyle,
  TemplateGridBlock,
  TemplateGridLayout,
  TemplateId,
  TemplateSpec,
  TemplateValidation,
} from './types';
import { BASIS_OPTIONS, PROFILES, level1Names, level2Names, type ProfileId } from './vocab';

export const FONT_NAME = '宋体';
export const HEADER_FILL = '#D9E1F2';

export const STYLE = {
  title: { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' },
  subtitle: { horizontal: 'center', vertical: 'middle' },
  /** A line above the table such as 单位编码及名称： or 单位：万元. */
  note: { horizontal: 'left', vertical: 'middle' },
  noteRight: { horizontal: 'right', vertical: 'middle' },
  label: { horizontal: 'center', vertical: 'middle', wrap: true },
  header: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: HEADER_FILL },
  /** A short text input such as 项目名称 (text format so codes keep leading zeros). */
  input: { horizontal: 'left', vertical: 'middle', wrap: true, numberFormat: '@' },
  /** A long text input such as 绩效目标 or 资金用途. */
  textArea: { horizontal: 'left', vertical: 'top', wrap: true },
  amount: { horizontal: 'right', vertical: 'middle', numberFormat: '0.00' },
  percent: { horizontal: 'center', vertical: 'middle', numberFormat: '0%' },
  level: { horizontal: 'center', vertical: 'middle', wrap: true },
  gridText: { horizontal: 'left', vertical: 'middle', wrap: true },
  /** 指标值: text format so "=100%" or "≥80%" stay as typed (Excel would turn "=100%" into a formula). */
  gridValue: { horizontal: 'center', vertical: 'middle', wrap: true, numberFormat: '@' },
} as const satisfies Record<string, TemplateCellStyle>;

export class TemplateDraft {
  private readonly cellMap = new Map<string, TemplateCell>();
  readonly merges: CellRect[] = [];
  readonly fields: Record<string, CellAddress> = {};
  readonly rowHeights: Record<number, number> = {};
  readonly validations: TemplateValidation[] = [];
  grid: TemplateGridLayout | undefined;

  constructor(readonly cols: number) {}

  /** Sets one cell; a cell may be set once. */
  put(row: number, col: number, value: string | number | null, style?: TemplateCellStyle): this {
    const key = `${row}:${col}`;
    if (this.cellMap.has(key)) throw new Error(`template cell ${key} set twice`);
    if (col < 0 || col >= this.cols || row < 0) throw new Error(`template cell ${key} outside the columns`);
    this.cellMap.set(key, style ? { row, col, value, style } : { row, col, value });
    return this;
  }

  /** Sets a cell and merges it over the rectangle it anchors (no merge for a single cell). */
  putMerged(
    row: number,
    col: number,
    bottom: number,
    right: number,
    value: string | number | null,
    style?: TemplateCellStyle,
  ): this {
    this.put(row, col, value, style);
    if (bottom !== row || right !== col) this.merges.push({ top: row, left: col, bottom, right });
    return this;
  }

  /** Names an input cell. */
  field(id: string, row: number, col: number): this {
    if (this.fields[id]) throw new Error(`template field ${id} named twice`);
    this.fields[id] = { row, col };
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  get cells(): TemplateCell[] {
    return [...this.cellMap.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Highest row used by a cell or a merge, plus one. */
  get rows(): number {
    let n = 0;
    for (const c of this.cellMap.values()) n = Math.max(n, c.row + 1);
    for (const m of this.merges) n = Math.max(n, m.bottom + 1);
    return n;
  }
}

/** A header cell of the grid: its text, its column, and how far right it is merged. */
export interface GridHeaderCell {
  readonly col: number;
  readonly text: string;
  readonly right?: number;
}

export interface GridOptions {
  readonly profile: ProfileId;
  readonly headerRow: number;
  readonly header: readonly GridHeaderCell[];
  readonly columns: TemplateGridLayout['columns'];
}

/**
 * Writes the header row and one row per 二级 of the profile: 一级 merged over its block, 二级 filled,
 * every other grid cell empty (merged the same way as its header cell). Adds the dropdowns.
 */
export function addIndicatorGrid(d: TemplateDraft, opts: GridOptions): TemplateGridLayout {
  const { profile, headerRow, header, columns } = opts;
  for (const h of header) d.putMerged(headerRow, h.col, headerRow, h.right ?? h.col, h.text, STYLE.header);
  const inputCols = header.filter((h) => h.col !== columns.level1 && h.col !== columns.level2);
  const blocks: TemplateGridBlock[] = [];
  let row = headerRow + 1;
  const firstRow = row;
  for (const [level1, level2s] of Object.entries(PROFILES[profile])) {
    const top = row;
    const rows: { level2: string; row: number }[] = [];
    for (const level2 of level2s) {
      d.put(row, columns.level2, level2, STYLE.level);
      for (const h of inputCols) {
        const style =
          h.col === columns.value || h.col === columns.midValue ? STYLE.gridValue : STYLE.gridText;
        d.putMerged(row, h.col, row, h.right ?? h.col, null, style);
      }
      rows.push({ level2, row });
      row++;
    }
    const bottom = row - 1;
    d.putMerged(top, columns.level1, bottom, columns.level1, level1, STYLE.level);
    blocks.push({ level1, top, bottom, rows });
  }
  const lastRow = row - 1;
  const column = (c: number): CellRect => ({ top: firstRow, left: c, bottom: lastRow, right: c });
  d.validations.push({ rect: column(columns.level1), list: level1Names(profile), allowOther: false });
  d.validations.push({ rect: column(columns.level2), list: level2Names(profile), allowOther: false });
  if (columns.basis !== undefined) {
    d.validations.push({ rect: column(columns.basis), list: BASIS_OPTIONS, allowOther: true });
  }
  const grid: TemplateGridLayout = { headerRow, firstRow, lastRow, columns, blocks };
  d.grid = grid;
  return grid;
}

export interface SpecMeta {
  readonly id: TemplateId;
  readonly name: Readonly<Record<Locale, string>>;
  readonly profile: ProfileId;
  readonly columnWidths: readonly number[];
  readonly orientation: 'portrait' | 'landscape';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Turns a finished draft into a frozen TemplateSpec. */
export function finishSpec(d: TemplateDraft, meta: SpecMeta): TemplateSpec {
  if (meta.columnWidths.length !== d.cols) throw new Error(`${meta.id}: one width per column`);
  const spec: TemplateSpec = {
    id: meta.id,
    name: meta.name,
    profile: meta.profile,
    rows: d.rows,
    cols: d.cols,
    cells: d.cells,
    merges: [...d.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    columnWidths: [...meta.columnWidths],
    rowHeights: { ...d.rowHeights },
    // Borders over the whole template area; every cell is 宋体, vertically centred unless overridden.
    baseStyle: { fontName: FONT_NAME, fontSize: 11, vertical: 'middle', border: true },
    validations: [...d.validations],
    print: { paperSize: 'A4', orientation: meta.orientation, fitToWidth: 1 },
    fields: { ...d.fields },
    grid: d.grid,
  };
  return deepFreeze(spec);
}
