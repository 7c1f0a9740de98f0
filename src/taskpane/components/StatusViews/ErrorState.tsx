/** 不支持的 Excel 版本, and gateway errors or refusals, as a MessageBar (role="alert" for errors). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { ErrorStateProps } from './StatusViews.types';
import { useStatusViewsStyles } from './useStatusViewsStyles';

export function ErrorState({ kind, notice, onDismiss }: ErrorStateProps) {
  const s = useStrings();
  const styles = useStatusViewsStyles();
  if (kind === 'unsupported') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>
          {s.unsupportedBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
        {notice.detail && <span className={styles.detail}>{s.errorDetail(notice.detail)}</span>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {s.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
