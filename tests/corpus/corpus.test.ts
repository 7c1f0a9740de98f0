/**
 * The corpus of real published tables (tests/corpus/tables) keeps floors, so that reading can never silently get
 * worse: every table is read, recall on the findings a reviewer expects stays high, false alarms on the cells a reviewer
 * marks right stay rare, and no header field a table has is reported missing. `npm run corpus` prints the figures.
 */
import { loadCorpus, scoreTable, summarize, validateEntry, FAMILIES } from './corpus';

const entries = loadCorpus();
const scores = entries.map(({ table }) => scoreTable(table));
const total = summarize(scores);

/** Floors: raise them when the corpus reads better; never lower them to make a change pass. */
const FLOORS = {
  tables: 29,
  provinces: 17,
  families: 8,
  recall: 0.95,
  falseAlarmRate: 0.02,
};

describe('the corpus of real tables', () => {
  it.each(entries.map((e) => [e.table.id, e] as const))('%s is a well-formed entry', (_id, e) => {
    expect(validateEntry(e.table, e.file)).toEqual([]);
  });

  it(`holds at least ${FLOORS.tables} tables from ${FLOORS.provinces} provinces in ${FLOORS.families} layout families`, () => {
    expect(total.tables).toBeGreaterThanOrEqual(FLOORS.tables);
    expect(total.provinces).toBeGreaterThanOrEqual(FLOORS.provinces);
    expect(total.families).toBeGreaterThanOrEqual(FLOORS.families);
    for (const f of new Set(entries.map((e) => e.table.family))) expect(FAMILIES).toContain(f);
  });

  it.each(scores.map((s) => [s.id, s] as const))('%s: every table of the sheet is read', (_id, s) => {
    expect({ id: s.id, read: s.tablesRead >= s.tablesExpected }).toEqual({ id: s.id, read: true });
  });

  it.each(scores.map((s) => [s.id, s] as const))(
    '%s: no header field the table has is reported missing',
    (_id, s) => {
      expect(s.headerMissed).toEqual([]);
    },
  );

  it(`finds at least ${FLOORS.recall * 100}% of the expected findings`, () => {
    const missed = scores.flatMap((s) => s.missed.map((m) => `${s.id} ${m.cell} ${m.rule}`));
    expect({ recall: total.recall >= FLOORS.recall, missed }).toEqual({
      recall: true,
      missed: expect.any(Array),
    });
  });

  it(`raises a false alarm on at most ${FLOORS.falseAlarmRate * 100}% of the cells marked right`, () => {
    const alarms = scores.flatMap((s) => s.falseAlarms.map((f) => `${s.id} ${f.cell} ${f.rule}`));
    expect({ ok: total.falseAlarmRate <= FLOORS.falseAlarmRate, alarms }).toEqual({
      ok: true,
      alarms: expect.any(Array),
    });
  });
});
