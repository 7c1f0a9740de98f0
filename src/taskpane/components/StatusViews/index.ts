export { EmptyState } from './EmptyState';
export { ErrorState } from './ErrorState';
export { CheckProgress } from './CheckProgress';
export type * from './StatusViews.types';
