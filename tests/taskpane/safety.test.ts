/**
 * Static guarantees of the task-pane sources: cell text reaches the DOM only as React text, and the
 * pane makes no network request of any kind.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../src/taskpane');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(tsx?|jsx?)$/.test(name) ? [p] : [];
  });
}

const files = sources(ROOT).map((p) => ({ p, text: readFileSync(p, 'utf8') }));

describe('task-pane sources', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval / new Function', /\beval\(|new Function\(/],
  ])('never use %s', (_name, re) => {
    expect(files.filter((f) => re.test(f.text)).map((f) => f.p)).toEqual([]);
  });

  it.each([
    ['fetch', /\bfetch\(/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket', /WebSocket/],
    ['EventSource', /EventSource/],
    ['sendBeacon', /sendBeacon/],
    ['dynamic import', /\bimport\(/],
    ['http(s) URLs', /https?:\/\//],
  ])('make no network request (%s)', (_name, re) => {
    expect(files.filter((f) => re.test(f.text)).map((f) => f.p)).toEqual([]);
  });
});
