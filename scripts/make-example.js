#!/usr/bin/env node
/**
 * Writes examples/seed.xlsx: the seed document's 13 project tables (tests/fixtures/seed), stacked on
 * one sheet in the seed's own layout, as an Excel user would have them: merged title/header cells,
 * amounts as numbers formatted 0.00, the spending plan as percents (0%), thin borders round each
 * table, 宋体. The defects of the seed are kept: it is the example the checker is demonstrated on.
 *
 * Run: node scripts/make-example.js [out.xlsx]   (TypeScript sources are compiled on the fly by @swc/core)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

// Minimal TypeScript require hook (the project already depends on @swc/core for jest).
const swc = require('@swc/core');
require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};

const { SEED_TABLES } = require(path.join(ROOT, 'tests/fixtures/seed/seed-tables.ts'));
const { buildSeedGrid } = require(path.join(ROOT, 'tests/fixtures/seed/build-seed-grid.ts'));
const { writeGrid } = require(path.join(ROOT, 'src/cli/xlsx-writer.ts'));
const { setupExcelJS } = require(path.join(ROOT, 'src/cli/exceljs-setup.ts'));

const PERCENT_RE = /^(\d+(?:\.\d+)?)%$/;

async function main() {
  const out = path.resolve(process.argv[2] || path.join(ROOT, 'examples', 'seed.xlsx'));
  const { grid, locate } = buildSeedGrid(SEED_TABLES, '绩效目标');

  // The spending plan as numbers with a percent format (what Excel stores when one types 25%).
  const cells = grid.cells.map((row) => (row ? row.slice() : row));
  for (const t of SEED_TABLES) {
    for (const key of ['plan0', 'plan1', 'plan2', 'plan3']) {
      const at = locate.header(t.no, key);
      const c = cells[at.row] && cells[at.row][at.col];
      const m = c && PERCENT_RE.exec(c.text);
      if (m) cells[at.row][at.col] = { value: Number(m[1]) / 100, text: c.text, numberFormat: '0%' };
    }
  }
  const example = { ...grid, cells };

  const ExcelJS = setupExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const fixed = new Date(Date.UTC(2026, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet(example.sheet);
  const borders = SEED_TABLES.map((t) => locate.tableRange(t.no));
  writeGrid(ws, example, {
    borders,
    columnWidths: [14, 16, 24, 24, 12, 14, 10],
    titleRows: SEED_TABLES.map((t) => locate.tableTop(t.no)),
  });
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  console.log(
    `${path.relative(process.cwd(), out)}: ${SEED_TABLES.length} tables, ${example.cells.length} rows`,
  );
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exitCode = 1;
});
