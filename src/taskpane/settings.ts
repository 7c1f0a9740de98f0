/**
 * The task pane's per-workbook settings: what the user chose in the settings tab, saved through the
 * gateway inside the workbook. Parsing never throws: a workbook may carry settings written by another
 * version of the add-in, or edited by hand, and anything unrecognised falls back to the default.
 */
import { DEFAULT_CONFIG, RULES, type Config } from '../core';
import type { AddinSettings } from '../excel/gateway';

export type ProfileChoice = Config['profile'];

export interface PaneSettings {
  readonly profile: ProfileChoice;
  /** Percent; satisfaction targets below it are reported. */
  readonly satisfactionMin: number;
  /** Ids of the rules the user switched off. */
  readonly disabledRules: readonly string[];
  /** Re-check after every edit. */
  readonly liveCheck: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = Object.freeze({
  profile: DEFAULT_CONFIG.profile,
  satisfactionMin: DEFAULT_CONFIG.satisfactionMin,
  disabledRules: Object.freeze([]) as readonly string[],
  liveCheck: false,
});

export const SATISFACTION_MIN_RANGE = { min: 0, max: 100 } as const;

const KNOWN_RULES = new Set(RULES.map((r) => r.id));

export function clampSatisfaction(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_SETTINGS.satisfactionMin;
  return Math.min(SATISFACTION_MIN_RANGE.max, Math.max(SATISFACTION_MIN_RANGE.min, Math.round(n)));
}

/** Reads settings as stored in the workbook; unknown or malformed fields get their defaults. */
export function parseSettings(raw: AddinSettings | null | undefined): PaneSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const profile =
    raw.profile === '88' || raw.profile === '101' || raw.profile === 'auto'
      ? raw.profile
      : DEFAULT_SETTINGS.profile;
  const satisfactionMin =
    typeof raw.satisfactionMin === 'number'
      ? clampSatisfaction(raw.satisfactionMin)
      : DEFAULT_SETTINGS.satisfactionMin;
  const disabledRules = Array.isArray(raw.disabledRules)
    ? [...new Set(raw.disabledRules.filter((x): x is string => typeof x === 'string' && KNOWN_RULES.has(x)))]
    : DEFAULT_SETTINGS.disabledRules;
  const liveCheck = typeof raw.liveCheck === 'boolean' ? raw.liveCheck : DEFAULT_SETTINGS.liveCheck;
  return { profile, satisfactionMin, disabledRules, liveCheck };
}

/** The plain JSON saved in the workbook. */
export function serializeSettings(s: PaneSettings): AddinSettings {
  return {
    profile: s.profile,
    satisfactionMin: s.satisfactionMin,
    disabledRules: [...s.disabledRules],
    liveCheck: s.liveCheck,
  };
}

/** The checker configuration these settings stand for. */
export function toConfig(s: PaneSettings): Partial<Config> {
  const rules: Record<string, 'off'> = {};
  for (const id of s.disabledRules) rules[id] = 'off';
  return { profile: s.profile, satisfactionMin: s.satisfactionMin, rules };
}
