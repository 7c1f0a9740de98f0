/**
 * What writing a template means, as plain data (pure, tested without Excel): the 2-D values and
 * number formats, the per-cell styles that differ from the template's base style, merges, widths,
 * heights and dropdowns, all moved to sheet coordinates. office-gateway.ts queues it in one batch.
 */
import type { CellAddress, CellRect } from '../core/model/address';
import type { TemplateCellStyle, TemplateSpec } from '../core/templates/types';

export interface PlannedStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: 'Left' | 'Center' | 'Right';
  readonly vertical?: 'Top' | 'Center' | 'Bottom';
  readonly wrap?: boolean;
  readonly fill?: string;
  readonly border?: boolean;
}

export interface TemplatePlan {
  readonly area: CellRect;
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  readonly fontName: string;
  readonly baseStyle: PlannedStyle;
  /** Cells whose style differs from the base, with only the differing properties. */
  readonly cellStyles: readonly { readonly cell: CellAddress; readonly style: PlannedStyle }[];
  readonly merges: readonly CellRect[];
  /** Column widths in points, one per template column, for sheet column `area.left + i`. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by sheet row. */
  readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
  readonly validations: readonly {
    readonly rect: CellRect;
    readonly source: string;
    readonly allowOther: boolean;
  }[];
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function planned(s: TemplateCellStyle): PlannedStyle {
  const out: { -readonly [K in keyof PlannedStyle]: PlannedStyle[K] } = {};
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.fontSize !== undefined) out.fontSize = s.fontSize;
  if (s.horizontal !== undefined) out.horizontal = H[s.horizontal];
  if (s.vertical !== undefined) out.vertical = V[s.vertical];
  if (s.wrap !== undefined) out.wrap = s.wrap;
  if (s.fill !== undefined) out.fill = s.fill;
  if (s.border !== undefined) out.border = s.border;
  return out;
}

function diff(style: PlannedStyle, base: PlannedStyle): PlannedStyle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) {
    if (base[k as keyof PlannedStyle] !== v) out[k] = v;
  }
  return out as PlannedStyle;
}

/** Excel character units to points (7-pixel digit width + 5 pixels padding, 96 dpi). */
export function charsToPoints(chars: number): number {
  const px = Math.round(chars * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

/** Excel's limit for a comma-separated list source of a dropdown. */
export const MAX_LIST_SOURCE = 255;

export function planTemplate(spec: TemplateSpec, origin: CellAddress): TemplatePlan {
  const area: CellRect = {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + spec.rows - 1,
    right: origin.col + spec.cols - 1,
  };
  const baseFormat = spec.baseStyle.numberFormat ?? 'General';
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < spec.rows; r++) {
    values.push(new Array<string | number>(spec.cols).fill(''));
    numberFormats.push(new Array<string>(spec.cols).fill(baseFormat));
  }
  const baseStyle = planned(spec.baseStyle);
  const cellStyles: { cell: CellAddress; style: PlannedStyle }[] = [];
  for (const c of spec.cells) {
    if (c.row < 0 || c.row >= spec.rows || c.col < 0 || c.col >= spec.cols) {
      throw new Error(`template ${spec.id}: cell ${c.row}:${c.col} outside ${spec.rows}x${spec.cols}`);
    }
    if (c.value !== null) values[c.row][c.col] = c.value;
    if (c.style?.numberFormat) numberFormats[c.row][c.col] = c.style.numberFormat;
    if (c.style) {
      const d = diff(planned(c.style), baseStyle);
      if (Object.keys(d).length)
        cellStyles.push({ cell: { row: origin.row + c.row, col: origin.col + c.col }, style: d });
    }
  }
  const move = (r: CellRect): CellRect => ({
    top: r.top + origin.row,
    left: r.left + origin.col,
    bottom: r.bottom + origin.row,
    right: r.right + origin.col,
  });
  const validations = spec.validations.map((v) => {
    const source = v.list.join(',');
    if (source.length > MAX_LIST_SOURCE)
      throw new Error(`template ${spec.id}: dropdown list longer than ${MAX_LIST_SOURCE} characters`);
    return { rect: move(v.rect), source, allowOther: v.allowOther };
  });
  const rowHeights = Object.entries(spec.rowHeights ?? {})
    .map(([row, points]) => ({ row: origin.row + Number(row), points }))
    .sort((a, b) => a.row - b.row);
  return {
    area,
    values,
    numberFormats,
    fontName: spec.baseStyle.fontName,
    baseStyle,
    cellStyles,
    merges: spec.merges.map(move),
    columnWidths: spec.columnWidths.map(charsToPoints),
    rowHeights,
    validations,
  };
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** A valid, unused sheet name based on `wanted` (Excel: ≤ 31 chars, no []:*?/\, unique ignoring case). */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  let base = wanted
    .replace(FORBIDDEN_IN_SHEET_NAME, '')
    .trim()
    .replace(/^'+|'+$/g, '');
  if (!base) base = 'Sheet';
  base = [...base].slice(0, 31).join('');
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name =
      [...base]
        .slice(0, 31 - suffix.length)
        .join('')
        .trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
