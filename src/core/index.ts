/** The pure core's public API, shared by the add-in, the CLI and the tests. */
export * from './model/address';
export * from './model/grid';
export type * from './model/table';
export * from './diagnostics/diagnostic';
export { interpolate } from './diagnostics/interpolate';
export * from './schema/value';
export * from './schema/units';
export { readTables, type ReadOptions } from './reader/read-tables';
export {
  checkWorkbook,
  checkSheet,
  renderMessage,
  applyEdit,
  applyFixes,
  type CheckOptions,
  type CheckResult,
  type TableInfo,
} from './engine';
export {
  resolveConfig,
  validateConfig,
  ConfigSchema,
  DEFAULT_CONFIG,
  DEFAULT_FILLERS,
  type Config,
  type ConfigIssue,
  type RuleSetting,
} from './config/config';
export { RULES, RULES_BY_ID, RECOMMENDED } from './rules';
export type { Rule } from './rules/define-rule';
export * from './templates';
