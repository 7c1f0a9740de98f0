/**
 * Live checking: collects the user's edits (our own writes are already filtered by the gateway),
 * waits until the user pauses, then hands the changed sheets and areas to `recheck` once. Edits
 * that arrive while a recheck runs are kept for the next one; rechecks never overlap.
 */
import type { CellRect } from '../core/model/address';
import { rectsIntersect } from './addresses';
import type { SheetChange, WorkbookGateway } from './gateway';

export interface ChangedSheet {
  readonly sheet: string;
  readonly sheetId: string;
  readonly ranges: readonly CellRect[];
}

export interface LiveCheckOptions {
  /** Pause after the last edit before rechecking (ms). */
  readonly delayMs?: number;
  readonly recheck: (changes: readonly ChangedSheet[]) => Promise<void> | void;
  readonly onError?: (error: unknown) => void;
}

export interface LiveCheck {
  /** Rechecks now whatever is pending (e.g. before the pane closes). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export async function startLiveCheck(
  gateway: Pick<WorkbookGateway, 'onChanged'>,
  options: LiveCheckOptions,
): Promise<LiveCheck> {
  const delay = options.delayMs ?? 400;
  let pending = new Map<string, { sheet: string; sheetId: string; ranges: CellRect[] }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  // Rechecks are chained, so they never overlap; each takes whatever is pending when it starts.
  const run = (): Promise<void> => {
    chain = chain.then(async () => {
      if (stopped || pending.size === 0) return;
      const batch = [...pending.values()];
      pending = new Map();
      try {
        await options.recheck(batch);
      } catch (e) {
        options.onError?.(e);
      }
    });
    return chain;
  };

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, delay);
  }

  const unsubscribe = await gateway.onChanged((change: SheetChange) => {
    if (stopped) return;
    const entry = pending.get(change.sheetId) ?? { sheet: change.sheet, sheetId: change.sheetId, ranges: [] };
    entry.sheet = change.sheet;
    entry.ranges.push(change.range);
    pending.set(change.sheetId, entry);
    schedule();
  });

  return {
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await run();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending.clear();
      await unsubscribe();
    },
  };
}

/** Indices of the tables (by their sheet and range) that a change touches. */
export function tablesTouched(
  tables: readonly { readonly sheet: string; readonly range: CellRect }[],
  changes: readonly ChangedSheet[],
): number[] {
  const out: number[] = [];
  tables.forEach((t, i) => {
    if (changes.some((c) => c.sheet === t.sheet && c.ranges.some((r) => rectsIntersect(r, t.range))))
      out.push(i);
  });
  return out;
}
