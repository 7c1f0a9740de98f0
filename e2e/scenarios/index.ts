import type { Scenario } from './types';
import { templateFlowZh } from './template-flow';

export type { Scenario };

/** In run order. */
export const SCENARIOS: readonly Scenario[] = [templateFlowZh];
