/**
 * The reader: finds every 绩效目标表 in a sheet's grid and turns it into a TargetTable that remembers
 * the cell of every field. Tables are anchored at their grid header row (一级指标 | 二级指标 | …); the
 * header block above it (项目名称, 预算数 …) and the title are collected upwards. It never throws: a
 * malformed table is data (missing columns, missing fields) that the structure rules report.
 */
import type { CellAddress, CellRect } from '../model/address';
import type { Grid } from '../model/grid';
import { labelKey } from '../text/normalize';
import { canonicalLevel } from '../model/levels';
import { operatorOf, parseValue } from '../schema/value';
import { columnCue, headerCue, labelCore, type ColumnKind } from './cues';
import { level1Names, level2Names, type ProfileId } from '../templates/vocab';
import type {
  GridColumn,
  HeaderField,
  HeaderKey,
  IndicatorRow,
  LevelField,
  TableLayout,
  TargetTable,
  TextField,
} from '../model/table';
import {
  BLOCK_LABELS,
  GRID_COLUMN_LABELS,
  HEADER_LABELS,
  PLAN_LABELS,
  bareLabel,
  isGridFooterKey,
  VALUE_SUBHEADERS,
  isTitleText,
} from './labels';

export interface ReadOptions {
  /** Force a profile; by default each table's profile is detected (成本指标 as 一级 → 101). */
  readonly profile?: ProfileId | 'auto';
}

/** Largest number of rows scanned above a grid header for its header block. */
const HEADER_SCAN = 40;
/** Largest blank gap inside a grid. */
const MAX_GAP = 3;

/** What a cell's label key means to the reader; computed once per distinct key and memoised. */
interface KeyInfo {
  readonly label: boolean;
  readonly header: HeaderKey | undefined;
  readonly inline: { readonly key: HeaderKey; readonly rest: string } | undefined;
  readonly amountUnit: string | undefined;
  /** The spending-plan label sets that start with this label (3月底 starts 3月底|6月底|10月底|12月底 and …|9月底|…). */
  readonly planSets: readonly (readonly string[])[] | undefined;
  readonly title: boolean;
  /** the grid column this text heads (exact label, else by its words); weight and scoring columns are recognised only to be kept apart */
  readonly gridRole: ColumnKind | undefined;
  readonly subRole: GridColumn | undefined;
  readonly headerOrBlock: boolean;
  /** ends a grid as its row's first cell: 0 no, 1 yes, 2 only when the row has no value (a numbered note) */
  readonly footer: 0 | 1 | 2;
  /** a bracketed note ("（可根据需要增加行）") */
  readonly note: boolean;
  /** any of: 万元 unit, 资金支出计划, 中期资金总额, 中期目标, department block */
  readonly flags: number;
}

const F_WANYUAN = 1;
const F_PLAN = 2;
const F_MID_BUDGET = 4;
const F_MID_GOAL = 8;
const F_DEPARTMENT = 16;

const keyInfoCache = new Map<string, KeyInfo>();

function planSetsOf(k: string): readonly (readonly string[])[] | undefined {
  const sets = PLAN_LABELS.filter((set) => set[0] === k);
  return sets.length > 0 ? sets : undefined;
}

function keyInfo(k: string): KeyInfo {
  let info = keyInfoCache.get(k);
  if (info) return info;
  const unit = /^(?:金额)?单位:(.+)$/.exec(k);
  let flags = 0;
  if (/\(万元\)$/.test(k)) flags |= F_WANYUAN;
  if (k.startsWith('资金支出计划')) flags |= F_PLAN;
  if (k === '中期资金总额') flags |= F_MID_BUDGET;
  if (k.startsWith('中期目标')) flags |= F_MID_GOAL;
  if (k.startsWith('年度部门整体支出预算') || k === '年度主要任务') flags |= F_DEPARTMENT;
  const core = labelCore(k);
  const title = isTitleText(k);
  // a title ("2024年法律援助项目绩效目标") ends as a label may, but is none
  const exactHeader = byLabel(HEADER_LABELS, k) ?? byLabel(HEADER_LABELS, core);
  const header =
    exactHeader ?? (title || BLOCK_LABELS.has(k) || BLOCK_LABELS.has(core) ? undefined : headerCue(k));
  const exactRole = byLabel(GRID_COLUMN_LABELS, k) ?? byLabel(GRID_COLUMN_LABELS, core);
  const gridRole = exactRole ?? columnCue(k);
  const cueSub = gridRole && SUB_KINDS.has(gridRole) ? (gridRole as GridColumn) : undefined;
  info = {
    label:
      computeIsLabelKey(k) || header !== undefined || (exactRole === undefined && isLabelLikeRole(gridRole)),
    header,
    inline: header ? undefined : inlineLabel(k),
    amountUnit: unit ? unit[1] : undefined,
    planSets: planSetsOf(k),
    title,
    gridRole,
    subRole: byLabel(VALUE_SUBHEADERS, k) ?? byLabel(VALUE_SUBHEADERS, core) ?? cueSub,
    // exact labels only: a cell that merely reads like a label (an indicator named 预算控制数) does not end a grid
    headerOrBlock: exactHeader !== undefined || BLOCK_LABELS.has(k),
    footer: isGridFooterKey(k, false) ? 1 : isGridFooterKey(k, true) ? 2 : 0,
    note: /^\(.*\)$/.test(k),
    flags,
  };
  if (keyInfoCache.size > 20000) keyInfoCache.clear();
  keyInfoCache.set(k, info);
  return info;
}

/** Kinds a sub-header under a merged 指标值 may name. */
const SUB_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'value',
  'midValue',
  'op',
  'number',
  'unit',
  'kind',
  'direction',
]);

/** A header found by its words counts as a label of the header block only when it names a level or the value. */
function isLabelLikeRole(role: ColumnKind | undefined): boolean {
  return (
    role === 'level1' || role === 'level2' || role === 'level3' || role === 'value' || role === 'midValue'
  );
}

interface Cell {
  readonly col: number;
  readonly text: string;
  readonly key: string;
  readonly info: KeyInfo;
}

/**
 * A cell's reading is a pure function of its trimmed text and column: memoised, so a text seen before (the same
 * label or indicator in another table or sheet, or in the previous check) costs one lookup and no allocation.
 */
const cellMemo = new Map<string, Cell[]>();

function cellOf(col: number, text: string): Cell {
  let byCol = cellMemo.get(text);
  if (byCol === undefined) {
    if (cellMemo.size >= 50000) cellMemo.clear();
    byCol = [];
    cellMemo.set(text, byCol);
  }
  let cell = byCol[col];
  if (cell === undefined) {
    const key = labelKey(text);
    cell = byCol[col] = { col, text, key, info: keyInfo(key) };
  }
  return cell;
}

/**
 * A row of a form: it starts with a short label-like text (no digits, no sentence punctuation) followed by at most a
 * few cells, as 基本情况 | 保障博物馆正常运转 or 项目实施计划 | 组织实施单位 | 甘肃省文物局 | ….
 */
function isFormRow(row: Cell[]): boolean {
  const first = row[0];
  return (
    row.length <= 8 && first.text.length <= 12 && !/[\d，。；,.;!?！？]/.test(first.text) && !first.info.title
  );
}

function hasLevels(cols: Map<number, GridColumn>): boolean {
  let l1 = false;
  let l2 = false;
  for (const role of cols.values()) {
    if (role === 'level1') l1 = true;
    if (role === 'level2') l2 = true;
  }
  return l1 && l2;
}

/** The cells of an empty row (shared, never written). */
const NO_CELLS: Cell[] = [];
/** A row's cells are gathered here (never shrunk: no reallocation per row), then copied into an array of the right size. */
const scratch: Cell[] = [];

/** A per-sheet index of non-empty cells and merges, built once. */
class SheetIndex {
  readonly rows: Cell[][];
  /** mergeRows[r]: the merges spanning row r, in the grid's order (sparse) */
  private readonly mergeRows: CellRect[][] = [];
  /** The cells that hold an Excel error value, in row-major order (most sheets have none). */
  readonly errorList: { readonly row: number; readonly col: number; readonly error: unknown }[] = [];
  private readonly errorAt = new Map<number, unknown>();

