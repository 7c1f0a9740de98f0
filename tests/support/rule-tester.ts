/**
 * TableRuleTester: ESLint's RuleTester for 绩效目标表 rules (architecture-anchors.md §10.4).
 *
 *   new TableRuleTester().run('direction', {
 *     valid: [seedTable()],
 *     invalid: [{ grid: seedTable({ set: { E13: '≥20万元' } }), errors: [{ messageId: 'costAtLeast', cell: 'E13' }] }],
 *   });
 *
 * One jest `it` per case. Each case runs `checkWorkbook(grids, { only: [ruleId], config })` and:
 * - valid: no finding at all;
 * - invalid: the findings, in the checker's order, match `errors` one for one: messageId, cell (A1), sheet
 *   (default: the first grid's), severity (default: the rule's default, or the config's override), `data`
 *   as a subset, `fix` (the new text, or null for none) and `suggestions` (the new texts). A finding that
 *   carries a fix or suggestions must say so in the case: fixes are part of the specification.
 * Every case also checks that each messageId exists in the rule's messages with zh-CN and en-US text and
 * renders with no unreplaced {{placeholder}} in either locale; that the input grids are not mutated (they
 * are deep-frozen); that every fix and suggestion, applied with applyEdit, makes the finding at its cell go
 * away on a re-run (the fix is verified). Duplicate cases fail.
 */
import {
  applyEdit,
  checkWorkbook,
  renderMessage,
  RULES_BY_ID,
  toA1,
  type Config,
  type Diagnostic,
  type Grid,
  type Rule,
} from '../../src/core';
import type { CellEdit } from '../../src/core/diagnostics/diagnostic';

export interface CaseOptions {
  /** A name for the test (default: a summary of the grid's indicator texts). */
  readonly name?: string;
  readonly config?: Partial<Config>;
  /** Run only this case (it.only), for debugging. */
  readonly only?: boolean;
}

export type GridInput = (
  | { readonly grid: Grid; readonly grids?: undefined }
  | { readonly grids: readonly Grid[]; readonly grid?: undefined }
) &
  CaseOptions;

export type ValidCase = Grid | GridInput;

export interface ExpectedError {
  readonly messageId: string;
  /** A1 address of the reported cell. */
  readonly cell: string;
  /** Sheet of the reported cell (default: the first grid's sheet). */
  readonly sheet?: string;
  /** Default: the rule's default severity, or the config's override for the rule. */
  readonly severity?: 'error' | 'warning' | 'info';
  /** A subset of the finding's data. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The new text of the fixed cell, or null: no fix. Required when the finding has a fix. */
  readonly fix?: string | null;
  /** The new texts the suggestions offer, in order. Required when the finding has suggestions. */
  readonly suggestions?: readonly string[];
  /** A1 addresses of the related cells (same sheet), in order. */
  readonly related?: readonly string[];
}

export type InvalidCase = GridInput & { readonly errors: readonly ExpectedError[] };

export interface RuleTests {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/;

function isGrid(x: ValidCase): x is Grid {
  return (x as Grid).cells !== undefined && (x as Grid).sheet !== undefined;
}

function gridsOf(c: GridInput): readonly Grid[] {
  return c.grids ?? [c.grid];
}

/** Recursively freezes an object graph (grids are plain data). */
export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}

/** The indicator texts of a grid, for default case names: "数量指标 法律援助案件办理数 100件 …". */
function summarize(grids: readonly Grid[]): string {
  const parts: string[] = [];
  for (const g of grids)
    for (const row of g.cells)
      for (const c of row ?? []) {
        const t = c?.text?.trim();
        if (t && parts.length < 400) parts.push(t);
      }
  const s = parts.join(' ').replace(/\s+/g, ' ');
  return s.length > 90 ? `${s.slice(0, 90)}…` : s;
}

