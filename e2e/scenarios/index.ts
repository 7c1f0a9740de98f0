import type { Scenario } from './types';
import { templateFlowZh } from './template-flow';
import {
  englishUi,
  htmlInCells,
  keyboard,
  outsideGuard,
  seedWorkbook,
  settingsScreen,
  unsupportedExcel,
} from './others';

export type { Scenario };

/** In run order. */
export const SCENARIOS: readonly Scenario[] = [
  outsideGuard,
  templateFlowZh,
  englishUi,
  seedWorkbook,
  htmlInCells,
  settingsScreen,
  keyboard,
  unsupportedExcel,
];
