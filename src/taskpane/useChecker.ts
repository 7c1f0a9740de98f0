/**
 * The task pane's one orchestrating hook: gateway → core → gateway. Components only get data and
 * callbacks from here; nothing below this hook talks to the workbook.
 *
 * - Checks read the active sheet or every sheet, run `checkWorkbook`, then mark the findings.
 * - Every operation that talks to the workbook runs through one queue, so a live re-check never
 *   overlaps a fix or another check, and marks are always those of the latest result.
 * - After a fix (or a live-check edit) only the changed sheet is read again; the other grids of the
 *   last check are reused, so workbook-wide rules still see every table.
 * - Settings changes re-run the checker on the grids already read (no re-read), then re-mark.
 * - Our own writes (fixes, templates) never trigger a live re-check: the gateway drops events for
 *   cells it wrote, and changes that arrive while one of our writes is in flight are ignored too.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  checkWorkbook,
  getTemplate,
  textAt,
  type CellEdit,
  type CheckResult,
  type Diagnostic,
  type Grid,
  type Locale,
} from '../core';
import type { TemplateId } from '../core/templates/types';
import {
  GatewayError,
  type EditRefusal,
  type InsertRefusal,
  type InsertWhere,
  type SelectionChange,
  type Unsubscribe,
  type WorkbookGateway,
} from '../excel/gateway';
import { startLiveCheck, type LiveCheck } from '../excel/live-check';
import {
  DEFAULT_SETTINGS,
  clampSatisfaction,
  parseSettings,
  serializeSettings,
  toConfig,
  type PaneSettings,
} from './settings';
import { cellRef, rangeRef } from './findings';
import { getStrings, type Strings } from './strings';

export type CheckScope = 'sheet' | 'all';

export type ProgressPhase = 'reading' | 'checking' | 'marking';

export interface CheckProgress {
  readonly scope: CheckScope;
  readonly phase: ProgressPhase;
  /** Number of sheets being checked (known from the checking phase on). */
  readonly sheets?: number;
}

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

/** A message for the user, already in their language. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly title?: string;
  readonly text: string;
  readonly detail?: string;
}

export type InsertOutcome =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly reason: InsertRefusal | 'error';
      readonly text: string;
      readonly detail?: string;
    };

export interface CheckerOptions {
  /** Delay of the live re-check after the last edit (ms). */
  readonly liveDelayMs?: number;
}

