import type { CheckProgress, Notice } from '../../useChecker';

export interface EmptyStateProps {
  /** What was checked: the message differs for one sheet and for the whole workbook. */
  readonly scope: 'sheet' | 'all';
  /** Opens the template panel. */
  readonly onInsertTemplate: () => void;
}

export interface ErrorStateProps {
  /** 'unsupported': the Excel version lacks the API the add-in needs; 'notice': a gateway error or refusal. */
  readonly kind: 'unsupported' | 'notice';
  /** The message to show when kind is 'notice'. */
  readonly notice?: Notice | null;
  /** Shows a dismiss button when given. */
  readonly onDismiss?: () => void;
}

export interface CheckProgressProps {
  readonly progress: CheckProgress;
}