  constructor(readonly grid: Grid) {
    const cells = Array.isArray(grid.cells) ? grid.cells : [];
    this.rows = new Array<Cell[]>(cells.length);
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r];
      let out: Cell[] = NO_CELLS;
      if (Array.isArray(row)) {
        let n = 0;
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (!cell) continue;
          const error: unknown = cell.error;
          if (error) {
            this.errorList.push({ row: r, col: c, error });
            this.errorAt.set(r * 2097152 + c, error);
          }
          const raw =
            typeof cell.text === 'string' ? cell.text : cell.value == null ? '' : String(cell.value);
          const text = raw.trim();
          if (text === '') continue;
          scratch[n++] = cellOf(c, text);
        }
        if (n > 0) out = scratch.slice(0, n);
      }
      this.rows[r] = out;
    }
    for (const m of Array.isArray(grid.merges) ? grid.merges : []) {
      if (!m || !(m.bottom >= m.top && m.right >= m.left)) continue;
      const cellsInMerge = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cellsInMerge > 5000) continue; // a pathological merge: treat as unmerged
      for (let r = m.top; r <= m.bottom; r++) (this.mergeRows[r] ??= []).push(m);
    }
  }

  text(r: number, c: number): string {
    const row = this.rows[r];
    if (row === undefined) return '';
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (cell.col >= c) return cell.col === c ? cell.text : '';
    }
    return '';
  }

  /** The merge whose top-left cell this is (the last one listed, as the grid's later merges win). */
  /** The bottom row of the merge whose top-left cell this is, or the cell's own row. */
  mergeBottom(r: number, c: number): number {
    return this.mergeAt(r, c)?.bottom ?? r;
  }

  /** The right column of the merge whose top-left cell this is, or the cell's own column. */
  mergeRight(r: number, c: number): number {
    return this.mergeAt(r, c)?.right ?? c;
  }

  private mergeAt(r: number, c: number): CellRect | undefined {
    const ms = this.mergeRows[r];
    if (ms === undefined) return undefined;
    for (let i = ms.length - 1; i >= 0; i--) if (ms[i].top === r && ms[i].left === c) return ms[i];
    return undefined;
  }

  /** The anchor of the merge that covers a (non-anchor) cell; with overlapping merges the last one listed wins. */
  anchorOf(r: number, c: number): CellAddress | undefined {
    const ms = this.mergeRows[r];
    if (ms === undefined) return undefined;
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) return at(m.top, m.left);
    }
    return undefined;
  }

  /** The column just right of a cell, skipping the cell's own merge. */
  rightOf(r: number, c: number): number {
    const m = this.mergeAt(r, c);
    return m ? m.right + 1 : c + 1;
  }

  /** The row just below a cell, skipping the cell's own merge. */
  belowOf(r: number, c: number): number {
    const m = this.mergeAt(r, c);
    return m ? m.bottom + 1 : r + 1;
  }

  /** The cell's value when it is a number (its text is what Excel shows under the cell's format). */
  number(r: number, c: number): number | undefined {
    const cells = this.grid.cells;
    const row = Array.isArray(cells) ? cells[r] : undefined;
    const v = Array.isArray(row) ? row[c]?.value : undefined;
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  error(r: number, c: number): string | undefined {
    if (this.errorList.length === 0 || c < 0 || c >= 2097152) return undefined;
    return this.errorAt.get(r * 2097152 + c) as string | undefined;
  }
}

/**
 * Cell addresses are immutable values shared by the tables and diagnostics of every sheet: address (r, c) is one
 * frozen object, so reading a sheet does not allocate one per field. Bounded like the text memos.
 */
const ADDRESSES: (CellAddress | undefined)[][] = [];
let addressCount = 0;

function at(r: number, c: number): CellAddress {
  let row = ADDRESSES[r];
  if (row === undefined) {
    if (r > 1048576 || r < 0) return { row: r, col: c };
    row = ADDRESSES[r] = [];
  }
  let a = row[c];
  if (a === undefined) {
    if (c > 16384 || c < 0) return { row: r, col: c };
    if (addressCount >= 200000) {
      ADDRESSES.length = 0;
      addressCount = 0;
      row = ADDRESSES[r] = [];
    }
    a = row[c] = Object.freeze({ row: r, col: c });
    addressCount++;
  }
  return a;
}

function field(idx: SheetIndex, r: number, c: number): TextField {
  const err = idx.error(r, c);
  return err
    ? { text: idx.text(r, c), cell: at(r, c), error: err }
    : { text: idx.text(r, c), cell: at(r, c) };
}

function labelled(idx: SheetIndex, r: number, c: number, label: string, labelCell: CellAddress): HeaderField {
  const err = idx.error(r, c);
  if (err) return { text: idx.text(r, c), cell: at(r, c), label, labelCell, error: err };
  const v = idx.number(r, c);
  return v === undefined
    ? { text: idx.text(r, c), cell: at(r, c), label, labelCell }
    : { text: idx.text(r, c), cell: at(r, c), label, labelCell, number: v };
}

/**
 * What a label key means in one of the label tables, also when a bracketed note or unit follows the label:
 * "三级指标（指标名称）", "年度指标值（2024年）", "预算数（万元）". Own entries only ("constructor" is no label).
 */
function byLabel<T>(labels: Readonly<Record<string, T>>, k: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(labels, k)) return labels[k];
  // "… （万元）", "…（2024年）" after the label; "2024年指标值" with the year before it
  const bare = bareLabel(k);
  return bare !== k && bare !== '' && Object.prototype.hasOwnProperty.call(labels, bare)
    ? labels[bare]
    : undefined;
}

function isLabelKey(k: string): boolean {
  return keyInfo(k).label;
}

/** Texts that say an indicator row does not apply. */
const NOT_APPLICABLE: ReadonlySet<string> = new Set([
  '无',
  '/',
  '／',
  '—',
  '——',
  '-',
  '--',
  '不适用',
  '不涉及',
  '无此项',
  'N/A',
  'n/a',
]);

function computeIsLabelKey(k: string): boolean {
  return (
    byLabel(HEADER_LABELS, k) !== undefined ||
    k.startsWith('中期目标') ||
    BLOCK_LABELS.has(k) ||
    byLabel(GRID_COLUMN_LABELS, k) !== undefined ||
    /^(金额)?单位:/.test(k) ||
    PLAN_LABELS.some((set) => set.includes(k))
  );
}

/**
 * The columns of a grid header row, or null when the row is none. A row heads a grid when it names 一级 and 二级
 * (the usual form), or when most of its cells name grid columns and among them the indicator (三级 / 指标名称) and
 * its value: a form without 一级/二级 columns (指标名称 | 权重 | 计量单位 | 指标性质 | 指标值) or with one of them only.
 */
function isGridHeaderRow(row: Cell[]): Map<number, GridColumn> | null {
  let hasL1 = false;
  let hasL2 = false;
  let hasL3 = false;
  let hasValue = false;
  let named = 0;
  for (const c of row) {
    const role = c.info.gridRole;
    if (role === undefined) continue;
    named++;
    if (role === 'level1') hasL1 = true;
    else if (role === 'level2') hasL2 = true;
    else if (role === 'level3') hasL3 = true;
    else if (role === 'value' || role === 'number' || role === 'midValue') hasValue = true;
  }
  const levelled = hasL1 && hasL2;
  const byColumns = hasL3 && hasValue && named >= 3 && row.length - named <= 2;
  if (!levelled && !byColumns) return null;
  const cols = new Map<number, GridColumn>();
  for (const c of row) {
    const role = c.info.gridRole;
    if (role && role !== 'weight' && role !== 'scoring') cols.set(c.col, role);
  }
  return cols;
}

/**
 * True when a row inside a grid holds a label of a header block (the next table's 项目名称 …) within the grid's columns.
 * A label column in front of the grid (绩效指标 | 一级指标 | …, the label repeated on the first body row) is outside
 * them; a 三级 that happens to read like a label (资金用途) is the indicator's name.
 */
function rowHasHeaderLabel(row: Cell[], minCol: number, maxCol: number, nameCol: number): boolean {
  for (const c of row)
    if (c.info.headerOrBlock && c.col >= minCol && c.col <= maxCol && c.col !== nameCol) return true;
  return false;
}

function isTitleRow(row: Cell[]): boolean {
  return row.length > 0 && row.length <= 2 && row[0].info.title;
}

/** Marks of a grid for one period (长期 / 中期 / 年度 指标, 2024年): such a grid is a table part of its own. */
const PERIOD_RE = /长期|中期|年度|\d{4}年/;

function sameColumns(a: TargetTable, b: TargetTable): boolean {
  const ka = Object.entries(a.columns).sort().join();
  return ka === Object.entries(b.columns).sort().join();
}

/** A table and the rest of its grid after a repeated header: rows whose 一级/二级 are blank go on from the last row. */
function joined(prev: TargetTable, more: TargetTable): TargetTable {
  const last = prev.rows[prev.rows.length - 1];
  let own1 = false;
  let own2 = false;
  const rows = more.rows.map((r) => {
    own1 ||= r.level1.text !== '';
    own2 ||= r.level2.text !== '' || own1;
    if (!last || (own1 && own2)) return r;
    return {
      ...r,
      level1: own1 ? r.level1 : { ...last.level1, inherited: true },
      level2: own2 ? r.level2 : { ...last.level2, inherited: true },
    };
  });
  return {
    ...prev,
    range: { ...prev.range, bottom: more.range.bottom, right: Math.max(prev.range.right, more.range.right) },
    rows: [...prev.rows, ...rows],
    errorCells: [...prev.errorCells, ...more.errorCells],
  };
}

