import type { TemplateId, TemplateSpec } from '../../../core/templates/types';
import type { InsertWhere } from '../../../excel/gateway';
import type { InsertOutcome } from '../../useChecker';

export interface TemplatePanelProps {
  /** The templates offered, in menu order (the core's TEMPLATES). */
  readonly templates: readonly TemplateSpec[];
  /** Where a template goes: a new sheet or the selection's top-left. */
  readonly where: InsertWhere;
  readonly onWhereChange: (where: InsertWhere) => void;
  readonly onInsert: (id: TemplateId) => void;
  /** Disables the insert buttons while a workbook operation runs. @default false */
  readonly busy?: boolean;
  /** What the last insert did (success, or why it was refused). @default null */
  readonly outcome?: InsertOutcome | null;
}
