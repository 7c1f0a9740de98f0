/** Check settings kept in the workbook: profile, satisfaction minimum, rules on/off. */
import { useId } from 'react';
import { Caption1, Field, Input, Select, Subtitle2, Switch } from '@fluentui/react-components';
import { useLocale, useStrings } from '../../i18n';
import { SATISFACTION_MIN_RANGE, clampSatisfaction, type ProfileChoice } from '../../settings';
import type { SettingsPanelProps } from './SettingsPanel.types';
import { useSettingsPanelStyles } from './useSettingsPanelStyles';

const PROFILES: readonly ProfileChoice[] = ['auto', '88', '101'];

export function SettingsPanel({ settings, rules, onChange }: SettingsPanelProps) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useSettingsPanelStyles();
  const headingId = useId();
  const rulesId = useId();
  const disabled = new Set(settings.disabledRules);

  const toggleRule = (id: string, on: boolean) => {
    const next = settings.disabledRules.filter((r) => r !== id);
    if (!on) next.push(id);
    onChange({ disabledRules: next });
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.settingsHeading}
      </Subtitle2>
      <Caption1 className={styles.note}>{s.settingsNote}</Caption1>
      <Field label={s.profileLabel} hint={s.profileHint}>
        <Select
          className={styles.select}
          value={settings.profile}
          onChange={(_, data) => onChange({ profile: data.value as ProfileChoice })}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {s.profile[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.satisfactionMinLabel} hint={s.satisfactionMinHint}>
        <Input
          type="number"
          value={String(settings.satisfactionMin)}
          min={SATISFACTION_MIN_RANGE.min}
          max={SATISFACTION_MIN_RANGE.max}
          step={1}
          onChange={(_, data) => {
            const n = Number.parseFloat(data.value);
            if (Number.isFinite(n)) onChange({ satisfactionMin: clampSatisfaction(n) });
          }}
        />
      </Field>
      <Subtitle2 as="h3" id={rulesId}>
        {s.rulesHeading}
      </Subtitle2>
      <Caption1 className={styles.note}>{s.rulesHint}</Caption1>
      <ul className={styles.rules} aria-labelledby={rulesId}>
        {rules.map((r) => (
          <li key={r.id} className={styles.rule}>
            <Switch
              checked={!disabled.has(r.id)}
              label={r.description[locale]}
              onChange={(_, data) => toggleRule(r.id, data.checked)}
              data-rule={r.id}
            />
            <Caption1 className={styles.ruleId}>{r.id}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
