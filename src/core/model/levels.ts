/**
 * 一级/二级 name canonicalisation (rules.md §1): trim, drop inner whitespace, half-width brackets,
 * accepted variants → canonical, a missing trailing 指标 accepted.
 */
import { normalizeName } from '../text/normalize';
import { PROFILES } from '../templates/vocab';

const VARIANTS: Readonly<Record<string, string>> = {
  生态环境效益指标: '生态效益指标',
  环境效益指标: '生态效益指标',
  生态文明效益指标: '生态效益指标',
  进度指标: '时效指标',
  产出进度指标: '时效指标',
  效果指标: '效益指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  服务对象满意度: '服务对象满意度指标',
  满意度: '满意度指标',
  可持续影响: '可持续影响指标',
  可持续发展指标: '可持续影响指标',
  持续影响指标: '可持续影响指标',
  社会公众满意度指标: '服务对象满意度指标',
  群众满意度指标: '服务对象满意度指标',
  公众满意度指标: '服务对象满意度指标',
  社会满意度指标: '服务对象满意度指标',
  社会效益: '社会效益指标',
  经济效益: '经济效益指标',
};

/** Every canonical level name of both profiles. */
const CANONICAL: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const p of Object.values(PROFILES))
    for (const [l1, l2s] of Object.entries(p)) {
      s.add(l1);
      for (const l2 of l2s) s.add(l2);
    }
  return s;
})();

export interface LevelName {
  /** The canonical name, or undefined when the text is no known level name. */
  readonly canonical: string | undefined;
  /** True when the written text is a variant of (not exactly) the canonical name. */
  readonly variant: boolean;
}

const cache = new Map<string, LevelName>();

/** An own entry only: a cell reading "constructor" or "toString" is no variant of a level name. */
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function canonicalLevel(text: string): LevelName {
  const hit = cache.get(text);
  if (hit) return hit;
  // "成本指标(0-20)分", "产出指标（50分）": a score annotation is not part of the name
  const normalized = normalizeName(text);
  // "一、产出指标", "(一)数量指标", "1.产出指标", "1.1数量指标", "1、数量指标": list numbering is not part of the name either
  const key = normalized
    .replace(/\(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?分?\)分?$/, '')
    // "数量指标(必填硬性指标)", "质量指标（选填）": a form's note on the level is not part of its name either
    .replace(/\((?:必填|选填|可选|必选|硬性|核心|共性|个性|自选)[^()]{0,8}\)$/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+(?:\.\d+)*[、.]?)(?=\D)/, '');
  let canonical: string | undefined;
  if (CANONICAL.has(key)) canonical = key;
  else if (hasOwn(VARIANTS, key)) canonical = VARIANTS[key];
  else if (CANONICAL.has(key + '指标')) canonical = key + '指标';
  else if (hasOwn(VARIANTS, key + '指标')) canonical = VARIANTS[key + '指标'];
  // A variant is another name for the canonical one. A score annotation is the officer's, and spaces and line breaks
  // are dropped by rules.md's normalisation before any comparison: "产出\n指标（50分）" is the name itself.
  const variant = canonical !== undefined && canonical !== key;
  const result: LevelName = { canonical, variant };
  if (cache.size < 10000) cache.set(text, result);
  return result;
}
