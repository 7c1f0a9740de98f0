// Minimal require hook: lets Node run the project's TypeScript (benchmarks, scripts) through @swc/core.
const { transformSync } = require('@swc/core');
const fs = require('fs');
for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = function (module, filename) {
    const src = fs.readFileSync(filename, 'utf8');
    const { code } = transformSync(src, {
      filename,
      module: { type: 'commonjs' },
      jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: ext === '.tsx' } },
      sourceMaps: 'inline',
    });
    module._compile(code, filename);
  };
}
