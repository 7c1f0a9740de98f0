import type { MessageData } from './diagnostic';

type Render = (data: MessageData) => string;
const compiled = new Map<string, Render>();

function value(data: MessageData, name: string): string {
  const v = data[name];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || Object.prototype.hasOwnProperty.call(data, name)) return String(v);
  return `{{${name}}}`;
}

/** Compiles a template once into a function of its data: literal parts and {{name}} slots, concatenated. */
function compile(template: string): Render {
  const parts: (string | { readonly name: string })[] = [];
  const re = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  const slots = parts.filter((p): p is { name: string } => typeof p !== 'string');
  if (slots.length === 0) return () => template;
  // the common shapes (one or two slots) without a loop
  if (parts.length <= 5) {
    const text = (i: number) => (typeof parts[i] === 'string' ? (parts[i] as string) : '');
    const slot = (i: number) => (typeof parts[i] === 'string' ? '' : (parts[i] as { name: string }).name);
    if (slots.length === 1) {
      const i = parts.findIndex((p) => typeof p !== 'string');
      const before = parts.slice(0, i).join('');
      const after = parts.slice(i + 1).join('');
      const name = slot(i);
      return (data) => before + value(data, name) + after;
    }
    if (
      slots.length === 2 &&
      parts.length === 5 &&
      typeof parts[0] === 'string' &&
      typeof parts[4] === 'string'
    ) {
      const [a, b, c] = [text(0), text(2), text(4)];
      const [x, y] = [slot(1), slot(3)];
      return (data) => a + value(data, x) + b + value(data, y) + c;
    }
  }
  return (data) => {
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : value(data, p.name);
    return out;
  };
}

/** Replaces {{name}} with data.name; unknown names are left as they are. Templates are compiled once. */
export function interpolate(template: string, data: MessageData): string {
  let render = compiled.get(template);
  if (render === undefined) {
    render = compile(template);
    compiled.set(template, render);
  }
  return render(data);
}
