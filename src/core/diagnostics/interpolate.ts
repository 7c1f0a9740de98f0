import type { MessageData } from './diagnostic';

/** Replaces {{name}} with data.name; unknown names are left as they are. */
export function interpolate(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(data, k) ? String(data[k]) : m,
  );
}
