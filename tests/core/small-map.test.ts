import fc from 'fast-check';
import { SmallMap, cellKey } from '../../src/core/rules/utils/small-map';

describe('SmallMap (per-table bookkeeping of rules)', () => {
  it('behaves as a Map for any sequence of set/add/get/has, before and after it outgrows its arrays', () => {
    const op = fc.record({
      kind: fc.constantFrom('set', 'add', 'get', 'has', 'clear'),
      key: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom('a', 'b', '', '培训')),
      value: fc.integer(),
    });
    const m = new SmallMap<string | number, number>();
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        m.clear(); // one instance reused, as the rules do
        const ref = new Map<string | number, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            m.set(o.key, o.value);
            ref.set(o.key, o.value);
          } else if (o.kind === 'add') {
            const added = !ref.has(o.key);
            if (added) ref.set(o.key, o.value);
            expect(m.add(o.key, o.value)).toBe(added);
          } else if (o.kind === 'get') expect(m.get(o.key)).toBe(ref.get(o.key));
          else if (o.kind === 'has') expect(m.has(o.key)).toBe(ref.has(o.key));
          else {
            m.clear();
            ref.clear();
          }
          expect(m.size).toBe(ref.size);
        }
        expect([...m.valueList()]).toEqual([...ref.values()]);
      }),
      { numRuns: 300 },
    );
  });

  it('keys cells by row and column', () => {
    expect(cellKey({ row: 3, col: 4 })).toBe(cellKey({ row: 3, col: 4 }));
    expect(cellKey({ row: 3, col: 4 })).not.toBe(cellKey({ row: 4, col: 3 }));
    expect(cellKey({ row: 0, col: 16383 })).not.toBe(cellKey({ row: 1, col: 0 }));
  });
});
