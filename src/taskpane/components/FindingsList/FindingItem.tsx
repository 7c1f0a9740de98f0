/** One finding: its cell, message and rule (click or Enter selects the cell), then 修复 and suggestions. */
import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import { cellRef } from '../../findings';
import type { FindingItemProps } from './FindingsList.types';
import { useFindingsListStyles } from './useFindingsListStyles';
import { SEVERITY_BADGE } from './severity';

export function FindingItem({
  finding: d,
  current,
  busy,
  onSelect,
  onFix,
  onSuggestion,
  itemRef,
}: FindingItemProps) {
  const s = useStrings();
  const styles = useFindingsListStyles();
  const ref = cellRef(d.sheet, d.cell);
  return (
    <li
      ref={itemRef}
      className={mergeClasses(styles.item, current && styles.current)}
      aria-current={current ? 'true' : undefined}
      data-finding-cell={ref}
      data-severity={d.severity}
      data-rule={d.ruleId}
    >
      <Button appearance="subtle" className={styles.main} onClick={() => onSelect(d)}>
        <span className={styles.line}>
          <Badge appearance="tint" color={SEVERITY_BADGE[d.severity]} size="small" className={styles.badge}>
            {s.severity[d.severity]}
          </Badge>
          <span className={styles.cell}>{ref}</span>
        </span>
        <span className={styles.message}>{d.message}</span>
        <span className={styles.rule}>
          {s.ruleLabel}: {d.ruleId}
        </span>
      </Button>
      {(d.fix || d.suggestions.length > 0) && (
        <div className={styles.actions}>
          {d.fix && (
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              aria-label={s.fixLabel(ref, d.fix.value)}
              title={d.fix.value}
              onClick={() => onFix(d)}
            >
              {s.fix}
            </Button>
          )}
          {d.suggestions.map((sug, i) => (
            <Button
              key={`${sug.messageId}:${i}`}
              size="small"
              disabled={busy}
              aria-label={s.suggestionLabel(ref, sug.message)}
              onClick={() => onSuggestion(d, i)}
            >
              {sug.message}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
