/** The rule registry: every rule, in catalogue order (rules.md §3). Ids are a contract. */
import type { Rule } from './define-rule';
import tableHeaderMissing from './table-header-missing';
import tableIncomplete from './table-incomplete';
import tableUnreadable from './table-unreadable';
import valueKindMismatch from './value-kind-mismatch';
import level1Unknown from './level1-unknown';
import level2Misplaced from './level2-misplaced';
import level2Empty from './level2-empty';
import indicatorIncomplete from './indicator-incomplete';
import levelNameVariant from './level-name-variant';
import cellError from './cell-error';
import valueSyntax from './value-syntax';
import valueOperatorMissing from './value-operator-missing';
import valueNormalize from './value-normalize';
import valueUnitUnknown from './value-unit-unknown';
import valueRange from './value-range';
import valueQualitativeVague from './value-qualitative-vague';
import unitCategoryMismatch from './unit-category-mismatch';
import unitNameMismatch from './unit-name-mismatch';
import direction from './direction';
import satisfactionMisplaced from './satisfaction-misplaced';
import descriptionRepeatsName from './description-repeats-name';
import basisInvalid from './basis-invalid';
import indicatorVague from './indicator-vague';
import fillerIndicator from './filler-indicator';
import typo from './typo';
import foreignContent from './foreign-content';
import fundingSum from './funding-sum';
import spendingPlan from './spending-plan';
import projectCode from './project-code';
import amountFormat from './amount-format';
import duplicateIndicator from './duplicate-indicator';
import crossTableConflict from './cross-table-conflict';
import duplicateGrid from './duplicate-grid';

export const RULES: readonly Rule[] = [
  tableHeaderMissing,
  tableIncomplete,
  tableUnreadable,
  level1Unknown,
  level2Misplaced,
  level2Empty,
  indicatorIncomplete,
  levelNameVariant,
  cellError,
  valueSyntax,
  valueOperatorMissing,
  valueNormalize,
  valueUnitUnknown,
  valueRange,
  valueQualitativeVague,
  valueKindMismatch,
  unitCategoryMismatch,
  unitNameMismatch,
  direction,
  satisfactionMisplaced,
  descriptionRepeatsName,
  basisInvalid,
  indicatorVague,
  fillerIndicator,
  typo,
  foreignContent,
  fundingSum,
  spendingPlan,
  projectCode,
  amountFormat,
  duplicateIndicator,
  crossTableConflict,
  duplicateGrid,
] as Rule[];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The `recommended` preset: every rule at its default severity. */
export const RECOMMENDED: Readonly<Record<string, Rule['defaultSeverity']>> = Object.freeze(
  Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
);
