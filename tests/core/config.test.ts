import { RULES, checkWorkbook, gridFromRows, resolveConfig, validateConfig } from '../../src/core';

const ids = RULES.map((r) => r.id);

describe('validateConfig', () => {
  it('accepts a well-formed configuration', () => {
    const r = validateConfig(
      { profile: '101', rules: { direction: 'warning', typo: 'off' }, satisfactionMin: 85 },
      ids,
    );
    expect(r.ok).toBe(true);
  });
  it.each([
    [{ profile: '99' }, 'profile'],
    [{ rules: { direction: 'fatal' } }, 'rules.direction'],
    [{ rules: { 'no-such-rule': 'off' } }, 'rules.no-such-rule'],
    [{ satisfactionMin: 180 }, 'satisfactionMin'],
    [{ extra: true }, '(root)'],
    ['not an object', '(root)'],
    [{ satisfactionMin: 0.8 }, 'satisfactionMin'],
  ])('rejects %j at %s', (input, path) => {
    const r = validateConfig(input, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

describe('validateConfig messages say what is expected', () => {
  it.each([
    [{ rules: { direction: 'warn' } }, /"error", "warning", "info" or "off"/],
    [{ profile: '89' }, /"88", "101" or "auto"/],
    [{ satisfactionMin: 0.8 }, /write 80 for 80%/],
    [{ satisfactionMin: 180 }, /percent from 0 to 100/],
    [{ extra: true }, /unknown key "extra"/],
    [[1], /one JSON object/],
    [{ fillerIndicators: [1] }, /list of texts/],
  ])('%j', (input, message) => {
    const r = validateConfig(input, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});

describe('resolveConfig and severities', () => {
  const grid = gridFromRows('S', [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '成本指标', '资金成本', '≥90万元'],
  ]);
  it('fills defaults and ignores fields of the wrong type', () => {
    expect(resolveConfig({ satisfactionMin: 'x' as unknown as number }).satisfactionMin).toBe(80);
  });
  it('overrides a rule’s severity, or turns it off', () => {
    const d = (cfg: object) =>
      checkWorkbook([grid], { config: cfg }).diagnostics.filter((x) => x.ruleId === 'direction');
    expect(d({}).map((x) => x.severity)).toEqual(['error']);
    expect(d({ rules: { direction: 'info' } }).map((x) => x.severity)).toEqual(['info']);
    expect(d({ rules: { direction: 'off' } })).toEqual([]);
  });
});
