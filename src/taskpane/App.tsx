/**
 * The task pane: three tabs (检查, 模板, 设置) over one `useChecker`. The gateway comes in as a prop,
 * so tests drive the whole pane with a fake workbook.
 */
import { useCallback, useId, useState } from 'react';
import { Body1, Field, ProgressBar, Tab, TabList, Title3 } from '@fluentui/react-components';
import { RULES, TEMPLATES, type Locale, type Severity } from '../core';
import type { InsertWhere, WorkbookGateway } from '../excel/gateway';
import { LocaleProvider, useLocale, useStrings } from './i18n';
import { ALL_SEVERITIES, type SeverityFilter } from './findings';
import { useChecker } from './useChecker';
import { Toolbar } from './components/Toolbar/Toolbar';
import { FindingsList } from './components/FindingsList/FindingsList';
import { TemplatePanel } from './components/TemplatePanel/TemplatePanel';
import { SettingsPanel } from './components/SettingsPanel/SettingsPanel';
import { CheckProgress, EmptyState, ErrorState } from './components/StatusViews';
import { useAppStyles } from './useAppStyles';

export interface AppProps {
  readonly gateway: WorkbookGateway;
  /** The UI language (and the language of the findings' messages). */
  readonly locale: Locale;
  /** Live-check debounce in ms. @default 400 */
  readonly liveDelayMs?: number;
}

type TabId = 'check' | 'templates' | 'settings';

export function App({ gateway, locale, liveDelayMs }: AppProps) {
  return (
    <LocaleProvider locale={locale}>
      <Pane gateway={gateway} liveDelayMs={liveDelayMs} />
    </LocaleProvider>
  );
}

function Pane({
  gateway,
  liveDelayMs,
}: {
  readonly gateway: WorkbookGateway;
  readonly liveDelayMs?: number;
}) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useAppStyles();
  const c = useChecker(gateway, locale, { liveDelayMs });
  const [tab, setTab] = useState<TabId>('check');
  const [filter, setFilter] = useState<SeverityFilter>(ALL_SEVERITIES);
  const [where, setWhere] = useState<InsertWhere>('new-sheet');
  const ids = { check: useId(), templates: useId(), settings: useId() };

  const onFilterChange = useCallback(
    (sev: Severity, shown: boolean) => setFilter((f) => ({ ...f, [sev]: shown })),
    [],
  );

  if (!c.supported) {
    return (
      <main className={styles.root}>
        <Title3 as="h1">{s.appTitle}</Title3>
        <ErrorState kind="unsupported" />
      </main>
    );
  }

  const result = c.result;
  const noTables = result !== null && result.tables.length === 0 && result.diagnostics.length === 0;

  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{s.appTitle}</Title3>
        {c.busy && !c.progress && (
          <Field label={s.working}>
            <ProgressBar thickness="medium" />
          </Field>
        )}
      </div>
      <ErrorState kind="notice" notice={c.notice} onDismiss={c.dismissNotice} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label={s.tabsLabel}
      >
        <Tab id={ids.check} value="check">
          {s.tabCheck}
        </Tab>
        <Tab id={ids.templates} value="templates">
          {s.tabTemplates}
        </Tab>
        <Tab id={ids.settings} value="settings">
          {s.tabSettings}
        </Tab>
      </TabList>

      {tab === 'check' && (
        <div role="tabpanel" aria-labelledby={ids.check} className={styles.panel}>
          <Toolbar
            busy={c.busy}
            liveCheck={c.settings.liveCheck}
            onCheckSheet={() => void c.checkSheet()}
            onCheckAll={() => void c.checkAll()}
            onClear={() => void c.clearMarks()}
            onLiveCheckChange={c.setLiveCheck}
          />
          {c.progress && <CheckProgress progress={c.progress} />}
          {result === null ? (
            !c.progress && <Body1 className={styles.muted}>{s.notCheckedYet}</Body1>
          ) : noTables ? (
            <EmptyState scope={c.scope ?? 'sheet'} onInsertTemplate={() => setTab('templates')} />
          ) : (
            <FindingsList
              tables={result.tables}
              diagnostics={result.diagnostics}
              filter={filter}
              onFilterChange={onFilterChange}
              selection={c.selection}
              preferred={c.clicked}
              busy={c.busy}
              onSelect={(d) => void c.selectFinding(d)}
              onFix={(d) => void c.applyFix(d)}
              onSuggestion={(d, i) => void c.applySuggestion(d, i)}
            />
          )}
        </div>
      )}

      {tab === 'templates' && (
        <div role="tabpanel" aria-labelledby={ids.templates} className={styles.panel}>
          <TemplatePanel
            templates={TEMPLATES}
            where={where}
            onWhereChange={setWhere}
            onInsert={(id) => void c.insertTemplate(id, where)}
            busy={c.busy}
            outcome={c.insertOutcome}
          />
        </div>
      )}

      {tab === 'settings' && (
        <div role="tabpanel" aria-labelledby={ids.settings} className={styles.panel}>
          <SettingsPanel settings={c.settings} rules={RULES} onChange={c.updateSettings} />
        </div>
      )}
    </main>
  );
}