export function readTables(grid: Grid, options: ReadOptions = {}): TargetTable[] {
  const idx = new SheetIndex(grid);
  const tables: TargetTable[] = [];
  let prevEnd = -1;
  const n = idx.rows.length;
  const push = (table: TargetTable, h: number): void => {
    const prev = tables[tables.length - 1];
    // a grid header repeated on the next page (with or without 续表): the same grid goes on
    if (
      table.continues &&
      prev &&
      sameColumns(prev, table) &&
      !idx.rows[h].some((c) => PERIOD_RE.test(c.key))
    )
      tables[tables.length - 1] = joined(prev, table);
    else tables.push(table);
    prevEnd = table.range.bottom;
  };
  // 1. grids found by their header row
  for (let h = 0; h < n; h++) {
    const cols = isGridHeaderRow(idx.rows[h]);
    if (!cols) continue;
    // a row naming the indicator and its value over a row naming 一级 | 二级 is the upper row of a two-row header
    if (!hasLevels(cols) && h + 1 < n) {
      const next = isGridHeaderRow(idx.rows[h + 1]);
      if (next && hasLevels(next)) continue;
    }
    const read = readOne(idx, h, cols, prevEnd, tables.length, options);
    for (const table of read)
      push(table.index === tables.length ? table : { ...table, index: tables.length }, h);
    h = Math.max(h, read[read.length - 1].range.bottom);
  }
  // 2. grids found by their body: a column of 二级 names beside indicator names and values, under a header the
  // reader does not understand (or none)
  const found = findGridsByBody(idx, tables);
  if (found.length > 0) {
    for (const f of found) {
      const before = tables.filter((t) => t.range.bottom < f.header).length;
      const prev = before > 0 ? tables[before - 1] : undefined;
      const read = readOne(
        idx,
        f.header,
        f.columns,
        prev ? prev.range.bottom : -1,
        0,
        options,
        f.firstRow,
        f.outline,
      );
      tables.splice(before, 0, ...read);
    }
    tables.forEach((t, i) => {
      if (t.index !== i) tables[i] = { ...t, index: i };
    });
  }
  // 3. cells that look like an indicator table no grid was read from: never silently skipped
  for (const u of findUnreadable(idx, tables)) tables.push(unreadableTable(idx, u, tables.length, options));
  if (tables.some((t, i) => i > 0 && t.range.top < tables[i - 1].range.top)) {
    tables.sort((x, y) => x.range.top - y.range.top || x.range.left - y.range.left);
    tables.forEach((t, i) => {
      if (t.index !== i) tables[i] = { ...t, index: i };
    });
  }
  return tables;
}

/**
 * One table, in four stages: the grid's columns from its header row, the header block above it (title, project
 * fields, funding, spending plan), the indicator rows, and the table's range, layout and profile.
 */
function readOne(
  idx: SheetIndex,
  h: number,
  headerCols: Map<number, GridColumn>,
  prevEnd: number,
  index: number,
  options: ReadOptions,
  bodyStart?: number,
  outline = false,
): TargetTable[] {
  let grid: GridColumns = classifyColumns(idx, h, headerCols, bodyStart);
  if (outline) {
    // an outline's levels stand in its indicator column
    const c = grid.columns.level3!;
    grid = { ...grid, columns: { ...grid.columns, level1: c, level2: c }, flat: false, outline: true };
  }
  const block = readHeaderBlock(idx, h, prevEnd);
  const body: GridBody =
    grid.missingColumns.length === 0 ? readRows(idx, grid) : { rows: [], last: skimRows(idx, grid.firstRow) };
  let table = assemble(idx, h, prevEnd, index, options, grid, block, body);
  if (outline && table.header.name === undefined) {
    const header = { ...table.header, ...outlineParents(idx, h, grid) };
    const right = Math.max(table.range.right, ...Object.values(header).map((f) => f!.cell.col));
    table = { ...table, header, range: { ...table.range, right } };
  }
  return grid.projectCols.name !== undefined ? splitProjects(idx, table, grid.projectCols) : [table];
}

/**
 * A sheet of many projects in one grid (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …, the project's cells merged
 * down over its indicator rows): one table per project, its header fields taken from its own row.
 */
function splitProjects(idx: SheetIndex, table: TargetTable, projectCols: ProjectColumns): TargetTable[] {
  const nameCol = projectCols.name;
  if (nameCol === undefined || table.rows.length === 0) return [table];
  const anchorOf = (r: number): CellAddress | undefined => {
    if (idx.text(r, nameCol) !== '') return at(r, nameCol);
    return idx.anchorOf(r, nameCol);
  };
  const groups: { anchor: CellAddress; rows: IndicatorRow[] }[] = [];
  for (const row of table.rows) {
    const a = anchorOf(row.row);
    if (a === undefined) {
      if (groups.length > 0) groups[groups.length - 1].rows.push(row);
      continue;
    }
    const g = groups[groups.length - 1];
    if (g && g.anchor === a) g.rows.push(row);
    else groups.push({ anchor: a, rows: [row] });
  }
  if (groups.length <= 1 && groups[0]?.rows.length === table.rows.length) {
    const only = groups[0];
    return only
      ? [{ ...table, header: { ...table.header, ...projectFields(idx, table, projectCols, only.anchor) } }]
      : [table];
  }
  return groups.map((g, i) => {
    const first = g.rows[0].row;
    const last = g.rows[g.rows.length - 1].row;
    return {
      ...table,
      index: table.index + i,
      title: i === 0 ? table.title : null,
      range: { ...table.range, top: i === 0 ? table.range.top : first, bottom: last },
      header: {
        ...(i === 0 ? table.header : {}),
        ...projectFields(idx, table, projectCols, g.anchor, i === 0),
      },
      rows: g.rows,
      errorCells: table.errorCells.filter(
        (e) => e.cell.row >= (i === 0 ? table.range.top : first) && e.cell.row <= last,
      ),
      continues: false,
    };
  });
}

function projectFields(
  idx: SheetIndex,
  table: TargetTable,
  projectCols: ProjectColumns,
  anchor: CellAddress,
  first = true,
): Partial<Record<HeaderKey, HeaderField>> {
  const out: Partial<Record<HeaderKey, HeaderField>> = {};
  const h = table.gridHeaderRow;
  for (const [k, col] of Object.entries(projectCols) as [HeaderKey, number][]) {
    const labelCell = at(h, col);
    // the project's cell in this column: on the project's first row, or the merge covering it
    const a =
      idx.text(anchor.row, col) !== ''
        ? at(anchor.row, col)
        : (idx.anchorOf(anchor.row, col) ?? at(anchor.row, col));
    // a cell merged over several projects (the 单位名称 of all of them) belongs to the first one
    if (!first && a.row < anchor.row) continue;
    out[k] = labelled(idx, a.row, a.col, idx.text(h, col), labelCell);
  }
  return out;
}

/** What the header row (and a sub-header under it) says about the grid's columns. */
interface GridColumns {
  readonly columns: Partial<Record<GridColumn, number>>;
  readonly firstRow: number;
  readonly missingColumns: GridColumn[];
  /** value columns besides the first: one per year, town or site (header text as label) */
  readonly moreValues: ReadonlyArray<{ readonly col: number; readonly label: string }>;
  /** no 一级/二级 columns: a flat list of indicators */
  readonly flat: boolean;
  /** header fields written as columns of the grid (a sheet of many projects): 项目名称 | 预算数 | 年度目标 … */
  readonly projectCols: ProjectColumns;
  /** 一级, 二级 and 三级 in the 三级 column (an outline) */
  readonly outline?: boolean;
}

type ProjectColumns = Partial<Record<HeaderKey, number>>;

