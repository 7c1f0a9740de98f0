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
  ])('rejects %j at %s', (input, path) => {
    const r = validateConfig(input, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
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
