import type { RunEnv } from '../lib/harness';

export interface Scenario {
  readonly name: string;
  run(env: RunEnv): Promise<void>;
}
