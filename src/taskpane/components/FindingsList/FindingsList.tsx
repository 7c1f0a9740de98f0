/**
 * The findings of a check, grouped by table (title, sheet and range, counts by severity), with a
 * severity filter. Presentational: it renders what it is given and reports clicks.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Text,
  ToggleButton,
} from '@fluentui/react-components';
import { useStrings } from '../../i18n';
import {
  SEVERITIES,
  applyFilter,
  countBySeverity,
  findingAt,
  findingKey,
  groupFindings,
  inRect,
  rangeRef,
} from '../../findings';
import type { Diagnostic } from '../../../core';
import type { FindingsListProps } from './FindingsList.types';
import { FindingItem } from './FindingItem';
import { SEVERITY_BADGE } from './severity';
import { useFindingsListStyles } from './useFindingsListStyles';

export function FindingsList(props: FindingsListProps) {
  const {
    tables,
    diagnostics,
    filter,
    onFilterChange,
    selection,
    preferred = null,
    busy = false,
    pageSize = 100,
    onSelect,
    onFix,
    onSuggestion,
  } = props;
  const s = useStrings();
  const styles = useFindingsListStyles();

  const keys = useMemo(() => {
    const m = new Map<Diagnostic, string>();
    diagnostics.forEach((d, i) => m.set(d, findingKey(d, i)));
    return m;
  }, [diagnostics]);
  const groups = useMemo(() => groupFindings(tables, diagnostics), [tables, diagnostics]);
  const totals = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const visible = useMemo(() => applyFilter(diagnostics, filter), [diagnostics, filter]);
  const visibleSet = useMemo(() => new Set(visible), [visible]);
  const current = useMemo(
    () =>
      preferred &&
      selection &&
      visibleSet.has(preferred) &&
      preferred.sheet === selection.sheet &&
      inRect(preferred.cell, selection.range)
        ? preferred
        : findingAt(visible, selection),
    [preferred, visible, visibleSet, selection],
  );
  const currentGroup = current ? groups.find((g) => g.findings.includes(current))?.key : undefined;

  // Groups are open unless the user closed them; each shows `pageSize` findings more per click.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const limitOf = (key: string) => limits[key] ?? pageSize;
  const openItems = groups.map((g) => g.key).filter((k) => !closed.has(k));

  // The finding at the selected cell: open its group, show enough of it, then bring it into view.
  const itemEls = useRef(new Map<string, HTMLLIElement>());
  const pendingScroll = useRef<string | undefined>(undefined);
  const currentKey = current ? keys.get(current) : undefined;
  useEffect(() => {
    pendingScroll.current = currentKey;
    if (!current || !currentGroup) return;
    const at = groups
      .find((g) => g.key === currentGroup)!
      .findings.filter((d) => visibleSet.has(d))
      .indexOf(current);
    if (at >= limitOf(currentGroup))
      setLimits((prev) => ({ ...prev, [currentGroup]: (Math.floor(at / pageSize) + 1) * pageSize }));
    if (closed.has(currentGroup)) {
      setClosed((prev) => {
        const next = new Set(prev);
        next.delete(currentGroup);
        return next;
      });
    }
    // Deliberately only when the current finding changes: closing another group must not scroll.
  }, [currentKey, currentGroup]);
  useEffect(() => {
    const key = pendingScroll.current;
    const el = key ? itemEls.current.get(key) : undefined;
    if (!el) return;
    pendingScroll.current = undefined;
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  });

  return (
    <section className={styles.root} aria-label={s.findingsLabel}>
      <Text weight="semibold">{s.summary(tables.length, diagnostics.length)}</Text>
      <div className={styles.filter} role="group" aria-label={s.severityFilterLabel}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={filter[sev]}
            onClick={() => onFilterChange(sev, !filter[sev])}
          >
            {s.severityCount(s.severity[sev], totals[sev])}
          </ToggleButton>
        ))}
      </div>
      <Accordion
        multiple
        collapsible
        openItems={openItems}
        onToggle={(_, data) => {
          const open = new Set(data.openItems.map(String));
          setClosed(new Set(groups.map((g) => g.key).filter((k) => !open.has(k))));
        }}
      >
        {groups.map((g) => {
          const title = g.table ? g.table.title || s.tableUntitled : s.outsideTables;
          const where = g.table ? rangeRef(g.table.sheet, g.table.range) : g.sheet;
          const shown = g.findings.filter((d) => visibleSet.has(d));
          const limit = limitOf(g.key);
          const hidden = shown.length - limit;
          return (
            <AccordionItem key={g.key} value={g.key} data-group={g.key}>
              <AccordionHeader>
                <span className={styles.header}>
                  <span className={styles.title}>{title}</span>
                  <Caption1>{where}</Caption1>
                  <span className={styles.badges}>
                    {SEVERITIES.filter((sev) => g.counts[sev] > 0).map((sev) => (
                      <Badge
                        key={sev}
                        appearance="filled"
                        color={SEVERITY_BADGE[sev]}
                        size="small"
                        data-severity={sev}
                      >
                        {s.severityCount(s.severity[sev], g.counts[sev])}
                      </Badge>
                    ))}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {shown.length === 0 ? (
                  <Text className={styles.empty}>
                    {g.findings.length === 0 ? s.noFindings : s.noFindingsInFilter}
                  </Text>
                ) : (
                  <ul className={styles.list}>
                    {shown.slice(0, limit).map((d) => {
                      const key = keys.get(d) ?? '';
                      return (
                        <FindingItem
                          key={key}
                          finding={d}
                          current={d === current}
                          busy={busy}
                          onSelect={onSelect}
                          onFix={onFix}
                          onSuggestion={onSuggestion}
                          itemRef={(el) => {
                            if (el) itemEls.current.set(key, el);
                            else itemEls.current.delete(key);
                          }}
                        />
                      );
                    })}
                  </ul>
                )}
                {hidden > 0 && (
                  <Button
                    appearance="secondary"
                    size="small"
                    className={styles.more}
                    onClick={() => setLimits((prev) => ({ ...prev, [g.key]: limit + pageSize }))}
                  >
                    {s.showMore(Math.min(hidden, pageSize))}
                  </Button>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