/** Stage 1: the grid's columns. */
function classifyColumns(
  idx: SheetIndex,
  h: number,
  headerCols: Map<number, GridColumn>,
  bodyStart?: number,
): GridColumns {
  const columns: Partial<Record<GridColumn, number>> = {};
  const valueCols: number[] = [];
  for (const [c, role] of headerCols) {
    if (columns[role] === undefined) columns[role] = c;
    if (role === 'value' || role === 'midValue') valueCols.push(c);
  }
  // 二级 | 三级 | 指标值 named twice, for the 长期 (中期) targets and for the year's: the year's are the table's
  for (const role of headerCols.size > 4 ? (['level2', 'level3', 'value'] as const) : []) {
    const cands: number[] = [];
    for (const [c, r] of headerCols) if (r === role) cands.push(c);
    if (cands.length < 2) continue;
    const annual = cands.find((c) => /年度|当年|本年/.test(idx.text(h, c)));
    if (
      annual !== undefined &&
      cands.some((c) => c !== annual && /长期|中期|实施期|周期/.test(idx.text(h, c)))
    ) {
      columns[role] = annual;
      if (role === 'value') valueCols.splice(0, valueCols.length, annual);
    }
  }
  // the levels go left to right: a 三级 (绩效指标) left of the 二级 column is a label column in front of the grid
  if (columns.level2 !== undefined && columns.level3 !== undefined && columns.level3 < columns.level2) {
    let right: number | undefined;
    for (const [c, role] of headerCols)
      if (role === 'level3' && c > columns.level2 && right === undefined) right = c;
    if (right !== undefined) columns.level3 = right;
    else delete columns.level3;
  }
  // A two-row header: 绩效指标 over 一级 | 二级 | 三级, while 指标值 and 确定依据 are merged down over both rows; their
  // labels stand in the row above, at the top of their merges.
  for (const c of idx.rows[h - 1] ?? []) {
    const role = c.info.gridRole;
    if (role === undefined || role === 'weight' || role === 'scoring') continue;
    if (columns[role] === undefined && idx.mergeBottom(h - 1, c.col) >= h) columns[role] = c.col;
  }
  // 一级指标 | 二级指标 | 绩效指标 | 指标值: with no 三级 header, the 绩效指标 (or 指标) column is the 三级
  if (columns.level3 === undefined)
    for (const c of idx.rows[h] ?? [])
      if ((c.key === '绩效指标' || c.key === '指标') && c.col > (columns.level2 ?? -1)) {
        columns.level3 = c.col;
        break;
      }
  let firstRow = bodyStart ?? h + 1;
  const moreValues: { col: number; label: string }[] = [];
  const sub = bodyStart === undefined ? (idx.rows[h + 1] ?? []) : [];
  const subRoles = sub.filter((c) => c.info.subRole !== undefined);
  const valueMerge = columns.value !== undefined ? idx.mergeRight(h, columns.value) : -1;
  if (subRoles.length > 0 && subRoles.length === sub.length) {
    for (const c of subRoles) {
      const role = c.info.subRole!;
      if (role === 'value' || columns[role] === undefined || headerCols.get(columns[role]!) === 'value')
        columns[role] = c.col;
    }
    if (columns.value !== undefined && columns.midValue === columns.value) delete columns.midValue;
    // 指标值 split into 符号 | 值 | 单位 under a merged header: the value is read from the parts
    if (
      subRoles.some((c) => c.info.subRole === 'number') &&
      !subRoles.some((c) => c.info.subRole === 'value')
    )
      delete columns.value;
    firstRow = h + 2;
  } else if (sub.length > 0 && sub.every((c) => /^\d{4}年度?(?:指标值|目标值)?$/.test(c.key))) {
    // 2024年 | 2025年 | 2026年 under a merged 指标值: a sub-header of years; the first year is the value, each
    // later year a value of its own
    const years = sub.filter((c) => columns.value === undefined || c.col >= columns.value);
    if (years.length > 0) columns.value = years[0].col;
    for (const y of years.slice(1)) moreValues.push({ col: y.col, label: y.text });
    firstRow = h + 2;
  } else if (columns.value !== undefined && valueMerge > columns.value && sub.length > 0) {
    // 指标值 merged over one column per town, village or site, named in the row below: each is a value column
    const sites = sub.filter((c) => c.col >= columns.value! && c.col <= valueMerge);
    if (sites.length >= 2 && sites.every((c) => parseValue(c.text).ok !== true && !c.info.label)) {
      columns.value = sites[0].col;
      for (const x of sites.slice(1)) moreValues.push({ col: x.col, label: x.text });
      firstRow = h + 2;
    }
  }
  // a header merged over several columns and no sub-header under it: the column of the span its body fills
  if (firstRow === (bodyStart ?? h + 1)) spanChoice(idx, h, firstRow, columns);
  // several value columns side by side in the header row (2024年指标值 | 2025年指标值, 年度 and 中期 apart): the first
  // 年度 one is the value, the others are checked each at its own cell
  for (const c of valueCols)
    if (!isColumnOf(columns, c) && !moreValues.some((m) => m.col === c))
      moreValues.push({ col: c, label: idx.text(h, c) });
  // 指标性质 | 指标值 | 度量单位 side by side in the header row (the 财政部 申报表 and forms copied from it): the 指标值
  // column holds the number alone; the value is read from the parts, as under a merged header.
  if (
    columns.value !== undefined &&
    columns.number === undefined &&
    (columns.op !== undefined ||
      columns.unit !== undefined ||
      opLike(columns.kind) ||
      opLike(columns.direction))
  ) {
    columns.number = columns.value;
    delete columns.value;
  }
  // a column headed otherwise (指标类型) whose body holds 一级 names is the 一级 column; the same for 二级
  for (const role of ['level1', 'level2'] as const) {
    if (columns[role] !== undefined || columns.level3 === undefined) continue;
    const want = role === 'level1' ? 1 : 2;
    for (let c = Math.max(0, columns.level3 - 3); c < columns.level3; c++) {
      if (isColumnOf(columns, c) && columns.kind !== c) continue;
      let k = 0;
      for (let r = firstRow; r < Math.min(firstRow + 20, idx.rows.length); r++)
        if (levelOf(idx.text(r, c)) === want) k++;
      if (k >= 2) {
        if (columns.kind === c) delete columns.kind;
        columns[role] = c;
        break;
      }
    }
  }
  // without a 一级 or 二级 column the indicators are still read and checked; the missing levels are reported once
  const flat = columns.level1 === undefined || columns.level2 === undefined;
  const missingColumns: GridColumn[] = [];
  if (columns.level3 === undefined) missingColumns.push('level3');
  if (columns.value === undefined && columns.number === undefined) missingColumns.push('value');
  // header fields as columns of the grid header row (单位名称 | 项目名称 | 预算数 | 年度目标 in front of the levels)
  const projectCols: ProjectColumns = {};
  for (const c of idx.rows[h] ?? []) {
    const hk = c.info.header;
    if (hk !== undefined && projectCols[hk] === undefined && !isColumnOf(columns, c.col))
      projectCols[hk] = c.col;
  }
  return { columns, firstRow, missingColumns, moreValues, flat, projectCols };

  function opLike(col: number | undefined): boolean {
    if (col === undefined) return false;
    // a 指标性质 / 指标方向 column whose cells hold the comparator (≥, ≤, =) carries part of the value
    for (let r = firstRow; r < Math.min(firstRow + 40, idx.rows.length); r++)
      if (operatorOf(idx.text(r, col)) !== null) return true;
    return false;
  }
}

/**
 * A header merged over several columns (一级指标 over 绩效指标 | 产出指标, the label column and the 一级 names): the
 * column of the span whose body holds what the header names — level names of its level, or values.
 */
