/** A worker thread of `jixiao check --jobs N`: checks the files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckRunOptions } from './check';

const opts = (workerData as { opts: CheckRunOptions }).opts;

parentPort?.on('message', (m: { i: number; file: string }) => {
  checkFile(m.file, opts).then(
    (result) => parentPort?.postMessage({ i: m.i, result }),
    (e: unknown) => parentPort?.postMessage({ i: m.i, crash: e instanceof Error ? e.message : String(e) }),
  );
});
