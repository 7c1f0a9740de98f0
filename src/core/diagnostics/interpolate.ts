import type { MessageData } from './diagnostic';

type Part = string | { readonly name: string };
const compiled = new Map<string, readonly Part[]>();

function compile(template: string): readonly Part[] {
  const parts: Part[] = [];
  const re = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Replaces {{name}} with data.name; unknown names are left as they are. Templates are compiled once. */
export function interpolate(template: string, data: MessageData): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = compile(template);
    compiled.set(template, parts);
  }
  let out = '';
  for (const p of parts)
    if (typeof p === 'string') out += p;
    else out += Object.prototype.hasOwnProperty.call(data, p.name) ? String(data[p.name]) : `{{${p.name}}}`;
  return out;
}
