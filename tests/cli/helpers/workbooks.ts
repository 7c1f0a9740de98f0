/** Test workbooks built from grids (seed fixture, corrected tables) with the CLI's own writer. */
import ExcelJS from 'exceljs';
import type { Grid } from '../../../src/core/model/grid';
import { writeGrid } from '../../../src/cli/xlsx-writer';

export async function gridsToXlsx(grids: readonly Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) writeGrid(wb.addWorksheet(g.sheet), g);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
