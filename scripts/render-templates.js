#!/usr/bin/env node
/**
 * Pictures of the four templates for the README: docs/templates/<id>.png.
 *
 * Each template is written by the CLI (`jixiao template <id> --out …`), printed to PDF by LibreOffice
 * (its A4 / fit-to-width page setup applies), rasterised by pdftoppm, and cropped to the table.
 * Needs: npm run build; apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-noto-cjk
 * Run: npm run template:pictures
 *
 * 宋体 is not installed on Linux; a private fontconfig file maps it to Noto Serif CJK SC (also a Song/Ming
 * face) so the pictures look like the printed form. Excel on Windows uses 宋体 itself.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'templates');
const IDS = ['project-seed', 'project-88', 'department', 'project-101'];
const DPI = 144;

function need(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  } catch {
    console.error(
      `render-templates: ${cmd} is missing. Install: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-noto-cjk`,
    );
    process.exit(2);
  }
}

/** Reads a binary PGM (P5) and returns the bounding box of the non-white pixels. */
function inkBox(pgmFile) {
  const buf = fs.readFileSync(pgmFile);
  // header: P5\n<w> <h>\n<max>\n (comments are not written by pdftoppm)
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error(`not a PGM: ${pgmFile}`);
  const w = Number(m[1]);
  const h = Number(m[2]);
  const data = buf.subarray(m[0].length);
  let top = h,
    left = w,
    bottom = -1,
    right = -1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (data[row + x] < 235) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) return { x: 0, y: 0, w, h };
  const pad = 12;
  const x = Math.max(0, left - pad);
  const y = Math.max(0, top - pad);
  return { x, y, w: Math.min(w, right + pad) - x, h: Math.min(h, bottom + pad) - y };
}

function main() {
  need('soffice');
  need('pdftoppm');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-render-'));
  const fontsConf = path.join(tmp, 'fonts.conf');
  fs.writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>\n`,
  );
  const env = { ...process.env, FONTCONFIG_FILE: fontsConf, NO_COLOR: '1' };
  fs.mkdirSync(OUT, { recursive: true });
  const bin = path.join(ROOT, 'bin', 'jixiao.js');
  for (const id of IDS) {
    const xlsx = path.join(tmp, `${id}.xlsx`);
    execFileSync(process.execPath, [bin, 'template', id, '--out', xlsx, '--force'], {
      stdio: 'inherit',
      env,
    });
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        tmp,
        xlsx,
      ],
      { stdio: 'ignore', env },
    );
    const pdf = path.join(tmp, `${id}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${id}`);
    const pgmBase = path.join(tmp, `${id}-probe`);
    execFileSync(
      'pdftoppm',
      ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, pgmBase],
      { env },
    );
    const box = inkBox(`${pgmBase}.pgm`);
    execFileSync(
      'pdftoppm',
      [
        '-png',
        '-r',
        String(DPI),
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '-x',
        String(box.x),
        '-y',
        String(box.y),
        '-W',
        String(box.w),
        '-H',
        String(box.h),
        pdf,
        path.join(OUT, id),
      ],
      { env },
    );
    console.log(`docs/templates/${id}.png  ${box.w}×${box.h}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
