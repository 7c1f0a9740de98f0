/**
 * `npm run corpus`: reads every real table of tests/corpus/tables with the product's reader and rules, and prints
 * per table and in total: tables read, recall on the findings a reviewer expects, false alarms on cells marked right.
 * `--verbose` lists every missed finding and false alarm; `--only <id-part>` runs the matching tables.
 */
import { loadCorpus, scoreTable, summarize, validateEntry } from '../tests/corpus/corpus';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
let bad = 0;
const scores = [];
for (const { file, table } of loadCorpus()) {
  if (only && !table.id.includes(only)) continue;
  const problems = validateEntry(table, file);
  if (problems.length > 0) {
    bad++;
    console.log(`INVALID ${table.id ?? file}: ${problems.join('; ')}`);
    continue;
  }
  const s = scoreTable(table);
  scores.push(s);
  const recall = s.expected === 0 ? '—' : pct(s.found / s.expected);
  console.log(
    `${s.read ? 'read' : 'NOT READ'}  ${s.id}  [${s.province} · ${s.family}]  tables ${s.tablesRead}/${s.tablesExpected}` +
      `  recall ${s.found}/${s.expected} (${recall})  false alarms ${s.falseAlarms.length}/${s.rightCells}` +
      (s.headerMissed.length ? `  header reported missing: ${s.headerMissed.length}` : ''),
  );
  if (verbose) {
    for (const m of s.missed) console.log(`    missed  ${m.cell}  ${m.rule}  (${m.why ?? ''})`);
    for (const f of s.falseAlarms) console.log(`    false alarm  ${f.cell}  ${f.rule}  ${f.message}`);
    for (const h of s.headerMissed) console.log(`    header missing  ${h.cell}  ${h.message}`);
  }
}
const t = summarize(scores);
console.log('');
console.log(
  `corpus: ${t.tables} tables from ${t.provinces} provinces in ${t.families} layout families; ` +
    `read ${t.read}/${t.tables}; recall ${t.found}/${t.expected} = ${pct(t.recall)}; ` +
    `false alarms ${t.falseAlarms}/${t.rightCells} = ${pct(t.falseAlarmRate)}; header fields reported missing: ${t.headerMissed}` +
    (bad ? `; ${bad} invalid entries` : ''),
);
if (bad > 0) process.exitCode = 1;
