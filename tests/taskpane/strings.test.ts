import { STRINGS, getStrings, pickLocale, type Strings } from '../../src/taskpane/strings';
import { TEMPLATE_IDS } from '../../src/core';

type Leaf = { path: string; value: unknown };

function leaves(obj: unknown, prefix = ''): Leaf[] {
  if (typeof obj === 'string' || typeof obj === 'function') return [{ path: prefix, value: obj }];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** Calls a string function with sample arguments of its arity. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const f = value as (...a: unknown[]) => string;
  return f(...Array.from({ length: f.length }, (_, i) => (i % 2 === 0 ? 'X1' : 2)));
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe('task pane strings', () => {
  const zh = leaves(STRINGS['zh-CN']);
  const en = leaves(STRINGS['en-US']);

  it('both locales have exactly the same keys, of the same kind and arity', () => {
    expect(en.map((l) => l.path)).toEqual(zh.map((l) => l.path));
    zh.forEach((l, i) => {
      expect(typeof en[i].value).toBe(typeof l.value);
      if (typeof l.value === 'function')
        expect((en[i].value as () => string).length).toBe((l.value as () => string).length);
    });
    expect(zh.length).toBeGreaterThan(60);
  });

  it('every string is non-empty in both locales, and functions use their arguments', () => {
    for (const l of [...zh, ...en]) {
      const text = render(l.value);
      expect(`${l.path}: ${text.trim()}`).not.toBe(`${l.path}: `);
      if (typeof l.value === 'function') {
        const f = l.value as (...a: unknown[]) => string;
        if (f.length >= 1) expect(`${l.path}: ${text}`).toContain('X1');
      }
    }
  });

  it('zh-CN is Chinese and en-US has no Chinese text', () => {
    for (const l of en) expect(`${l.path}: ${render(l.value)}`).not.toMatch(CJK);
    const chinese = zh.filter((l) => CJK.test(render(l.value)));
    // Everything in zh-CN is Chinese except the few that are only a number pattern.
    expect(zh.filter((l) => !chinese.includes(l)).map((l) => l.path)).toEqual(['severityCount']);
  });

  it('every gateway refusal id and every template has a message in both locales', () => {
    const ids = [
      'target-not-empty',
      'target-merged',
      'target-has-validation',
      'target-out-of-bounds',
      'stale',
      'formula',
      'sheet-missing',
      'excel-error',
    ] as const;
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const s: Strings = getStrings(locale);
      expect(Object.keys(s.refusal).sort()).toEqual([...ids].sort());
      expect(Object.keys(s.templateHint).sort()).toEqual([...TEMPLATE_IDS].sort());
    }
  });

  it('picks en-US for any English display language and zh-CN otherwise', () => {
    expect(pickLocale('en-US')).toBe('en-US');
    expect(pickLocale('en-GB')).toBe('en-US');
    expect(pickLocale('EN')).toBe('en-US');
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('de-DE')).toBe('zh-CN');
    expect(pickLocale('eng')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('')).toBe('zh-CN');
  });
});
