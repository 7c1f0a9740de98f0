/**
 * Meta tests of the rule registry (architecture-anchors.md §10.6): registry = files = catalogue = tests.
 * - every module in src/core/rules (except define-rule.ts, index.ts, utils/) is registered in RULES, as its default
 *   export, under an id equal to its file name; ids are unique;
 * - every rule id of rules.md §3 is implemented, with the catalogue's default severity and fix/suggest;
 * - every rule has tests/core/rules/<id>.test.ts;
 * - every message has zh-CN and en-US text with the same {{placeholders}} (a placeholder may take a locale suffix:
 *   {{field}} in zh-CN and {{fieldEn}} in en-US carry the same item in each language).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, RULES_BY_ID, type Rule } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const RULES_DIR = path.join(ROOT, 'src/core/rules');
const TESTS_DIR = path.join(ROOT, 'tests/core/rules');
// The catalogue: the shared spec beside the checkout when present (CI lays shared/ there), else the copy in docs/spec.
const SPEC =
  process.env.JIXIAO_RULES_SPEC ??
  [path.resolve(ROOT, '../shared/spec/rules.md'), path.join(ROOT, 'docs/spec/rules.md')].find((p) =>
    fs.existsSync(p),
  )!;
const NOT_RULES = new Set(['define-rule.ts', 'index.ts']);

const ruleFiles = fs
  .readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !NOT_RULES.has(e.name))
  .map((e) => e.name.replace(/\.ts$/, ''))
  .sort();

interface SpecRule {
  readonly id: string;
  readonly severity: string;
  readonly fix: 'fix' | 'suggest' | undefined;
}

/** The rows of the tables of rules.md §3: | `id` | default | what it flags | seed example |. */
function specRules(): SpecRule[] {
  const text = fs.readFileSync(SPEC, 'utf8');
  const start = text.indexOf('## 3. The rules');
  const end = text.indexOf('\n## 4.', start);
  if (start < 0) throw new Error(`${SPEC}: no "## 3. The rules" section`);
  const section = text.slice(start, end < 0 ? undefined : end);
  const out: SpecRule[] = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|([^|]*)\|/.exec(line);
    if (!m) continue;
    const def = m[2].trim();
    out.push({
      id: m[1],
      severity: def.split(/[,\s]/)[0],
      fix: /\bsuggest\b/.test(def) ? 'suggest' : /\bfix\b/.test(def) ? 'fix' : undefined,
    });
  }
  return out;
}

const placeholders = (s: string, stripLocale: boolean) =>
  [
    ...new Set(
      [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => (stripLocale ? m[1].replace(/(En|Zh)$/, '') : m[1])),
    ),
  ].sort();

describe('rule registry', () => {
  it('has a module file for every registered rule, and registers every module file', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles);
  });

  it.each(ruleFiles)(
    'src/core/rules/%s.ts default-exports the registered rule of the same id',
    async (file) => {
      const mod = (await import(path.join(RULES_DIR, `${file}.ts`))) as { default?: Rule };
      expect(mod.default).toBeDefined();
      expect(mod.default!.id).toBe(file);
      expect(RULES_BY_ID.get(file)).toBe(mod.default);
    },
  );

  it('has unique ids in kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(RULES_BY_ID.size).toBe(ids.length);
  });

  it('has a test file tests/core/rules/<id>.test.ts for every rule', () => {
    const missing = RULES.map((r) => r.id).filter(
      (id) => !fs.existsSync(path.join(TESTS_DIR, `${id}.test.ts`)),
    );
    expect(missing).toEqual([]);
  });
});

describe('rules.md §3 catalogue', () => {
  const spec = specRules();

  it('lists the 30 catalogue rules', () => {
    expect(spec.length).toBe(30);
    expect(new Set(spec.map((s) => s.id)).size).toBe(spec.length);
  });

  it('is implemented in full', () => {
    expect(spec.map((s) => s.id).filter((id) => !RULES_BY_ID.has(id))).toEqual([]);
  });

  it.each(spec.map((s) => [s.id, s] as const))(
    '%s has the catalogue’s default severity and fix kind',
    (_id, s) => {
      const rule = RULES_BY_ID.get(s.id);
      expect(rule).toBeDefined();
      expect(rule!.defaultSeverity).toBe(s.severity);
      if (s.fix === 'fix') expect(rule!.fixable).toBe('fix');
      if (s.fix === 'suggest') expect(['suggest', 'fix']).toContain(rule!.fixable);
    },
  );
});

describe('rule messages', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: zh-CN and en-US text for the description and every message, with the same placeholders',
    (_id, rule) => {
      for (const locale of ['zh-CN', 'en-US'] as const) expect(rule.description[locale]?.trim()).toBeTruthy();
      const ids = Object.keys(rule.messages);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const m = (rule.messages as Record<string, Record<string, string>>)[id];
        expect(Object.keys(m).sort()).toEqual(['en-US', 'zh-CN']);
        expect(m['zh-CN'].trim()).not.toBe('');
        expect(m['en-US'].trim()).not.toBe('');
        expect({ id, placeholders: placeholders(m['en-US'], true) }).toEqual({
          id,
          placeholders: placeholders(m['zh-CN'], true),
        });
        // the zh-CN text is Chinese; the en-US text is not the zh-CN text
        expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(m['en-US']).not.toBe(m['zh-CN']);
      }
    },
  );

  it('fixable rules declare fix or suggest, and rules that declare one are fixable', () => {
    for (const r of RULES) if (r.fixable !== undefined) expect(['fix', 'suggest']).toContain(r.fixable);
    const declared = RULES.filter((r) => r.fixable)
      .map((r) => r.id)
      .sort();
    expect(declared).toEqual(
      expect.arrayContaining(['level-name-variant', 'value-normalize', 'typo', 'value-operator-missing']),
    );
  });
});
