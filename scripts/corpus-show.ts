/**
 * `node -r ./scripts/ts-register.js scripts/corpus-show.ts <id-part>`: one corpus table's cells and what the reader
 * made of them (tables, columns, header fields, rows), for working on the reader.
 */
import { loadCorpus, toGrid } from '../tests/corpus/corpus';
import { readTables, toA1 } from '../src/core';

const part = process.argv[2] ?? '';
for (const { table } of loadCorpus()) {
  if (!table.id.includes(part)) continue;
  console.log(`== ${table.id}  ${table.source}`);
  table.rows.forEach((r, i) =>
    console.log(
      String(i + 1).padStart(3),
      r.map((v) => (v === '' || v === null ? '·' : String(v).replace(/\n/g, '⏎'))).join(' | '),
    ),
  );
  console.log('merges', (table.merges ?? []).join(' '));
  for (const t of readTables(toGrid(table))) {
    console.log(
      `-- table ${t.index} ${toA1({ row: t.range.top, col: t.range.left })}:${toA1({ row: t.range.bottom, col: t.range.right })} layout=${t.layout} flat=${t.flat} header row ${t.gridHeaderRow + 1} cols=${JSON.stringify(t.columns)} more=${JSON.stringify(t.moreValueColumns)} missing=${t.missingColumns}`,
    );
    for (const [k, f] of Object.entries(t.header))
      console.log(`   ${k}: ${f && toA1(f.cell)} "${f?.text.slice(0, 30)}" (label ${f?.label})`);
    for (const r of t.rows)
      console.log(
        `   ${r.row + 1}: ${r.level1.text} / ${r.level2.text} / ${r.level3.text} = ${r.value.text}${r.moreValues.length ? ' + ' + r.moreValues.map((m) => m.text).join(',') : ''}`,
      );
    if (t.unreadable) console.log('   unreadable', JSON.stringify(t.unreadable));
  }
}
