/** Expands the paths given to `jixiao check` into the files to read. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ReadError } from './probe';

export type Target = { readonly file: string; readonly error?: ReadError };

const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg']);

async function walk(dir: string, out: string[], xls: { n: number }): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder: skip it, as `find` would report and go on
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out, xls);
    } else if (e.isFile() || e.isSymbolicLink()) {
      // "~$name.xlsx" is Excel's lock file for an open workbook, not a workbook
      if (e.name.startsWith('~$')) continue;
      const lower = e.name.toLowerCase();
      if (lower.endsWith('.xlsx')) out.push(p);
      else if (lower.endsWith('.xls')) xls.n++;
    }
  }
}

/**
 * Files to check, in the order given (folders: every .xlsx below them, sorted). A missing path or a
 * folder without .xlsx becomes a target with an error so that the run reports it and goes on.
 */
export async function expandTargets(paths: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const p of paths) {
    let st: import('node:fs').Stats;
    try {
      st = await fs.stat(p);
    } catch {
      out.push({ file: p, error: new ReadError('not-found') });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      const xls = { n: 0 };
      await walk(p, files, xls);
      if (files.length === 0)
        out.push({ file: p, error: new ReadError('no-xlsx-in-folder', { xls: xls.n }) });
      for (const f of files) out.push({ file: f });
    } else {
      out.push({ file: p });
    }
  }
  return out;
}
