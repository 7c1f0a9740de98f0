#!/usr/bin/env node
/**
 * `npm start`: sideloads manifest.xml into desktop Excel with office-addin-debugging, where that
 * can work (Windows, macOS). office-addin-debugging is deliberately not a dependency (it pulls in
 * native modules that break `npm ci` on Linux), so it is fetched on demand with `npx --yes`.
 * Elsewhere this prints how to try the add-in instead, and exits 0: it never breaks a Linux build.
 * Extra arguments go to office-addin-debugging (e.g. `npm start -- web --document <url>`).
 */
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const web = args.includes('web');

function explain(reason) {
  process.stdout.write(
    [
      `npm start: ${reason}`,
      '',
      '  绩效目标表助手 can still be tried:',
      '  1. npm run dev            (serves the task pane at https://localhost:3000)',
      '  2. Excel on the web → 开始 / Home → 加载项 / Add-ins → 更多设置 / More Settings →',
      '     上传我的加载项 / Upload My Add-in → choose manifest.xml from this folder.',
      '  (or: npm start -- web --document <URL of a workbook in OneDrive/SharePoint>)',
      '',
    ].join('\n'),
  );
}

if (process.platform !== 'win32' && process.platform !== 'darwin' && !web) {
  explain(`desktop Excel is not available on ${process.platform}; nothing to sideload into.`);
  process.exit(0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const child = spawn(npx, ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', ...args], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('error', (e) => {
  explain(`could not run office-addin-debugging (${e.message}).`);
  process.exit(0);
});
child.on('exit', (code, signal) => {
  if (code)
    process.stderr.write(`npm start: office-addin-debugging exited with ${code}; see its messages above.\n`);
  process.exit(signal ? 1 : (code ?? 0));
});
