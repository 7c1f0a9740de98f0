/**
 * The indicator vocabularies of the two profiles (rules.md §1, domain.md §1a) as plain data.
 * Shared by the templates (pre-filled rows, dropdowns) and by the rules (allowed names).
 * Key order is the template order: iterate with Object.entries / Object.keys.
 */

export type ProfileId = '88' | '101';

/** 一级 name → the 二级 names allowed under it, in template order. */
export type ProfileVocabulary = Readonly<Record<string, readonly string[]>>;

/** 财预〔2015〕88号 (the seed's): 成本指标 is a 二级 under 产出指标. */
export const PROFILE_88 = Object.freeze({
  产出指标: Object.freeze(['数量指标', '质量指标', '时效指标', '成本指标'] as const),
  效益指标: Object.freeze(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] as const),
  满意度指标: Object.freeze(['服务对象满意度指标'] as const),
} as const);

/**
 * 财预〔2021〕101号: 成本指标 is a 一级 and comes first; 产出指标 keeps 数量/质量/时效.
 * 可持续影响指标 is kept (whether 101 dropped it is unverified; rules.md §1 keeps it accepted).
 */
export const PROFILE_101 = Object.freeze({
  成本指标: Object.freeze(['经济成本指标', '社会成本指标', '生态环境成本指标'] as const),
  产出指标: Object.freeze(['数量指标', '质量指标', '时效指标'] as const),
  效益指标: Object.freeze(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] as const),
  满意度指标: Object.freeze(['服务对象满意度指标'] as const),
} as const);

export const PROFILES: Readonly<Record<ProfileId, ProfileVocabulary>> = Object.freeze({
  '88': PROFILE_88,
  '101': PROFILE_101,
});

/** 指标值确定依据 / 绩效标准 categories offered in the dropdown (free text stays allowed). */
export const BASIS_OPTIONS = Object.freeze([
  '计划标准',
  '行业标准',
  '历史标准',
  '预算支出标准',
  '其他标准',
] as const);

/** The 一级 names of a profile, in template order. */
export function level1Names(profile: ProfileId): readonly string[] {
  return Object.keys(PROFILES[profile]);
}

/** Every 二级 name of a profile, in template order (each once). */
export function level2Names(profile: ProfileId): readonly string[] {
  const out: string[] = [];
  for (const list of Object.values(PROFILES[profile]))
    for (const name of list) if (!out.includes(name)) out.push(name);
  return out;
}

/** The 二级 names allowed under a 一级 (canonical names only), or an empty list for an unknown 一级. */
export function level2Under(profile: ProfileId, level1: string): readonly string[] {
  const vocab = PROFILES[profile];
  return Object.prototype.hasOwnProperty.call(vocab, level1) ? vocab[level1] : [];
}
