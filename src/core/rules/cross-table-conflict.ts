/**
 * The same 三级 (after normalisation) with opposite directions in different tables of the workbook (rules.md §3, R18):
 * 社区矫正人数 ≤100人 in one table and ≥100人 in another.
 */
import { defineRule } from './define-rule';
import { normalizeName } from '../text/normalize';
import { nameWithoutUnit } from './utils/measures';
import { toA1, type CellAddress } from '../model/address';
import type { TargetTable } from '../model/table';
import type { CellRef } from '../diagnostics/diagnostic';
import { memoByText } from '../text/memo';

/** The comparison key of a 三级 name: normalised, without its bracketed unit. */
const nameKey = memoByText((name: string) => normalizeName(nameWithoutUnit(name)));

interface Use {
  readonly table: number;
  readonly t: TargetTable;
  readonly cell: CellAddress;
  readonly up: boolean;
  readonly value: string;
  /** the 三级 text of the use's row */
  readonly name: string;
  /** "Sheet!E12" and the CellRef of the value, made once when another finding first names this use */
  label?: string;
  ref?: CellRef;
}

function labelOf(o: Use): string {
  return (o.label ??= `${o.t.sheet}!${toA1(o.cell)}`);
}

function refOf(o: Use): CellRef {
  return (o.ref ??= { sheet: o.t.sheet, cell: o.cell });
}

export default defineRule({
  id: 'cross-table-conflict',
  scope: 'workbook',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '同一指标在不同表中方向相反',
    'en-US': 'The same indicator with opposite directions in different tables',
  },
  messages: {
    conflict: {
      'zh-CN': '“{{name}}”在此为“{{value}}”，但在 {{others}} 方向相反（{{otherValue}}）。',
      'en-US': '“{{name}}” is “{{value}}” here but points the other way in {{others}} ({{otherValue}}).',
    },
  },
  check({ tables, report }) {
    // First pass: the directions each name is used with (1 up, 2 down). Only names used both ways get Use records.
    const UP = 1;
    const DOWN = 2;
    const directions = new Map<string, number>();
    const upOf = (op: string) => op === '≥' || op === '>';
    for (const t of tables)
      for (const row of t.rows) {
        const p = row.parsed;
        if (!p.ok || p.value.op === null || p.value.op === '=') continue;
        const key = nameKey(row.level3.text);
        if (key === '') continue;
        directions.set(key, (directions.get(key) ?? 0) | (upOf(p.value.op) ? UP : DOWN));
      }
    const uses = new Map<string, Use[]>();
    tables.forEach((t, ti) => {
      for (const row of t.rows) {
        const p = row.parsed;
        if (!p.ok || p.value.op === null || p.value.op === '=') continue;
        const key = nameKey(row.level3.text);
        if (directions.get(key) !== (UP | DOWN)) continue;
        const use: Use = {
          table: ti,
          t,
          cell: row.value.cell,
          up: upOf(p.value.op),
          value: row.value.text,
          name: row.level3.text,
        };
        const list = uses.get(key);
        if (list) list.push(use);
        else uses.set(key, [use]);
      }
    });
    for (const list of uses.values()) {
      if (list.length < 2) continue;
      const ups = list.filter((u) => u.up);
      const downs = list.filter((u) => !u.up);
      if (ups.length === 0 || downs.length === 0) continue;
      for (const u of list) {
        // at most 21 opposite uses are named; stop looking once there are enough (a workbook may hold thousands)
        const opposite: Use[] = [];
        for (const o of u.up ? downs : ups) {
          if (o.table !== u.table) opposite.push(o);
          if (opposite.length > 20) break;
        }
        if (opposite.length === 0) continue;
        const name = u.name; // value cells are one per row: the use's own row
        report(u.table, {
          messageId: 'conflict',
          cell: u.cell,
          data: {
            name,
            value: u.value,
            others: opposite.slice(0, 5).map(labelOf).join('、') + (opposite.length > 5 ? ' …' : ''),
            otherValue: opposite[0].value,
          },
          related: opposite.slice(0, 20).map(refOf),
        });
      }
    }
  },
});
