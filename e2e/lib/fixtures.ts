/** Fixture workbooks, read in Node with the project's own xlsx reader (the CLI's). */
import path from 'node:path';
import type { Grid } from '../../src/core/model/grid';
import { readWorkbookFile } from '../../src/cli/xlsx-reader';
import { ROOT } from './harness';

const cache = new Map<string, Grid[]>();

/** Grids of a workbook (path relative to the repository). */
export async function fixtureGrids(rel: string): Promise<Grid[]> {
  let g = cache.get(rel);
  if (!g) {
    g = (await readWorkbookFile(path.join(ROOT, rel))).grids;
    cache.set(rel, g);
  }
  return g;
}

export const START = 'e2e/fixtures/start.xlsx';
export const XSS_BOOK = 'e2e/fixtures/xss.xlsx';
export const SEED = 'examples/seed.xlsx';