function spanChoice(
  idx: SheetIndex,
  h: number,
  firstRow: number,
  columns: Partial<Record<GridColumn, number>>,
): void {
  const taken = new Set(Object.values(columns));
  for (const role of ['level1', 'level2', 'value'] as const) {
    const c0 = columns[role];
    if (c0 === undefined) continue;
    const right = idx.mergeRight(h, c0);
    if (right <= c0) continue;
    let best = c0;
    let bestScore = -1;
    for (let c = c0; c <= right; c++) {
      if (c !== c0 && taken.has(c)) continue;
      let score = 0;
      for (let r = firstRow; r < Math.min(firstRow + 20, idx.rows.length); r++) {
        const t = idx.text(r, c);
        if (t === '') continue;
        if (role === 'value' ? valueLike(t) : levelOf(t) === (role === 'level1' ? 1 : 2)) score++;
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    columns[role] = best;
  }
}

function isColumnOf(columns: Partial<Record<GridColumn, number>>, col: number): boolean {
  for (const k in columns) if (columns[k as GridColumn] === col) return true;
  return false;
}

/** What the block above a grid holds: title, labelled fields, funding, spending plan. */
interface HeaderBlock {
  readonly top: number;
  readonly title: TextField | null;
  readonly header: Partial<Record<HeaderKey, HeaderField>>;
  readonly amountUnit: string | null;
  readonly plan: HeaderField[] | null;
  readonly planUnit: '%' | '万元' | null;
  readonly hasPlanLabel: boolean;
  readonly hasMidBudget: boolean;
  readonly hasMidGoal: boolean;
  readonly hasDepartment: boolean;
}

/** Stage 2: the header block above the grid header row h, down from the end of the previous table. */
function readHeaderBlock(idx: SheetIndex, h: number, prevEnd: number): HeaderBlock {
  const lower = Math.max(prevEnd + 1, h - HEADER_SCAN);
  let top = h;
  let title: TextField | null = null;
  // rows of a form that name what they hold (基本情况 | …, 项目立项必要性 | …, 政策依据 | …) do not end the block, even
  // when the reader has no use for them; prose far above the labels is not ours (task rows of 部门整体 tables are)
  let away = 0;
  for (let r = h - 1; r >= lower; r--) {
    const row = idx.rows[r];
    if (row.length === 0) continue;
    if (isTitleRow(row)) {
      title = { text: row[0].text, cell: at(r, row[0].col) };
      top = r;
      break;
    }
    if (row.some((c) => c.info.label)) {
      top = r;
      away = 0;
    } else if (!isFormRow(row) && ++away > 6) break;
  }
  if (title === null && top < h) {
    // a title-less table: a single long text just above the labels may still be its title
    const above = idx.rows[top - 1];
    if (top - 1 >= lower && above && above.length === 1 && /表|目标/.test(above[0].key)) {
      title = { text: above[0].text, cell: at(top - 1, above[0].col) };
      top = top - 1;
    }
  }

  const header: Partial<Record<HeaderKey, HeaderField>> = {};
  let amountUnit: string | null = null;
  let planUnit: '%' | '万元' | null = null;
  let plan: HeaderField[] | null = null;
  let budgetCol = -1;
  const fiscalCands: HeaderField[] = [];
  const otherCands: HeaderField[] = [];
  let budgetRow = -1;
  let hasPlanLabel = false;
  let hasMidBudget = false;
  let hasMidGoal = false;
  let hasDepartment = false;

  for (let r = top; r < h; r++) {
    const row = idx.rows[r];
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      const info = c.info;
      if (!info.label && !info.inline && !info.flags) continue; // a value cell: nothing to learn from it here
      // a section heading merged across the table (基本信息, 年度绩效目标 over the rows that hold it) is no field
      if (row.length === 1 && idx.mergeRight(r, c.col) - c.col >= 3 && info.header !== undefined) continue;
      // the label without a bracketed note or unit: 年度资金总额（万元） is 年度资金总额
      const k = bareLabel(c.key);
      if (info.amountUnit !== undefined) {
        amountUnit = info.amountUnit;
        continue;
      }
      if (info.flags & F_WANYUAN) amountUnit = amountUnit ?? '万元';
      if (info.flags & F_PLAN) {
        hasPlanLabel = true;
        // 资金支出计划（%） / 资金支出计划（万元）: the unit of the plan's cells
        if (/\(%\)$/.test(c.key)) planUnit = '%';
        else if (/\(万元\)$/.test(c.key)) planUnit = '万元';
      }
      if (info.flags & F_MID_BUDGET) hasMidBudget = true;
      if (info.flags & F_MID_GOAL) hasMidGoal = true;
      if (info.flags & F_DEPARTMENT) hasDepartment = true;
      if (info.planSets && plan === null) {
        for (const planSet of info.planSets) {
          const cells: HeaderField[] = [];
          for (const label of planSet) {
            const lc = row.find((x) => x.key === label);
            if (!lc) break;
            const vr = idx.belowOf(r, lc.col);
            const err = idx.error(vr, lc.col);
            const labelCell = at(r, lc.col);
            cells.push(
              err
                ? { text: idx.text(vr, lc.col), cell: at(vr, lc.col), error: err, label: lc.text, labelCell }
                : { text: idx.text(vr, lc.col), cell: at(vr, lc.col), label: lc.text, labelCell },
            );
          }
          if (cells.length === planSet.length) {
            plan = cells;
            break;
          }
        }
        continue;
      }
      let hk = info.header;
      let f: HeaderField;
      if (hk) f = headerValue(idx, r, c, row, h);
      else {
        const inline = info.inline;
        if (!inline) continue;
        hk = inline.key;
        // "其中：财政资金：20.00": the label is what stands before the colon after 其中
        const own = c.text.replace(/^\s*其中\s*[:：]?\s*/, '');
        const colon = own.search(/[:：]/);
        const text = own.slice(colon + 1).trim();
        const err = idx.error(r, c.col);
        const label = own.slice(0, colon);
        const cell = at(r, c.col);
        f = err ? { text, cell, error: err, label, labelCell: cell } : { text, cell, label, labelCell: cell };
      }
      if (hk === 'budget') {
        // the first budget label wins, but 年度资金总额 over any, and a filled one over an empty one
        if (
          header.budget === undefined ||
          k === '年度资金总额' ||
          (header.budget.text === '' && f.text !== '')
        ) {
          header.budget = f;
          budgetCol = c.col;
          budgetRow = r;
        }
      } else if (hk === 'fiscal') fiscalCands.push(f);
      else if (hk === 'other') otherCands.push(f);
      else if (hk === 'department') {
        hasDepartment = true;
        header[hk] = header[hk] ?? f;
      } else if (hk === 'goals') {
        // the year's goals over others, and a filled one over an empty one
        if (
          header.goals === undefined ||
          (header.goals.text === '' && f.text !== '') ||
          ((k === '年度目标' || k === '年度绩效目标' || k === '年度总体目标') &&
            (f.text !== '' || header.goals.text === ''))
        )
          header.goals = f;
      } else {
        const had = header[hk];
        if (had === undefined || (had.text === '' && f.text !== '')) header[hk] = f;
      }
    }
  }
  // With 中期 and 年度 groups (88号), take the 财政/其他 labels in the 年度 group's column.
  const pick = (cands: HeaderField[]): HeaderField | undefined =>
    cands.find((f) => f.labelCell.col === budgetCol) ?? cands[cands.length - 1];
  if (fiscalCands.length) header.fiscal = pick(fiscalCands);
  if (otherCands.length) header.other = pick(otherCands);

  // The seed's 资金用途: the row under 预算数 holds the purpose text, merged across.
  if (
    header.purpose === undefined &&
    budgetRow >= 0 &&
    budgetRow + 1 < h &&
    header.budget?.cell.row === budgetRow
  ) {
    const next = idx.rows[budgetRow + 1];
    const c = next[next.length - 1];
    // the purpose is words (a number there is an amount of another block, e.g. 项目支出 under 基本支出 | 项目支出)
    if (
      next.length > 0 &&
      !next.some((x) => isLabelKey(x.key) || x.info.inline !== undefined) &&
      /[\u4e00-\u9fff]/.test(c.text)
    ) {
      header.purpose = {
        text: c.text,
        cell: at(budgetRow + 1, c.col),
        label: '资金用途',
        labelCell: at(budgetRow, budgetCol),
      };
    }
  }
  // The seed's unit line: "315001司法部门…本级 | 单位：万元" right under the title.
  if (header.unit === undefined && title) {
    const next = idx.rows[title.cell.row + 1];
    if (
      next &&
      next.length >= 1 &&
      !isLabelKey(next[0].key) &&
      next[0].info.inline === undefined && // "项目名称：…" on that line is a label of its own
      next[0].info.amountUnit === undefined &&
      next.some((c) => /^(金额)?单位:/.test(c.key))
    )
      header.unit = {
        text: next[0].text,
        cell: at(title.cell.row + 1, next[0].col),
        label: '',
        labelCell: at(title.cell.row + 1, next[0].col),
      };
  }
  if (header.unit === undefined && header.department) header.unit = header.department;

  return {
    top,
    title,
    header,
    amountUnit,
    plan,
    planUnit,
    hasPlanLabel,
    hasMidBudget,
    hasMidGoal,
    hasDepartment,
  };
}

interface GridBody {
  readonly rows: IndicatorRow[];
  /** the last row of the grid */
  readonly last: number;
}

/** Stage 3: the indicator rows, from the first body row down to the first row that ends the grid. */
function readRows(idx: SheetIndex, grid: GridColumns): GridBody {
  const { columns, firstRow, moreValues } = grid;
  const rows: IndicatorRow[] = [];
  const gridCols = Object.values(columns) as number[];
  for (const m of moreValues) gridCols.push(m.col);
  const minCol = Math.min(...gridCols);
  const maxCol = Math.max(...gridCols);
  const c1 = columns.level1;
  const c2 = columns.level2;
  const c3 = columns.level3!;
  let l1: LevelField | null = null;
  let l2: LevelField | null = null;
  let gap = 0;
  let last = firstRow - 1;
  const nrows = idx.rows.length;
  for (let r = firstRow; r < nrows; r++) {
    const row = idx.rows[r];
    let firstInGrid: Cell | undefined;
    for (const c of row)
      if (c.col >= minCol && c.col <= maxCol) {
        firstInGrid = c;
        break;
      }
    if (!firstInGrid) {
      gap++;
      if (gap > MAX_GAP) break;
      continue;
    }
    if (isGridHeaderRow(row) || isTitleRow(row) || rowHasHeaderLabel(row, minCol, maxCol, c3)) break;
    const footer = firstInGrid.info.footer;
    if (footer === 1) break;
    if (footer === 2) {
      const valueCol = columns.value ?? columns.number;
      if (valueCol === undefined || idx.text(r, valueCol) === '') break;
    }
    // "（可根据需要增加行）" and the like: a note inside the grid, no indicator
    if (firstInGrid.info.note && row.every((c) => c.col < minCol || c.col > maxCol || c.info.note)) continue;
    const t1 = c1 !== undefined ? idx.text(r, c1) : '';
    const t2 = c2 !== undefined ? idx.text(r, c2) : '';
    if (gap > 0) {
      const looksLikeRow =
        canonicalLevel(t1).canonical !== undefined ||
        canonicalLevel(t2).canonical !== undefined ||
        (t1 === '' && t2 === '' && idx.text(r, c3) !== '');
      if (!looksLikeRow) break;
    }
    gap = 0;
    // a row with no indicator, no value and no level of its own (a department's subtotal line of a multi-project
    // sheet, an empty row inside a merged block) is no indicator
    if (
      idx.text(r, c3) === '' &&
      t1 === '' &&
      t2 === '' &&
      valueCellsEmpty(idx, r, columns) &&
      moreValues.every((m) => idx.text(r, m.col) === '')
    )
      continue;
    if (grid.outline) {
      // an outline: a level name sets the level of the indicators under it
      const own = idx.text(r, c3);
      const lv = outlineLevel(own);
      if (lv > 0 && valueCellsEmpty(idx, r, columns)) {
        const f = levelField(idx, r, c3, own, null, null);
        if (lv === 1) {
          l1 = f;
          l2 = null;
        } else l2 = f;
        last = r;
        continue;
      }
    }
    const level1: LevelField = grid.outline
      ? l1 && !l1.inherited
        ? { ...l1, inherited: true }
        : (l1 ?? noLevel(r, c3))
      : c1 !== undefined
        ? levelField(idx, r, c1, t1, l1, null)
        : noLevel(r, c3);
    const level2: LevelField = grid.outline
      ? l2 && !l2.inherited
        ? { ...l2, inherited: true }
        : (l2 ?? noLevel(r, c3))
      : c2 !== undefined
        ? levelField(idx, r, c2, t2, l2, level1.inherited ? null : level1)
        : noLevel(r, c3);
    if (!grid.outline) {
      l1 = level1;
      l2 = level2;
    }
    const value = valueField(idx, r, columns);
    // "无 | 无" (101-style forms fill 社会成本指标 so): the officer states the 二级 does not apply; no indicator to check
    if (NOT_APPLICABLE.has(idx.text(r, c3)) && (value.text === '' || NOT_APPLICABLE.has(value.text))) {
      last = r;
      continue;
    }

    rows.push({
      row: r,
      level1,
      level2,
      level3: field(idx, r, c3),
      description: columns.description !== undefined ? field(idx, r, columns.description) : null,
      value,
      midValue: columns.midValue !== undefined ? field(idx, r, columns.midValue) : null,
      basis: columns.basis !== undefined ? field(idx, r, columns.basis) : null,
      parsed: parseValue(value.text),
      moreValues: moreValues.length === 0 ? NO_FIELDS : moreValues.map((m) => field(idx, r, m.col)),
      kind: qualifier(idx, r, columns.kind) ?? qualifier(idx, r, columns.op),
      direction: qualifier(idx, r, columns.direction),
    });
    last = r;
  }
  return { rows, last };
}

/**
 * The last row of a grid whose rows cannot be read (its header lacks the 三级 or 指标值 column): the filled rows under
 * the header, so that they are reported with the table (table-header-missing) and not once more as unreadable.
 */
function skimRows(idx: SheetIndex, firstRow: number): number {
  let last = firstRow - 1;
  for (let r = firstRow; r < idx.rows.length; r++) {
    const row = idx.rows[r];
    if (row.length === 0) {
      if (r - last > MAX_GAP) break;
      continue;
    }
    if (isGridHeaderRow(row) || isTitleRow(row) || row[0].info.footer === 1) break;
    if (row.some((c) => c.info.headerOrBlock)) break;
    last = r;
  }
  return last;
}

function valueCellsEmpty(idx: SheetIndex, r: number, columns: Partial<Record<GridColumn, number>>): boolean {
  for (const k of ['value', 'number', 'midValue'] as const) {
    const c = columns[k];
    if (c !== undefined && idx.text(r, c) !== '') return false;
  }
  return true;
}

const NO_FIELDS: readonly TextField[] = Object.freeze([]) as readonly TextField[];

/** The cell of a 指标性质 / 指标方向 column on row r, when the layout has the column and the cell is filled. */
function qualifier(idx: SheetIndex, r: number, col: number | undefined): TextField | null {
  return col !== undefined && idx.text(r, col) !== '' ? field(idx, r, col) : null;
}

/** The level of a flat list's row: none (no 一级/二级 column), placed at the 三级 cell. */
function noLevel(r: number, c: number): LevelField {
  return { text: '', cell: at(r, c), canonical: undefined, variant: false, inherited: false };
}

/** Stage 4: the table's range, error cells, profile and layout. */
function assemble(
  idx: SheetIndex,
  h: number,
  prevEnd: number,
  index: number,
  options: ReadOptions,
  grid: GridColumns,
  block: HeaderBlock,
  body: GridBody,
): TargetTable {
  const { columns, missingColumns, moreValues, flat } = grid;
  const { top, title, header, plan } = block;
  const { rows } = body;
  const last = Math.max(body.last, h);
  const gridCols = Object.values(columns) as number[];
  for (const m of moreValues) gridCols.push(m.col);
  let left = Math.min(...gridCols);
  let right = Math.max(...gridCols);
  for (let r = top; r <= last; r++)
    for (const c of idx.rows[r]) {
      if (r < h && c.col < left) left = c.col;
      if (r < h && c.col > right) right = c.col;
    }
  // empty value cells of the header (a blank 其他资金) belong to the table too
  for (const f of [...Object.values(header), ...(plan ?? [])]) {
    if (!f) continue;
    if (f.cell.col > right) right = f.cell.col;
    if (f.cell.col < left) left = f.cell.col;
  }
  const range: CellRect = { top, left, bottom: last, right };
  const errorCells: { cell: CellAddress; error: string }[] = [];
  for (const e of idx.errorList)
    if (e.row >= top && e.row <= last && e.col >= left && e.col <= right)
      errorCells.push({ cell: at(e.row, e.col), error: String(e.error) });

  let profile: ProfileId = '88';
  if (options.profile === '88' || options.profile === '101') profile = options.profile;
  else if (rows.some((x) => x.level1.canonical === '成本指标')) profile = '101';

  let layout: TableLayout = 'project';
  if (block.hasDepartment && !header.name) layout = 'department';
  else if (block.hasMidBudget || block.hasMidGoal || columns.midValue !== undefined) layout = 'project-88';
  else if (header.code || block.hasPlanLabel || plan)
    layout = profile === '101' ? 'project-101' : 'project-seed';

  return {
    sheet: idx.grid.sheet,
    index,
    range,
    title,
    layout,
    profile,
    header,
    amountUnit: block.amountUnit,
    plan,
    planUnit: block.planUnit,
    gridHeaderRow: h,
    columns,
    rows,
    missingColumns,
    flat,
    moreValueColumns: moreValues,
    unreadable: null,
    errorCells,
    // a second grid right under a table's first (长期 then 年度 指标, as in Shaanxi's 申报表), with no header of its own
    continues:
      prevEnd >= 0 && h - prevEnd <= 3 && title === null && Object.keys(header).length === 0 && plan === null,
  };
}

/** Labels that head a block spanning to their right (预算规模及资金用途 | 预算数 | …): not part of a label row. */
const ROW_HEADS: ReadonlySet<string> = new Set([
  '预算规模及资金用途',
  '资金支出计划(%)',
  '资金支出计划',
  '项目资金(万元)',
  '项目资金',
  '总体目标',
  '年度部门整体支出预算(万元)',
  '年度部门整体支出预算',
  '年度主要任务',
]);

function headerValue(idx: SheetIndex, r: number, c: Cell, row: Cell[], h: number): HeaderField {
  const labelCell = at(r, c.col);
  const rc = idx.rightOf(r, c.col);
  const rightText = idx.text(r, rc);
  const rightIsLabel = rightText !== '' && isLabelKey(labelKey(rightText));
  if (rightText !== '' && !rightIsLabel) return labelled(idx, r, rc, c.text, labelCell);
  // In a label row (资金总额 | 财政拨款 | 其他资金, 中期目标 | 年度目标) the value sits below.
  const i = row.indexOf(c);
  const left = i > 0 ? row[i - 1] : undefined;
  const leftIsLabel = !!left && isLabelKey(left.key) && !ROW_HEADS.has(left.key);
  const leftIsAdjacentLabel = leftIsLabel && idx.rightOf(r, left!.col) === c.col;
  if (rightIsLabel || leftIsAdjacentLabel) {
    const br = idx.belowOf(r, c.col);
    if (br < h && !isLabelKey(labelKey(idx.text(br, c.col))))
      return labelled(idx, br, c.col, c.text, labelCell);
  } else if (leftIsLabel && rightText === '') {
    // 中期目标（2024年—2026年） | | 年度目标 over a row of texts: a filled cell below is the value
    const br = idx.belowOf(r, c.col);
    const below = br < h ? idx.text(br, c.col) : '';
    if (below !== '' && !isLabelKey(labelKey(below))) return labelled(idx, br, c.col, c.text, labelCell);
  }
  // "单位编码及名称：" followed by another label: the value is written into the label's own cell.
  if (rightIsLabel) return { text: '', cell: labelCell, label: c.text, labelCell };
  if (rightText === '') {
    // the value further right after empty cells (年度目标 | | | text) …
    let cc = rc;
    for (let k = 0; k < 4; k++) {
      cc = idx.rightOf(r, cc);
      const t = idx.text(r, cc);
      if (t === '') continue;
      if (!isLabelKey(labelKey(t))) return labelled(idx, r, cc, c.text, labelCell);
      break;
    }
    // … or, for a label that ends its row, in the row below it (年度目标 over the text of the goals)
    const br = idx.belowOf(r, c.col);
    const below = br < h ? idx.text(br, c.col) : '';
    // (not the value of a label to its left in that row, and an amount only when it reads as a number)
    const belowRow = idx.rows[br] ?? [];
    const labelLeft = belowRow.some((x) => x.col < c.col && x.info.label);
    const hk = c.info.header;
    const amount = hk === 'budget' || hk === 'fiscal' || hk === 'other' || hk === 'carryover';
    if (
      row[row.length - 1] === c &&
      below !== '' &&
      !labelLeft &&
      (!amount || /^[\d,.]+(?:万元|元)?$/.test(below)) &&
      !isLabelKey(labelKey(below)) &&
      idx.text(br, idx.rightOf(br, c.col)) === ''
    )
      return labelled(idx, br, c.col, c.text, labelCell);
  }
  return labelled(idx, r, rc, c.text, labelCell);
}

/** "项目名称：法律援助" — a label with its value in the same cell. */
function inlineLabel(k: string): { key: HeaderKey; rest: string } | undefined {
  const m = /^([^:]{2,12}):(.+)$/.exec(k);
  if (!m) return undefined;
  const hk = byLabel(HEADER_LABELS, m[1]) ?? byLabel(HEADER_LABELS, labelKey(m[1]));
  return hk ? { key: hk, rest: m[2] } : undefined;
}

function levelField(
  idx: SheetIndex,
  r: number,
  c: number,
  text: string,
  prev: LevelField | null,
  newParent: LevelField | null,
): LevelField {
  if (text !== '') {
    const { canonical, variant } = canonicalLevel(text);
    const err = idx.error(r, c);
    return err
      ? { text, cell: at(r, c), canonical, variant, inherited: false, error: err }
      : { text, cell: at(r, c), canonical, variant, inherited: false };
  }
  const anchor = idx.anchorOf(r, c);
  if (anchor) {
    const t = idx.text(anchor.row, anchor.col);
    const { canonical, variant } = canonicalLevel(t);
    return { text: t, cell: anchor, canonical, variant, inherited: true };
  }
  // A blank 一级/二级 continues the one above, unless a new parent starts on this row.
  if (prev && !newParent) {
    if (prev.inherited) return prev; // the same field, continued once more
    return prev.error !== undefined
      ? {
          text: prev.text,
          cell: prev.cell,
          canonical: prev.canonical,
          variant: prev.variant,
          inherited: true,
          error: prev.error,
        }
      : {
          text: prev.text,
          cell: prev.cell,
          canonical: prev.canonical,
          variant: prev.variant,
          inherited: true,
        };
  }
  return { text: '', cell: at(r, c), canonical: undefined, variant: false, inherited: false };
}

function valueField(idx: SheetIndex, r: number, columns: Partial<Record<GridColumn, number>>): TextField {
  if (columns.value !== undefined) return field(idx, r, columns.value);
  // split 符号 | 值 | 单位 columns: the value is read as one text, reported at the number cell
  const num = idx.text(r, columns.number!);
  // the comparator stands in the 符号 column, or in a 指标性质 / 指标方向 column that holds it (大于等于, ≥)
  let op = '';
  for (const c of [columns.op, columns.kind, columns.direction]) {
    if (c === undefined) continue;
    const t = idx.text(r, c);
    if (operatorOf(t) !== null) {
      op = t;
      break;
    }
  }
  const text = splitValueText(op, num, columns.unit !== undefined ? idx.text(r, columns.unit) : '');
  const err = idx.error(r, columns.number!);
  return err ? { text, cell: at(r, columns.number!), error: err } : { text, cell: at(r, columns.number!) };
}

/** A leading comparison sign (half- or full-width). */
const LEADING_SIGN = /^[<>=≥≤≧≦＜＞＝]/;

/**
 * The one text of a value split over 符号 | 值 | 单位 cells. The sign is taken only when it is an operator ("≥", "不低于";
 * not 指标性质's "定性") and the number does not already lead with one; the unit only when the number does not already
 * end with it ("95%" under 单位 "%").
 */
export function splitValueText(op: string, num: string, unit: string): string {
  if (num === '' && unit === '') return '';
  const sign = operatorOf(op) !== null && !LEADING_SIGN.test(num) ? op : '';
  const tail = unit !== '' && !num.endsWith(unit) ? unit : '';
  return `${sign}${num}${tail}`;
}

// ---- grids found by their body, and cells no grid could be read from ----

const LEVEL1_NAMES: ReadonlySet<string> = new Set([...level1Names('88'), ...level1Names('101')]);
const LEVEL2_NAMES: ReadonlySet<string> = new Set([...level2Names('88'), ...level2Names('101')]);

/** The level a cell's text names: 1 (产出指标 …), 2 (数量指标 …) or 0. */
function levelOf(text: string): 0 | 1 | 2 {
  if (text.length > 24) return 0;
  const c = canonicalLevel(text).canonical;
  if (c === undefined) return 0;
  if (LEVEL2_NAMES.has(c)) return 2;
  return LEVEL1_NAMES.has(c) ? 1 : 0;
}

/**
 * The level an outline's row names: a level name that says 指标 (服务对象满意度指标), not an indicator that happens to
 * read like a level's short form (服务对象满意度, measured by a value beside it).
 */
function outlineLevel(text: string): 0 | 1 | 2 {
  return /指标/.test(text) ? levelOf(text) : 0;
}

interface BodyGrid {
  /** the row above the first body row (the header the reader did not understand, or whatever stands there) */
  readonly header: number;
  readonly firstRow: number;
  readonly columns: Map<number, GridColumn>;
  /** 一级, 二级 and 三级 in one column (an outline), told apart by their words */
  readonly outline?: boolean;
}

/**
 * An outline grid: one column holds 一级 names, 二级 names and, under them, the indicators (indented in the source),
 * and a column to its right holds a value on each indicator's row and none on the level rows.
 */
function outlineGrid(
  idx: SheetIndex,
  col: number,
  level2Rows: readonly number[],
  tables: readonly TargetTable[],
): BodyGrid | null {
  if (new Set(level2Rows.map((r) => canonicalLevel(idx.text(r, col)).canonical)).size < 2) return null;
  const r0 = level2Rows[0];
  let first = r0;
  for (let r = r0 - 1; r >= Math.max(0, r0 - 3); r--) if (levelOf(idx.text(r, col)) === 1) first = r;
  if (first === r0 || first === 0 || coveredBy(tables, first - 1)) return null;
  // the value column: right of the names, filled on indicator rows, empty on level rows
  let valueCol: number | undefined;
  let best = 0;
  for (let c = col + 1; c <= col + 4; c++) {
    let k = 0;
    let onLevels = 0;
    for (let r = first; r <= level2Rows[level2Rows.length - 1] + 20 && r < idx.rows.length; r++) {
      const t = idx.text(r, c);
      if (t === '') continue;
      if (outlineLevel(idx.text(r, col)) > 0) onLevels++;
      else if (valueLike(t)) k++;
    }
    if (k > best && onLevels === 0) {
      best = k;
      valueCol = c;
    }
  }
  if (valueCol === undefined || best < 2) return null;
  const columns = new Map<number, GridColumn>([
    [col, 'level3'],
    [valueCol, 'value'],
  ]);
  // the header row above: the nearest row naming the value column; the rows between it and the first 一级 are the
  // outline's parents (the department, the project)
  let header = first - 1;
  for (let r = first - 1; r >= Math.max(0, first - 4); r--)
    if (idx.rows[r].some((c) => c.info.gridRole === 'value' || c.info.gridRole === 'number')) {
      header = r;
      break;
    }
  if (header < first - 1 && coveredBy(tables, header)) header = first - 1;
  return { header, firstRow: first, columns, outline: true };
}

function coveredBy(tables: readonly TargetTable[], r: number): boolean {
  for (const t of tables) if (r >= t.range.top && r <= t.range.bottom) return true;
  return false;
}

/** True when a cell's text reads as a 指标值 (a number with or without comparator and unit, a date, a grade). */
function valueLike(text: string): boolean {
  if (text === '') return false;
  const p = parseValue(text);
  return p.ok || /^[≥≤><=＜＞＝]?\s*\d/.test(text);
}

/**
 * Grids whose header row names no 一级/二级 columns the reader knows, found by what their body holds: a column of
 * 二级 names (数量指标, 质量指标 … at least two different ones), the indicator names in the next filled column to
 * its right, and the values in the column right of those whose cells read most often as 指标值.
 */
function findGridsByBody(idx: SheetIndex, tables: readonly TargetTable[]): BodyGrid[] {
  const n = idx.rows.length;
  const hits = new Map<number, number[]>();
  for (let r = 0; r < n; r++) {
    if (coveredBy(tables, r)) continue;
    for (const c of idx.rows[r])
      if (levelOf(c.text) === 2) (hits.get(c.col) ?? hits.set(c.col, []).get(c.col)!).push(r);
  }
  const out: BodyGrid[] = [];
  // an outline: 一级, 二级 and the indicators in one column (told apart by their words), the values beside them
  for (const [col, rowsOf] of hits) {
    const g = outlineGrid(idx, col, rowsOf, tables);
    if (g) out.push(g);
  }
  for (const [col, rowsOf] of hits) {
    if (out.some((o) => o.outline && o.columns.has(col))) continue;
    let i = 0;
    while (i < rowsOf.length) {
      let j = i;
      while (j + 1 < rowsOf.length && rowsOf[j + 1] - rowsOf[j] <= 15) j++;
      const names = new Set(rowsOf.slice(i, j + 1).map((r) => canonicalLevel(idx.text(r, col)).canonical));
      if (names.size >= 2) {
        const g = bodyGrid(idx, col, rowsOf[i], rowsOf[j], tables);
        if (g && !out.some((o) => o.firstRow === g.firstRow)) out.push(g);
      }
      i = j + 1;
    }
  }
  return out.sort((a, b) => a.firstRow - b.firstRow);
}

function bodyGrid(
  idx: SheetIndex,
  l2col: number,
  r0: number,
  r1: number,
  tables: readonly TargetTable[],
): BodyGrid | null {
  // the body ends where the rows stop having a name or value right of the 二级 column
  let end = r1;
  for (let r = r1 + 1; r < idx.rows.length && r <= r1 + 30; r++) {
    if (coveredBy(tables, r) || !idx.rows[r].some((c) => c.col > l2col)) break;
    end = r;
  }
  // the 一级 column: left of the 二级 one, with a 一级 name on one of the body rows (merged down or blank below)
  let l1col: number | undefined;
  for (let c = l2col - 1; c >= Math.max(0, l2col - 3) && l1col === undefined; c--)
    for (let r = r0; r <= end; r++)
      if (levelOf(idx.text(r, c)) === 1) {
        l1col = c;
        break;
      }
  let first = r0;
  if (l1col !== undefined)
    for (let r = r0 - 1; r >= r0 - 2 && levelOf(idx.text(r, l1col)) === 1; r--) first = r;
  if (first === 0 || coveredBy(tables, first - 1)) return null;
  // the indicator names: the next column right of the 二级 one filled on at least half the rows
  const rowsN = end - first + 1;
  const filled = (c: number): number => {
    let k = 0;
    for (let r = first; r <= end; r++) if (idx.text(r, c) !== '') k++;
    return k;
  };
  let l3col: number | undefined;
  for (let c = idx.rightOf(first, l2col); c <= l2col + 4; c++)
    if (filled(c) * 2 >= rowsN) {
      l3col = c;
      break;
    }
  if (l3col === undefined) return null;
  // the values: right of the names, the column whose cells read most often as 指标值
  let valueCol: number | undefined;
  let best = 0;
  for (let c = l3col + 1; c <= l3col + 5; c++) {
    let k = 0;
    for (let r = first; r <= end; r++) if (valueLike(idx.text(r, c))) k++;
    if (k > best) {
      best = k;
      valueCol = c;
    }
  }
  if (valueCol === undefined || best * 2 < rowsN) return null;
  const columns = new Map<number, GridColumn>();
  if (l1col !== undefined) columns.set(l1col, 'level1');
  columns.set(l2col, 'level2');
  columns.set(l3col, 'level3');
  columns.set(valueCol, 'value');
  // the header row, when there is one, may still name the other columns (依据, 单位, 性质 …)
  for (const c of idx.rows[first - 1] ?? []) {
    const role = c.info.gridRole;
    if (
      role &&
      role !== 'weight' &&
      role !== 'scoring' &&
      !columns.has(c.col) &&
      ![...columns.values()].includes(role)
    )
      columns.set(c.col, role);
  }
  if (l1col === undefined) columns.set(l2col, 'level2');
  return {
    header: first - 1,
    firstRow: first,
    columns: l1col === undefined ? withLevel1(columns, l2col) : columns,
  };
}

/**
 * The header fields an outline states as its top rows, above the first 一级 in the indicator column: the last one is the
 * project (its amount in the column the header row names, e.g. 绩效金额), one above it the department.
 */
function outlineParents(
  idx: SheetIndex,
  h: number,
  grid: GridColumns,
): Partial<Record<HeaderKey, HeaderField>> {
  const col = grid.columns.level3!;
  const parents: number[] = [];
  for (let r = h + 1; r < grid.firstRow; r++) if (idx.text(r, col) !== '') parents.push(r);
  const out: Partial<Record<HeaderKey, HeaderField>> = {};
  const headerCell = at(h, col);
  const label = idx.text(h, col) || '项目';
  const p = parents[parents.length - 1];
  if (p === undefined) return out;
  out.name = labelled(idx, p, col, label, headerCell);
  for (const c of idx.rows[p])
    if (c.col !== col && idx.number(p, c.col) !== undefined) {
      out.budget = labelled(idx, p, c.col, idx.text(h, c.col), at(h, c.col));
      break;
    }
  if (parents.length >= 2)
    out.department = labelled(idx, parents[parents.length - 2], col, label, headerCell);
  return out;
}

/** A grid without a 一级 column: its 二级 column stands for both (the 一级 is read as blank and reported). */
function withLevel1(columns: Map<number, GridColumn>, l2col: number): Map<number, GridColumn> {
  void l2col;
  return columns;
}

interface Suspect {
  readonly cells: CellAddress[];
  readonly recognised: Set<string>;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Cells outside every table read that look like part of an indicator table: headers naming 一级/二级/三级 or the 指标值,
 * and 一级/二级 names of the framework. Close ones (within 3 rows) are one suspect; a suspect of at least two such
 * cells (or one 二级 name beside a level header) is reported, never silently skipped.
 */
function findUnreadable(idx: SheetIndex, tables: readonly TargetTable[]): Suspect[] {
  const out: Suspect[] = [];
  let cur: Suspect | null = null;
  let lastRow = -10;
  const flush = (): void => {
    if (cur && cur.cells.length >= 2) out.push(cur);
    cur = null;
  };
  for (let r = 0; r < idx.rows.length; r++) {
    if (coveredBy(tables, r)) {
      flush();
      continue;
    }
    const headerRow = idx.rows[r].some(
      (x) =>
        x.text.length <= 16 &&
        (x.info.gridRole === 'level1' ||
          x.info.gridRole === 'level2' ||
          x.info.gridRole === 'level3' ||
          x.info.gridRole === 'value'),
    );
    for (const c of idx.rows[r]) {
      let what: string | undefined;
      const role = c.info.gridRole;
      if (c.text.length <= 16 && (role === 'level1' || role === 'level2' || role === 'level3')) what = role;
      else if (c.text.length <= 16 && (role === 'value' || role === 'midValue') && /指标/.test(c.key))
        what = 'value';
      else {
        const lv = levelOf(c.text);
        if (lv > 0) what = canonicalLevel(c.text).canonical;
      }
      // the other headers of a row that names the levels or the value (指标类型 | 指标名称 | 绩效标准) are part of it
      const partOfHeader = what === undefined && headerRow && role !== undefined && c.text.length <= 16;
      if (what === undefined && !partOfHeader) continue;
      if (cur === null || r - lastRow > 3) {
        flush();
        cur = { cells: [], recognised: new Set(), top: r, bottom: r, left: c.col, right: c.col };
      }
      const s: Suspect = cur;
      s.cells.push(at(r, c.col));
      if (what !== undefined) s.recognised.add(what);
      cur = { ...s, bottom: r, left: Math.min(s.left, c.col), right: Math.max(s.right, c.col) };
      lastRow = r;
    }
  }
  flush();
  return out;
}

/** A table entry for a suspect: no rows, only what the rule table-unreadable reports. */
function unreadableTable(idx: SheetIndex, s: Suspect, index: number, options: ReadOptions): TargetTable {
  const recognised = [...s.recognised];
  const has = (k: string): boolean => recognised.includes(k);
  const names = recognised.some((k) => LEVEL1_NAMES.has(k) || LEVEL2_NAMES.has(k));
  const missing: string[] = [];
  if (!has('level1') && !has('level2')) missing.push('header');
  if (!has('level3')) missing.push('level3');
  if (!has('value')) missing.push('value');
  if (!names) missing.push('rows');
  return {
    sheet: idx.grid.sheet,
    index,
    range: { top: s.top, left: s.left, bottom: s.bottom, right: s.right },
    title: null,
    layout: 'unreadable',
    profile: options.profile === '101' ? '101' : '88',
    header: {},
    amountUnit: null,
    plan: null,
    planUnit: null,
    gridHeaderRow: s.top,
    columns: {},
    rows: [],
    missingColumns: [],
    flat: false,
    moreValueColumns: [],
    unreadable: { cells: s.cells, recognised, missing },
    continues: false,
    errorCells: [],
  };
}
