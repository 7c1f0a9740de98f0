/** 插入模板: the four templates, where to put one (新工作表 / 当前选区) and what the last insert did. */
import { useId } from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useLocale, useStrings } from '../../i18n';
import type { InsertWhere } from '../../../excel/gateway';
import type { TemplatePanelProps } from './TemplatePanel.types';
import { useTemplatePanelStyles } from './useTemplatePanelStyles';

export function TemplatePanel({
  templates,
  where,
  onWhereChange,
  onInsert,
  busy = false,
  outcome = null,
}: TemplatePanelProps) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useTemplatePanelStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {s.templatesHeading}
      </Subtitle2>
      <Field label={s.whereLabel}>
        <RadioGroup
          layout="horizontal"
          value={where}
          onChange={(_, data) => onWhereChange(data.value as InsertWhere)}
        >
          <Radio value="new-sheet" label={s.whereNewSheet} />
          <Radio value="selection" label={s.whereSelection} />
        </RadioGroup>
      </Field>
      {outcome && (
        <MessageBar intent={outcome.ok ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            {!outcome.ok && <MessageBarTitle>{s.insertRefusedTitle}</MessageBarTitle>}
            {outcome.text}
            {!outcome.ok && outcome.detail && <div>{outcome.detail}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {templates.map((t) => {
          const name = t.name[locale];
          return (
            <li key={t.id} className={styles.item} data-template={t.id}>
              <span className={styles.text}>
                <Text weight="semibold">{name}</Text>
                <Caption1 className={styles.hint}>{s.templateHint[t.id]}</Caption1>
              </span>
              <Button disabled={busy} aria-label={s.insertLabel(name)} onClick={() => onInsert(t.id)}>
                {s.insert}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
