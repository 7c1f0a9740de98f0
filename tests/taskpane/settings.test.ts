import { DEFAULT_SETTINGS, parseSettings, serializeSettings, toConfig } from '../../src/taskpane/settings';
import { checkWorkbook } from '../../src/core';
import { SEED_TABLES } from '../fixtures/seed/seed-tables';
import { buildSeedGrid } from '../fixtures/seed/build-seed-grid';

describe('pane settings', () => {
  it('round-trips through the JSON saved in the workbook', () => {
    const s = {
      profile: '101' as const,
      satisfactionMin: 90,
      disabledRules: ['typo', 'value-normalize'],
      liveCheck: true,
    };
    expect(parseSettings(JSON.parse(JSON.stringify(serializeSettings(s))))).toEqual(s);
  });

  it('falls back to the defaults for anything malformed, never throwing', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({
        profile: '2015',
        satisfactionMin: 'high',
        disabledRules: 'typo',
        liveCheck: 'yes',
      } as never),
    ).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ satisfactionMin: 140 }).satisfactionMin).toBe(100);
    expect(parseSettings({ satisfactionMin: -3 }).satisfactionMin).toBe(0);
    expect(parseSettings({ disabledRules: ['typo', 7, 'unknown-rule', 'typo'] }).disabledRules).toEqual([
      'typo',
    ]);
  });

  it('turns into a checker config that switches the rules off', () => {
    const { grid } = buildSeedGrid(SEED_TABLES.slice(0, 1));
    const all = checkWorkbook([grid], { config: toConfig(DEFAULT_SETTINGS) });
    expect(all.diagnostics.some((d) => d.ruleId === 'value-normalize')).toBe(true);
    const off = checkWorkbook([grid], {
      config: toConfig({ ...DEFAULT_SETTINGS, disabledRules: ['value-normalize'] }),
    });
    expect(off.diagnostics.some((d) => d.ruleId === 'value-normalize')).toBe(false);
    expect(toConfig({ ...DEFAULT_SETTINGS, profile: '88', satisfactionMin: 95 })).toEqual({
      profile: '88',
      satisfactionMin: 95,
      rules: {},
    });
  });
});
