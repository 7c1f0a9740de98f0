import { checkWorkbook } from '../../../src/core';
import * as T from '../tables';
test('x', () => {
  const r = checkWorkbook([T.departmentTable()]);
  console.log(r.diagnostics.map(d => d.message).join('\n'), JSON.stringify(r.read[0].header, null, 0), r.read[0].range);
  const g = T.departmentTable(); g.cells.forEach((row, i) => console.log(i+1, (row ?? []).map(c => c?.text ?? '').join(' | ')));
});
