import type { Rule } from '../../../core';
import type { PaneSettings } from '../../settings';

export interface SettingsPanelProps {
  readonly settings: PaneSettings;
  /** The rules to list with an on/off switch (the core's RULES). */
  readonly rules: readonly Pick<Rule, 'id' | 'description' | 'defaultSeverity'>[];
  /** Called with the fields that changed. */
  readonly onChange: (patch: Partial<PaneSettings>) => void;
}
