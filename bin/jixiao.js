#!/usr/bin/env node
'use strict';
// The jixiao command line; built from src/cli by `npm run build` (tsc -p tsconfig.cli.json).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write('jixiao: 尚未构建，请先运行 npm run build (not built yet: run npm run build first)\n');
    process.exitCode = 2;
    return;
  }
  throw e;
}
cli.run();
