/** The check actions: 检查本工作表, 检查全部工作表, 清除标记 and the live-check switch. */
import { Button, Switch } from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import type { ToolbarProps } from './Toolbar.types';
import { useToolbarStyles } from './useToolbarStyles';

export function Toolbar(props: ToolbarProps) {
  const { busy, liveCheck, canClear = true, onCheckSheet, onCheckAll, onClear, onLiveCheckChange } = props;
  const s = useStrings();
  const styles = useToolbarStyles();
  return (
    <div className={styles.root} role="group" aria-label={s.toolbarLabel}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onCheckSheet}>
          {s.checkSheet}
        </Button>
        <Button disabled={busy} onClick={onCheckAll}>
          {s.checkAll}
        </Button>
        <Button appearance="subtle" disabled={busy || !canClear} onClick={onClear}>
          {s.clearMarks}
        </Button>
      </div>
      <Switch
        checked={liveCheck}
        label={s.liveCheck}
        title={s.liveCheckHint}
        onChange={(_, data) => onLiveCheckChange(data.checked)}
      />
    </div>
  );
}
