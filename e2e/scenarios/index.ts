import type { Scenario } from './types';
import { templateFlowZh } from './template-flow';
import { englishUi, htmlInCells, keyboard, outsideGuard, seedWorkbook, settingsScreen } from './others';

export type { Scenario };

/** In run order. */
export const SCENARIOS: readonly Scenario[] = [outsideGuard, templateFlowZh, englishUi, seedWorkbook, htmlInCells, settingsScreen, keyboard];
