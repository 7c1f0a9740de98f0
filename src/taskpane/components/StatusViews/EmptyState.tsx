/** 未找到绩效目标表, with the way to insert one. */
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { EmptyStateProps } from './StatusViews.types';
import { useStatusViewsStyles } from './useStatusViewsStyles';

export function EmptyState({ scope, onInsertTemplate }: EmptyStateProps) {
  const s = useStrings();
  const styles = useStatusViewsStyles();
  return (
    <div className={styles.empty} role="status">
      <Subtitle2 as="h2">{s.noTableTitle}</Subtitle2>
      <Body1>{scope === 'all' ? s.noTableAll : s.noTableSheet}</Body1>
      <Button appearance="primary" onClick={onInsertTemplate}>
        {s.insertTemplate}
      </Button>
    </div>
  );
}
