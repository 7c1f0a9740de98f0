/**
 * Checks many files on several threads: this thread takes files from the same queue as N-1 worker
 * threads, and results come back in the order of the files. A worker that dies (out of memory on a
 * pathological file) costs only that file, reported as too large; a new worker takes its place.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, failed, type CheckRunOptions, type FileResult } from './check';
import { expandTargets, type Target } from './files';
import { msg } from './messages';

const WORKER_FILE = path.join(__dirname, 'worker.js');
/** Heap limit of a worker: a file that needs more is reported as too large instead of killing the run. */
const WORKER_HEAP_MB = 2048;

/**
 * How many threads to use when the user did not say: one. A worker costs 0.5–1.5 s before its first
 * result (loading exceljs and the core, cold JIT) while a warm thread checks a small workbook in
 * ~10 ms, and on the 2-CPU machines measured (shared with other work) two threads were slower than
 * one even for 400 files. `--jobs N` turns them on where cores are free.
 */
export function defaultJobs(_files: number): number {
  return 1;
}

/** Worker threads need the compiled worker next to this file (dist/cli); from sources, stay on one thread. */
export function canUseWorkers(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * Checks `targets` on `jobs` threads. With `onResult`, each result is handed over in file order as
 * soon as it and all before it are done, and not kept (the returned array is then empty).
 */
export async function checkTargets(
  targets: readonly Target[],
  opts: CheckRunOptions,
  jobs: number,
  onResult?: (r: FileResult) => void,
): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(targets.length);
  let emitted = 0;
  const done = (i: number, r: FileResult) => {
    results[i] = r;
    if (!onResult) return;
    while (emitted < targets.length && results[emitted]) {
      onResult(results[emitted]!);
      results[emitted] = undefined;
      emitted++;
    }
  };
  let next = 0;
  const take = (): number => {
    while (next < targets.length) {
      const i = next++;
      const t = targets[i];
      if (t.error) {
        done(i, failed(t.file, t.error, opts.lang));
        continue;
      }
      return i;
    }
    return -1;
  };

  const lanes: Promise<void>[] = [];
  // this thread's lane
  lanes.push(
    (async () => {
      for (let i = take(); i >= 0; i = take()) done(i, await checkFile(targets[i].file, opts));
    })(),
  );
  const workers = jobs > 1 && canUseWorkers() ? jobs - 1 : 0;
  for (let w = 0; w < workers; w++) lanes.push(workerLane());
  await Promise.all(lanes);
  return onResult ? [] : (results as FileResult[]);

  function workerLane(): Promise<void> {
    return new Promise<void>((resolve) => {
      let current = -1;
      let worker: Worker;
      const start = () => {
        worker = new Worker(WORKER_FILE, {
          workerData: { opts },
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        worker.unref();
        worker.on('message', (m: { i: number; result?: FileResult; crash?: string }) => {
          done(m.i, m.result ?? crashed(targets[m.i].file, m.crash ?? ''));
          current = -1;
          feed();
        });
        worker.on('error', () => undefined); // reported through 'exit'
        worker.on('exit', () => {
          if (current >= 0) {
            // the worker died on this file (e.g. out of memory): report it, carry on with a new worker
            done(current, crashed(targets[current].file, 'too-large'));
            current = -1;
            start();
            feed();
          }
        });
      };
      const feed = () => {
        const i = take();
        if (i < 0) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = i;
        worker.postMessage({ i, file: targets[i].file });
      };
      start();
      feed();
    });
  }

  function crashed(file: string, why: string): FileResult {
    const line =
      why === 'too-large'
        ? msg(opts.lang, 'too-large', { sheet: '?', cells: '?', limit: opts.maxCells ?? '?' })
        : msg(opts.lang, 'unreadable', { detail: why });
    return {
      file,
      error: line,
      errorId: why === 'too-large' ? 'too-large' : 'unreadable',
      tables: [],
      diagnostics: [],
      sheets: [],
      notes: [],
    };
  }
}

/**
 * Checks every file under the given paths. `jobs` threads (default: by CPU count and number of
 * files; 1 = this thread only); results come in the order of the files either way.
 */
export async function checkPaths(
  paths: readonly string[],
  opts: CheckRunOptions,
  jobs?: number,
  onResult?: (r: FileResult) => void,
): Promise<FileResult[]> {
  const targets = await expandTargets(paths);
  return checkTargets(targets, opts, jobs ?? defaultJobs(targets.filter((t) => !t.error).length), onResult);
}
