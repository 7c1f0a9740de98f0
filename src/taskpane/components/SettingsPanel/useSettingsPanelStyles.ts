import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsPanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  select: {
    // never wider than the pane (the longest option sets a native select's width)
    maxWidth: '100%',
    minWidth: 0,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  rules: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  rule: {
    display: 'flex',
    flexDirection: 'column',
    paddingBottom: tokens.spacingVerticalXS,
  },
  ruleId: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: tokens.spacingHorizontalXXL,
    fontFamily: tokens.fontFamilyMonospace,
  },
});
