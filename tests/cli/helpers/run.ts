/** Runs the CLI in-process with captured output. */
import { main } from '../../../src/cli/main';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  opts: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A stack trace line, as Node prints them. */
export const STACK_RE = /^\s+at .+[(:]\d+/m;
