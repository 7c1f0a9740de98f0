import type { TargetTable, TextField } from '../../model/table';

/** Every free-text cell of a table: header values, and 三级 / 描述 / 依据 of each row. */
export function tableTexts(table: TargetTable): TextField[] {
  const out: TextField[] = [];
  for (const k of ['name', 'purpose', 'goals'] as const) {
    const f = table.header[k];
    if (f && f.text !== '') out.push(f);
  }
  for (const row of table.rows) {
    if (row.level3.text !== '') out.push(row.level3);
    if (row.description && row.description.text !== '') out.push(row.description);
    if (row.basis && row.basis.text !== '') out.push(row.basis);
  }
  return out;
}
