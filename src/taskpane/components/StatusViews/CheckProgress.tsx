/** Progress of a check: the phase as text and a ProgressBar over reading → checking → marking. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { ProgressPhase } from '../../useChecker';
import type { CheckProgressProps } from './StatusViews.types';
import { useStatusViewsStyles } from './useStatusViewsStyles';

const STEP: Readonly<Record<ProgressPhase, number>> = { reading: 0.15, checking: 0.5, marking: 0.85 };

export function CheckProgress({ progress }: CheckProgressProps) {
  const s = useStrings();
  const styles = useStatusViewsStyles();
  const text =
    progress.phase === 'reading'
      ? progress.scope === 'all'
        ? s.progressReadingAll
        : s.progressReadingSheet
      : progress.phase === 'checking'
        ? s.progressChecking(progress.sheets ?? 1)
        : s.progressMarking;
  return (
    <div className={styles.progress} aria-live="polite">
      <Field label={s.progressLabel} validationMessage={text} validationState="none">
        <ProgressBar value={STEP[progress.phase]} thickness="large" />
      </Field>
    </div>
  );
}
