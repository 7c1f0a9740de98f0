export interface ToolbarProps {
  /** Disables the buttons that start a check or clear marks (a workbook operation is running). */
  readonly busy: boolean;
  /** Whether live checking is on. */
  readonly liveCheck: boolean;
  /** Whether there are marks (a result) to clear. @default true */
  readonly canClear?: boolean;
  readonly onCheckSheet: () => void;
  readonly onCheckAll: () => void;
  readonly onClear: () => void;
  readonly onLiveCheckChange: (on: boolean) => void;
}
