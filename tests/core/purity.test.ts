/**
 * @jest-environment jsdom
 *
 * The core runs unchanged in a browser-like environment (no Node globals used), and imports nothing impure.
 */
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';
import { checkWorkbook } from '../../src/core';

test('checks the seed in jsdom with the same result count as in Node', () => {
  const r = checkWorkbook([buildSeedGrid(SEED_TABLES).grid]);
  expect(r.tables).toHaveLength(13);
  expect(r.diagnostics.length).toBeGreaterThan(300);
});

test('no file of src/core imports Office.js, React, Fluent, exceljs or Node built-ins', () => {
  // eslint enforces this too (eslint.config.mjs); this test keeps it true even when lint is skipped
  const { readdirSync, readFileSync, statSync } = jest.requireActual('fs') as typeof import('fs');
  const { join } = jest.requireActual('path') as typeof import('path');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(__dirname, '../../src/core'));
  expect(files.length).toBeGreaterThan(30);
  const bad = files.filter((f) =>
    /from ['"](react|react-dom|@fluentui\/[^'"]*|exceljs|office-[^'"]*|node:[^'"]*|fs|path|os|child_process)['"]|\bExcel\.|\bOffice\./.test(
      readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
    ),
  );
  expect(bad).toEqual([]);
});
