#!/usr/bin/env node
'use strict';
// The jixiao command line; built from src/cli by `npm run build` (tsc -p tsconfig.cli.json).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write(
      'jixiao: 尚未构建，请先运行 npm run build (not built yet: run npm run build first)\n',
    );
    process.exitCode = 2;
    return;
  }
  throw e;
}
// A reader that stops early (`jixiao check … | head`) closes the pipe: end quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
cli.run();