function describeFinding(d: Diagnostic): string {
  const extra = [
    d.fix ? `fix=${JSON.stringify(d.fix.value)}` : '',
    d.suggestions.length ? `suggestions=${JSON.stringify(d.suggestions.map((s) => s.edit.value))}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${d.sheet}!${toA1(d.cell)} ${d.severity} ${d.messageId} ${JSON.stringify(d.data)} ${extra} — ${d.message}`;
}

function sameCell(
  a: { sheet: string; cell: { row: number; col: number } },
  b: { sheet: string; cell: { row: number; col: number } },
): boolean {
  return a.sheet === b.sheet && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

/** A stable key of a case's input, to reject duplicates. */
function caseKey(kind: string, grids: readonly Grid[], config: unknown): string {
  return JSON.stringify([kind, grids.map((g) => [g.sheet, g.cells, g.merges]), config ?? null]);
}

export class TableRuleTester {
  /** Runs the cases of one rule inside a `describe(ruleId)`. */
  run(ruleId: string, tests: RuleTests): void {
    const rule = RULES_BY_ID.get(ruleId);
    describe(ruleId, () => {
      if (!rule) {
        it('is a registered rule', () => {
          throw new Error(`TableRuleTester: no rule "${ruleId}" in RULES`);
        });
        return;
      }
      const seen = new Set<string>();
      const register = (kind: 'valid' | 'invalid', i: number, c: GridInput, body: () => void) => {
        const grids = gridsOf(c);
        const key = caseKey(kind, grids, c.config);
        const duplicate = seen.has(key);
        seen.add(key);
        const title = `${kind} #${i + 1}: ${c.name ?? summarize(grids)}`;
        const fn = c.only ? it.only : it;
        fn(title, () => {
          if (duplicate)
            throw new Error(
              `TableRuleTester: duplicate ${kind} case #${i + 1} (the same grids and config as an earlier case)`,
            );
          body();
        });
      };

      tests.valid.forEach((v, i) => {
        const c: GridInput = isGrid(v) ? { grid: v } : v;
        register('valid', i, c, () => this.assertValid(ruleId, c));
      });

      tests.invalid.forEach((c, i) => {
        register('invalid', i, c, () => this.assertInvalid(ruleId, c));
      });
    });
  }

  /** Throws unless the case gives no finding of the rule (and the purity and message checks pass). */
  assertValid(ruleId: string, v: ValidCase): void {
    const rule = this.rule(ruleId);
    const c: GridInput = isGrid(v) ? { grid: v } : v;
    const found = this.check(rule, c);
    if (found.length > 0)
      throw new Error(
        `expected no finding of ${ruleId}, got ${found.length}:\n  ${found.map(describeFinding).join('\n  ')}`,
      );
  }

  /** Throws unless the case gives exactly the expected findings, with verified fixes and suggestions. */
  assertInvalid(ruleId: string, c: InvalidCase): void {
    const rule = this.rule(ruleId);
    if (c.errors.length === 0) throw new Error('an invalid case must expect at least one finding');
    const found = this.check(rule, c);
    this.compare(rule, c, found);
    this.verifyEdits(rule, c, found);
  }

  private rule(ruleId: string): Rule {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) throw new Error(`TableRuleTester: no rule "${ruleId}" in RULES`);
    return rule;
  }

  /** Runs the rule on frozen inputs, checks purity and messages, and returns its findings. */
  private check(rule: Rule, c: GridInput): Diagnostic[] {
    const grids = gridsOf(c);
    if (grids.length === 0 || grids.some((g) => g === undefined))
      throw new Error('a case needs `grid` or `grids`');
    const before = JSON.stringify(grids);
    deepFreeze(grids);
    if (c.config) deepFreeze(c.config);
    const result = checkWorkbook(grids, { only: [rule.id], config: c.config });
    if (JSON.stringify(grids) !== before) throw new Error(`rule ${rule.id} mutated its input grids`);
    const found = result.diagnostics.slice();
    for (const d of found) {
      if (d.ruleId !== rule.id)
        throw new Error(`only [${rule.id}] was run, but a finding of ${d.ruleId} came back`);
      this.checkMessage(rule, d.messageId, d.data, 'finding');
      for (const s of d.suggestions) this.checkMessage(rule, s.messageId, s.data, 'suggestion');
    }
    return found;
  }

  private checkMessage(rule: Rule, messageId: string, data: Diagnostic['data'], what: string): void {
    const m = (rule.messages as Record<string, Record<string, string> | undefined>)[messageId];
    if (!m)
      throw new Error(
        `${rule.id}: ${what} messageId "${messageId}" is not in the rule's messages (${Object.keys(rule.messages).join(', ')})`,
      );
    for (const locale of ['zh-CN', 'en-US'] as const) {
      if (typeof m[locale] !== 'string' || m[locale].trim() === '')
        throw new Error(`${rule.id}: message "${messageId}" has no ${locale} text`);
      const text = renderMessage({ ruleId: rule.id, messageId, data }, locale);
      if (PLACEHOLDER.test(text))
        throw new Error(
          `${rule.id}: message "${messageId}" (${locale}) leaves a placeholder unreplaced: ${text} — data ${JSON.stringify(data)}`,
        );
    }
  }

  private compare(rule: Rule, c: InvalidCase, found: readonly Diagnostic[]): void {
    const firstSheet = gridsOf(c)[0].sheet;
    const override = c.config?.rules?.[rule.id];
    const defaultSeverity = override && override !== 'off' ? override : rule.defaultSeverity;
    const listing = `\nactual findings:\n  ${found.map(describeFinding).join('\n  ') || '(none)'}`;
    if (found.length !== c.errors.length)
      throw new Error(`expected ${c.errors.length} finding(s) of ${rule.id}, got ${found.length}${listing}`);
    c.errors.forEach((e, i) => {
      const d = found[i];
      const where = `finding #${i + 1}`;
      const actual = { messageId: d.messageId, cell: toA1(d.cell), sheet: d.sheet, severity: d.severity };
      const expected = {
        messageId: e.messageId,
        cell: e.cell,
        sheet: e.sheet ?? firstSheet,
        severity: e.severity ?? defaultSeverity,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        throw new Error(
          `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}${listing}`,
        );
      if (e.data) {
        for (const [k, v] of Object.entries(e.data))
          if (d.data[k] !== v)
            throw new Error(
              `${where}: data.${k} expected ${JSON.stringify(v)}, got ${JSON.stringify(d.data[k])}${listing}`,
            );
      }
      if (e.related) {
        const rel = d.related.map((r) => (r.sheet === d.sheet ? toA1(r.cell) : `${r.sheet}!${toA1(r.cell)}`));
        if (JSON.stringify(rel) !== JSON.stringify(e.related))
          throw new Error(
            `${where}: related expected ${JSON.stringify(e.related)}, got ${JSON.stringify(rel)}`,
          );
      }
      if (e.fix === undefined) {
        if (d.fix)
          throw new Error(`${where} carries a fix (${JSON.stringify(d.fix.value)}): state it with \`fix:\``);
      } else if (e.fix === null) {
        if (d.fix) throw new Error(`${where}: expected no fix, got ${JSON.stringify(d.fix.value)}`);
      } else {
        if (!d.fix) throw new Error(`${where}: expected the fix ${JSON.stringify(e.fix)}, got none`);
        if (d.fix.value !== e.fix)
          throw new Error(
            `${where}: expected the fix ${JSON.stringify(e.fix)}, got ${JSON.stringify(d.fix.value)}`,
          );
        if (!sameCell(d.fix, d))
          throw new Error(`${where}: the fix edits ${toA1(d.fix.cell)}, not the reported cell`);
      }
      const sugg = d.suggestions.map((s) => s.edit.value);
      if (e.suggestions === undefined) {
        if (sugg.length > 0)
          throw new Error(
            `${where} carries suggestions ${JSON.stringify(sugg)}: state them with \`suggestions:\``,
          );
      } else if (JSON.stringify(sugg) !== JSON.stringify(e.suggestions))
        throw new Error(
          `${where}: expected suggestions ${JSON.stringify(e.suggestions)}, got ${JSON.stringify(sugg)}`,
        );
      if (d.fix && rule.fixable !== 'fix')
        throw new Error(`${rule.id} reports a fix but does not declare fixable: 'fix'`);
      if (d.suggestions.length > 0 && rule.fixable !== 'suggest' && rule.fixable !== 'fix')
        throw new Error(`${rule.id} reports suggestions but declares no fixable`);
    });
  }

  /** Applies each fix and suggestion; a re-run must no longer report that cell. */
  private verifyEdits(rule: Rule, c: InvalidCase, found: readonly Diagnostic[]): void {
    const grids = gridsOf(c);
    const verify = (edit: CellEdit, d: Diagnostic, what: string) => {
      const fixed = applyEdit(grids, edit);
      const again = checkWorkbook(fixed, { only: [rule.id], config: c.config }).diagnostics.filter(
        (x) => sameCell(x, d) && x.messageId === d.messageId,
      );
      if (again.length > 0)
        throw new Error(
          `${what} ${JSON.stringify(edit.value)} at ${toA1(edit.cell)} does not remove the finding:\n  ${again.map(describeFinding).join('\n  ')}`,
        );
    };
    for (const d of found) {
      if (d.fix) verify(d.fix, d, 'the fix');
      for (const s of d.suggestions) verify(s.edit, d, 'the suggestion');
    }
  }
}

/** The shared tester instance. */
export const ruleTester = new TableRuleTester();

export {
  seedTable,
  seedSheet,
  indicatorTable,
  splitTable,
  table88,
  departmentTable,
  sheetOf,
  row,
  withError,
  withNumber,
  CLEAN_ROWS,
  CLEAN_ROWS_101,
  CLEAN_ROWS_88,
  CLEAN_HEADER,
} from './tables';
