import type { BadgeProps } from '@fluentui/react-components';
import type { Severity } from '../../../core';

/** Severity → Fluent badge colour. */
export const SEVERITY_BADGE: Readonly<Record<Severity, NonNullable<BadgeProps['color']>>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