export interface Checker {
  readonly supported: boolean;
  readonly settings: PaneSettings;
  readonly settingsLoaded: boolean;
  /** The result of the last check, or null before the first check or after clearing. */
  readonly result: CheckResult | null;
  /** What the last check covered. */
  readonly scope: CheckScope | null;
  readonly progress: CheckProgress | null;
  /** True while any workbook operation of ours runs (disables the buttons that start another). */
  readonly busy: boolean;
  readonly notice: Notice | null;
  readonly insertOutcome: InsertOutcome | null;
  /** The user's selection in the workbook, as last reported. */
  readonly selection: SelectionChange | null;
  /** The finding the user last clicked (preferred among several findings of the selected cell). */
  readonly clicked: Diagnostic | null;
  checkSheet(): Promise<void>;
  checkAll(): Promise<void>;
  clearMarks(): Promise<void>;
  selectFinding(d: Diagnostic): Promise<void>;
  applyFix(d: Diagnostic): Promise<void>;
  applySuggestion(d: Diagnostic, index: number): Promise<void>;
  insertTemplate(id: TemplateId, where: InsertWhere): Promise<void>;
  setLiveCheck(on: boolean): void;
  updateSettings(patch: Partial<PaneSettings>): void;
  dismissNotice(): void;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Turns anything a gateway call threw into a message for the user (never a stack trace). */
export function errorNotice(e: unknown, s: Strings): Notice {
  if (e instanceof GatewayError)
    return { intent: 'error', title: s.errorTitle, text: s.refusal[e.reason], detail: e.detail || undefined };
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : undefined;
  return { intent: 'error', title: s.errorTitle, text: s.unexpectedError, detail: detail || undefined };
}

export function useChecker(gateway: WorkbookGateway, locale: Locale, options: CheckerOptions = {}): Checker {
  const s = getStrings(locale);
  const liveDelayMs = options.liveDelayMs ?? 400;
  const supported = useMemo(() => {
    try {
      return gateway.isSupported();
    } catch {
      return false;
    }
  }, [gateway]);

  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [scope, setScope] = useState<CheckScope | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [busyCount, setBusyCount] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [insertOutcome, setInsertOutcome] = useState<InsertOutcome | null>(null);
  const [selection, setSelection] = useState<SelectionChange | null>(null);
  const [clicked, setClicked] = useState<Diagnostic | null>(null);

  // Mirrors of state that async work reads after awaits.
  const mounted = useRef(true);
  const settingsRef = useRef(settings);
  const gridsRef = useRef<Grid[]>([]);
  const scopeRef = useRef<CheckScope | null>(null);
  const sheetRef = useRef<string | null>(null);
  const resultRef = useRef<CheckResult | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const saveQueue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Runs `task` after every earlier workbook operation has finished. */
  const exclusive = useCallback(<T>(task: () => Promise<T>): Promise<T | undefined> => {
    const run = async (): Promise<T | undefined> => {
      if (!mounted.current) return undefined;
      setBusyCount((n) => n + 1);
      try {
        return await task();
      } finally {
        if (mounted.current) setBusyCount((n) => n - 1);
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const commit = useCallback((grids: Grid[], r: CheckResult, sc: CheckScope, sheet: string | null) => {
    gridsRef.current = grids;
    resultRef.current = r;
    scopeRef.current = sc;
    sheetRef.current = sheet;
    if (!mounted.current) return;
    setResult(r);
    setScope(sc);
  }, []);

  /** Checks grids already read, marks the findings and publishes the result. */
  const checkAndMark = useCallback(
    async (grids: Grid[], sc: CheckScope, sheet: string | null, showProgress: boolean) => {
      if (showProgress && mounted.current) {
        setProgress({ scope: sc, phase: 'checking', sheets: grids.length });
        await yieldToBrowser();
      }
      const r = checkWorkbook(grids, { locale, config: toConfig(settingsRef.current) });
      if (showProgress && mounted.current) setProgress({ scope: sc, phase: 'marking', sheets: grids.length });
      await gateway.highlight(r.diagnostics);
      commit(grids, r, sc, sheet);
    },
    [commit, gateway, locale],
  );

  /** A full check: read, check, mark. Not queued (callers are). */
  const runCheck = useCallback(
    async (sc: CheckScope) => {
      setNotice(null);
      setProgress({ scope: sc, phase: 'reading' });
      try {
        await yieldToBrowser();
        const grids = sc === 'all' ? await gateway.readAllSheets() : [await gateway.readActiveSheet()];
        await checkAndMark(grids, sc, sc === 'sheet' ? (grids[0]?.sheet ?? null) : null, true);
      } catch (e) {
        if (mounted.current) setNotice(errorNotice(e, s));
      } finally {
        if (mounted.current) setProgress(null);
      }
    },
    [checkAndMark, gateway, s],
  );

  /**
   * Re-checks the scope of the last check after cells of `changed` sheets changed: reads only those
   * sheets when they are known, otherwise reads the scope again. Not queued (callers are).
   */
  const recheck = useCallback(
    async (changed: readonly string[]) => {
      const sc = scopeRef.current;
      if (!sc) return;
      if (sc === 'sheet') {
        const sheet = sheetRef.current;
        if (!sheet || (changed.length > 0 && !changed.includes(sheet))) return;
        try {
          await checkAndMark([await gateway.readSheet(sheet)], 'sheet', sheet, false);
        } catch (e) {
          if (e instanceof GatewayError && e.reason === 'sheet-missing') {
            // The checked sheet is gone: its findings point nowhere any more.
            await gateway.clearMarks().catch(() => undefined);
            gridsRef.current = [];
            resultRef.current = null;
            scopeRef.current = null;
            if (mounted.current) {
              setResult(null);
              setScope(null);
            }
          }
          throw e;
        }
        return;
      }
      let grids = gridsRef.current;
      const known = new Set(grids.map((g) => g.sheet));
      if (changed.length === 0 || !changed.every((n) => known.has(n))) {
        grids = await gateway.readAllSheets();
      } else {
        try {
          for (const name of changed) {
            const fresh = await gateway.readSheet(name);
            grids = grids.map((g) => (g.sheet === name ? fresh : g));
          }
        } catch (e) {
          if (!(e instanceof GatewayError && e.reason === 'sheet-missing')) throw e;
          grids = await gateway.readAllSheets();
        }
      }
      await checkAndMark(grids, 'all', null, false);
    },
    [checkAndMark, gateway],
  );

  const checkSheet = useCallback(async () => {
    await exclusive(() => runCheck('sheet'));
  }, [exclusive, runCheck]);

  const checkAll = useCallback(async () => {
    await exclusive(() => runCheck('all'));
  }, [exclusive, runCheck]);

  const clearMarks = useCallback(async () => {
    await exclusive(async () => {
      try {
        await gateway.clearMarks();
        gridsRef.current = [];
        resultRef.current = null;
        scopeRef.current = null;
        sheetRef.current = null;
        if (!mounted.current) return;
        setResult(null);
        setScope(null);
        setNotice({ intent: 'success', text: s.marksCleared });
      } catch (e) {
        if (mounted.current) setNotice(errorNotice(e, s));
      }
    });
  }, [exclusive, gateway, s]);

  const selectFinding = useCallback(
    async (d: Diagnostic) => {
      // Show the choice at once; the selection event that follows confirms it.
      setClicked(d);
      setSelection({
        sheet: d.sheet,
        sheetId: '',
        range: { top: d.cell.row, left: d.cell.col, bottom: d.cell.row, right: d.cell.col },
      });
      try {
        const r = await gateway.select(d.sheet, d.cell);
        if (!r.ok && mounted.current) setNotice({ intent: 'warning', text: s.refusal[r.reason] });
      } catch (e) {
        if (mounted.current) setNotice(errorNotice(e, s));
      }
    },
    [gateway, s],
  );

  const applyEditAndRecheck = useCallback(
    async (edit: CellEdit, done: (ref: string) => string) => {
      await exclusive(async () => {
        const grid = gridsRef.current.find((g) => g.sheet === edit.sheet);
        const expected = grid ? textAt(grid, edit.cell.row, edit.cell.col) : '';
        const ref = cellRef(edit.sheet, edit.cell);
        try {
          const res = await gateway.applyEdit(edit, expected);
          if (res.ok) {
            await recheck([edit.sheet]);
            if (mounted.current) setNotice({ intent: 'success', text: done(ref) });
            return;
          }
          const reason: EditRefusal = res.reason;
          if (reason === 'stale' || reason === 'sheet-missing')
            await recheck(reason === 'stale' ? [edit.sheet] : []);
          if (mounted.current)
            setNotice({
              intent: 'warning',
              title: ref,
              text: s.refusal[reason],
              detail: res.currentText !== undefined && reason === 'stale' ? res.currentText : undefined,
            });
        } catch (e) {
          if (mounted.current) setNotice(errorNotice(e, s));
        }
      });
    },
    [exclusive, gateway, recheck, s],
  );

  const applyFix = useCallback(
    async (d: Diagnostic) => {
      if (!d.fix) return;
      await applyEditAndRecheck(d.fix, s.fixApplied);
    },
    [applyEditAndRecheck, s],
  );

  const applySuggestion = useCallback(
    async (d: Diagnostic, index: number) => {
      const sug = d.suggestions[index];
      if (!sug) return;
      await applyEditAndRecheck(sug.edit, s.suggestionApplied);
    },
    [applyEditAndRecheck, s],
  );

  const insertTemplate = useCallback(
    async (id: TemplateId, where: InsertWhere) => {
      const spec = getTemplate(id);
      const name = spec.name[locale];
      setInsertOutcome(null);
      await exclusive(async () => {
        try {
          const res = await gateway.insertTemplate(spec, where);
          if (!mounted.current) return;
          if (res.ok) setInsertOutcome({ ok: true, text: s.insertOk(name, rangeRef(res.sheet, res.range)) });
          else
            setInsertOutcome({
              ok: false,
              reason: res.reason,
              text: s.refusal[res.reason],
              detail: res.cell ? s.blockingCell(cellRef(res.sheet, res.cell)) : undefined,
            });
        } catch (e) {
          const n = errorNotice(e, s);
          if (mounted.current)
            setInsertOutcome({ ok: false, reason: 'error', text: n.text, detail: n.detail });
        }
      });
    },
    [exclusive, gateway, locale, s],
  );

  // ------------------------------------------------------------ settings

  const save = useCallback(
    (next: PaneSettings) => {
      const run = () => gateway.saveSettings(serializeSettings(next));
      const p = saveQueue.current.then(run, run);
      saveQueue.current = p.catch(() => {
        if (mounted.current) setNotice({ intent: 'warning', text: s.settingsSaveFailed });
      });
    },
    [gateway, s],
  );

  // Settings the user changes before the workbook's have loaded win over the loaded ones.
  const settingsTouched = useRef(false);
  const runCheckRef = useRef(runCheck);
  runCheckRef.current = runCheck;

  useEffect(() => {
    if (!supported) return;
    let cancelled = false;
    gateway
      .getSettings()
      .then((raw) => {
        if (cancelled || settingsTouched.current) return;
        const parsed = parseSettings(raw);
        settingsRef.current = parsed;
        setSettings(parsed);
        // A workbook whose settings say "live" starts with a check of the active sheet.
        if (parsed.liveCheck && !resultRef.current) void exclusive(() => runCheckRef.current('sheet'));
      })
      .catch(() => undefined) // unreadable settings: the defaults apply
      .finally(() => {
        if (!cancelled) setSettingsLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [exclusive, gateway, supported]);

  const updateSettings = useCallback(
    (patch: Partial<PaneSettings>) => {
      settingsTouched.current = true;
      const prev = settingsRef.current;
      const next: PaneSettings = {
        ...prev,
        ...patch,
        satisfactionMin:
          patch.satisfactionMin !== undefined
            ? clampSatisfaction(patch.satisfactionMin)
            : prev.satisfactionMin,
      };
      settingsRef.current = next;
      setSettings(next);
      save(next);
      const checkerChanged =
        next.profile !== prev.profile ||
        next.satisfactionMin !== prev.satisfactionMin ||
        next.disabledRules.join('\n') !== prev.disabledRules.join('\n');
      if (checkerChanged && resultRef.current && scopeRef.current) {
        const sc = scopeRef.current;
        void exclusive(async () => {
          try {
            if (resultRef.current) await checkAndMark(gridsRef.current, sc, sheetRef.current, false);
          } catch (e) {
            if (mounted.current) setNotice(errorNotice(e, s));
          }
        });
      }
    },
    [checkAndMark, exclusive, s, save],
  );

  // ------------------------------------------------------------ live check

  const liveCheck = settings.liveCheck;

  const setLiveCheck = useCallback(
    (on: boolean) => {
      updateSettings({ liveCheck: on });
      if (on && !resultRef.current) void exclusive(() => runCheck('sheet'));
    },
    [exclusive, runCheck, updateSettings],
  );

  // Live check: the gateway's startLiveCheck collects the user's edits (our own writes never reach it), waits for
  // a pause and hands over the changed sheets; the re-check runs in the same queue as every other workbook operation.
  useEffect(() => {
    if (!supported || !liveCheck) return;
    let live: LiveCheck | null = null;
    let active = true;
    const report = (e: unknown) => {
      if (active && mounted.current) setNotice(errorNotice(e, s));
    };
    startLiveCheck(gateway, {
      delayMs: liveDelayMs,
      recheck: async (changes) => {
        await exclusive(async () => {
          if (!resultRef.current) await runCheck('sheet');
          else await recheck([...new Set(changes.map((c) => c.sheet))]);
        });
      },
      onError: report,
    })
      .then((l) => {
        if (active) live = l;
        else void l.stop().catch(() => undefined);
      })
      .catch(report);
    return () => {
      active = false;
      if (live) void live.stop().catch(() => undefined);
    };
  }, [exclusive, gateway, liveCheck, liveDelayMs, recheck, runCheck, s, supported]);

  // ------------------------------------------------------------ selection → finding

  useEffect(() => {
    if (!supported) return;
    let unsubscribe: Unsubscribe | null = null;
    let active = true;
    gateway
      .onSelectionChanged((sel) => {
        if (active && mounted.current) setSelection(sel);
      })
      .then((u) => {
        if (active) unsubscribe = u;
        else void u().catch(() => undefined);
      })
      .catch(() => undefined); // without selection events the list still works; nothing to tell the user
    return () => {
      active = false;
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [gateway, supported]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  return {
    supported,
    settings,
    settingsLoaded,
    result,
    scope,
    progress,
    busy: busyCount > 0,
    notice,
    insertOutcome,
    selection,
    clicked,
    checkSheet,
    checkAll,
    clearMarks,
    selectFinding,
    applyFix,
    applySuggestion,
    insertTemplate,
    setLiveCheck,
    updateSettings,
    dismissNotice,
  };
}
