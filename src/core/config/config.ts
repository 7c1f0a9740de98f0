import * as z from 'zod/mini';
import type { Severity } from '../diagnostics/diagnostic';
import type { ProfileId } from '../templates/vocab';

export type RuleSetting = Severity | 'off';

/** The checker's configuration. Every field is optional in what users write; see resolveConfig. */
export interface Config {
  /** Force a profile, or detect it per table ('auto'). */
  readonly profile: ProfileId | 'auto';
  /** Severity overrides per rule id ('off' disables a rule). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** A satisfaction target below this percent is reported (satisfaction-misplaced). */
  readonly satisfactionMin: number;
  /** Tolerance of funding-sum, in 万元. */
  readonly fundingTolerance: number;
  /** Boilerplate 三级 names that measure nothing (filler-indicator). */
  readonly fillerIndicators: readonly string[];
  /** Extra words that are foreign to any unit (foreign-content). */
  readonly foreignKeywords: readonly string[];
}

export const DEFAULT_FILLERS: readonly string[] = [
  '环保节能',
  '节能环保',
  '节能环保减排',
  '节能减排',
  '生态环境质量改善',
  '改善生态环境质量',
  '生态环境改善',
  '改善生态环境',
  '网络生态环境',
  '绿色环保',
  '环境保护',
  '保护生态环境',
];

export const DEFAULT_CONFIG: Config = Object.freeze({
  profile: 'auto',
  rules: Object.freeze({}),
  satisfactionMin: 80,
  fundingTolerance: 0.005,
  fillerIndicators: DEFAULT_FILLERS,
  foreignKeywords: Object.freeze([]) as readonly string[],
});

/** Fills in defaults; ignores fields of the wrong type rather than throwing (configs come from users). */
export function resolveConfig(partial: Partial<Config> | undefined): Config {
  if (!partial || typeof partial !== 'object') return DEFAULT_CONFIG;
  const p = partial as Record<string, unknown>;
  const profile =
    p.profile === '88' || p.profile === '101' || p.profile === 'auto' ? p.profile : DEFAULT_CONFIG.profile;
  const rules: Record<string, RuleSetting> = {};
  if (p.rules && typeof p.rules === 'object')
    for (const [k, v] of Object.entries(p.rules as Record<string, unknown>))
      if (v === 'error' || v === 'warning' || v === 'info' || v === 'off') rules[k] = v;
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const strs = (v: unknown, d: readonly string[]) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : d;
  return {
    profile,
    rules,
    satisfactionMin: num(p.satisfactionMin, DEFAULT_CONFIG.satisfactionMin),
    fundingTolerance: num(p.fundingTolerance, DEFAULT_CONFIG.fundingTolerance),
    fillerIndicators: strs(p.fillerIndicators, DEFAULT_CONFIG.fillerIndicators),
    foreignKeywords: strs(p.foreignKeywords, DEFAULT_CONFIG.foreignKeywords),
  };
}

// ---- user configuration files (.jixiaorc.json, --config): validated with zod, never trusted ----

export const RuleSettingSchema = /*#__PURE__*/ (() => z.enum(['error', 'warning', 'info', 'off']))();

export const ConfigSchema = /*#__PURE__*/ (() =>
  z.strictObject({
    profile: z.optional(z.enum(['88', '101', 'auto'])),
    rules: z.optional(z.record(z.string(), z.enum(['error', 'warning', 'info', 'off']))),
    satisfactionMin: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    fundingTolerance: z.optional(z.number().check(z.minimum(0), z.maximum(1000))),
    fillerIndicators: z.optional(z.array(z.string())),
    foreignKeywords: z.optional(z.array(z.string())),
  }))();

export interface ConfigIssue {
  /** Where in the file: "rules.direction", "satisfactionMin" … */
  readonly path: string;
  readonly message: string;
}

/** What a config value must be, said plainly (zod's own message is often just "Invalid input"). */
function issueHint(path: string, code: string, keys?: readonly string[]): string | undefined {
  if (code === 'unrecognized_keys')
    return `unknown key ${(keys ?? []).map((k) => `"${k}"`).join(', ')}: the keys are profile, rules, satisfactionMin, fundingTolerance, fillerIndicators, foreignKeywords`;
  if (path === '(root)') return 'the file must hold one JSON object, such as {"rules": {"typo": "off"}}';
  if (path === 'profile') return 'expected "88", "101" or "auto"';
  if (path === 'rules') return 'expected an object of rule ids, such as {"typo": "off"}';
  if (path.startsWith('rules.')) return 'expected "error", "warning", "info" or "off"';
  if (path === 'satisfactionMin') return 'expected a percent from 0 to 100, such as 80';
  if (path === 'fundingTolerance') return 'expected an amount in 万元 from 0 to 1000, such as 0.01';
  if (path === 'fillerIndicators' || path === 'foreignKeywords' || /^\w+\.\d+$/.test(path))
    return 'expected a list of texts, such as ["环保节能"]';
  return undefined;
}

/**
 * Validates a parsed configuration file. Unknown rule ids are issues too (`knownRuleIds`), so a typo in
 * a rule id is reported rather than silently ignored.
 */
export function validateConfig(
  input: unknown,
  knownRuleIds: readonly string[],
):
  | { readonly ok: true; readonly config: Partial<Config> }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] } {
  const r = ConfigSchema.safeParse(input);
  const issues: ConfigIssue[] = [];
  if (!r.success)
    for (const i of r.error.issues) {
      const path = i.path.join('.') || '(root)';
      const keys = (i as { keys?: readonly string[] }).keys;
      issues.push({ path, message: issueHint(path, i.code, keys) ?? i.message });
    }
  else {
    for (const id of Object.keys(r.data.rules ?? {}))
      if (!knownRuleIds.includes(id))
        issues.push({ path: `rules.${id}`, message: `unknown rule id "${id}"` });
    const min = r.data.satisfactionMin;
    if (min !== undefined && min > 0 && min < 1)
      issues.push({
        path: 'satisfactionMin',
        message: `a percent from 0 to 100: write ${Math.round(min * 100)} for ${Math.round(min * 100)}%`,
      });
  }
  if (issues.length > 0 || !r.success) return { ok: false, issues };
  return { ok: true, config: r.data as Partial<Config> };
}
