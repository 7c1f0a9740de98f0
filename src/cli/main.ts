/**
 * The `jixiao` command line (spec/cli.md): check, template, annotate. `main` returns the exit status
 * and never calls process.exit; bad input gives one line in the user's language, never a stack trace.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { getTemplate, isTemplateId, RULES, TEMPLATE_IDS, validateConfig, type Config } from '../core';
import { annotateFile, sameFile, writeFileAtomic } from './annotate';
import { asReadError, coreLocale, readErrorLine } from './check';
import { checkPaths } from './pool';
import { HELP, msg, type CliLang } from './messages';
import { jsonReporter, summarize, textReporter } from './output';
import { DEFAULT_MAX_CELLS } from './xlsx-reader';
import { templateWorkbook } from './xlsx-writer';

export interface Stream {
  write(s: string): unknown;
  readonly isTTY?: boolean;
}

export interface Io {
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

class UsageError extends Error {
  constructor(
    readonly id: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(id);
  }
}

interface Options {
  format: 'text' | 'json';
  lang: CliLang;
  profile?: '88' | '101';
  config?: string;
  out?: string;
  force: boolean;
  maxCells: number;
  jobs?: number;
  help: boolean;
  version: boolean;
  positional: string[];
}

const VALUE_OPTIONS = new Set([
  '--format',
  '--lang',
  '--profile',
  '--config',
  '--out',
  '--max-cells',
  '--jobs',
]);
const FLAG_OPTIONS = new Set(['--force', '--help', '-h', '--version', '-v', '--no-color']);

function parseLang(v: string): CliLang | undefined {
  const l = v.toLowerCase();
  if (l === 'zh-cn' || l === 'zh' || l === 'zh-hans') return 'zh-CN';
  if (l === 'en' || l === 'en-us' || l === 'en-gb') return 'en';
  return undefined;
}

/** The language to report usage errors in, read before full parsing. */
function sniffLang(argv: readonly string[]): CliLang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1]) return parseLang(argv[i + 1]) ?? 'zh-CN';
    if (argv[i].startsWith('--lang=')) return parseLang(argv[i].slice(7)) ?? 'zh-CN';
  }
  return 'zh-CN';
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    format: 'text',
    lang: 'zh-CN',
    force: false,
    maxCells: DEFAULT_MAX_CELLS,
    help: false,
    version: false,
    positional: [],
  };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (onlyPositional || a === '-' || !a.startsWith('-')) {
      o.positional.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (FLAG_OPTIONS.has(a)) {
      if (value !== undefined) throw new UsageError('usage.unknown-option', { option: argv[i] });
      if (a === '--force') o.force = true;
      else if (a === '--help' || a === '-h') o.help = true;
      else if (a === '--version' || a === '-v') o.version = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(a)) throw new UsageError('usage.unknown-option', { option: a });
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2))
        throw new UsageError('usage.missing-value', { option: a });
      i++;
    }
    switch (a) {
      case '--format':
        if (value !== 'text' && value !== 'json')
          throw new UsageError('usage.bad-value', { option: a, value, allowed: 'text, json' });
        o.format = value;
        break;
      case '--lang': {
        const l = parseLang(value);
        if (!l) throw new UsageError('usage.bad-value', { option: a, value, allowed: 'zh-CN, en' });
        o.lang = l;
        break;
      }
      case '--profile':
        if (value !== '88' && value !== '101')
          throw new UsageError('usage.bad-value', { option: a, value, allowed: '88, 101' });
        o.profile = value;
        break;
      case '--config':
        o.config = value;
        break;
      case '--out':
        o.out = value;
        break;
      case '--max-cells': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1)
          throw new UsageError('usage.bad-value', { option: a, value, allowed: '1, 2, 3 …' });
        o.maxCells = n;
        break;
      }
      case '--jobs': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 64)
          throw new UsageError('usage.bad-value', { option: a, value, allowed: '1 … 64' });
        o.jobs = n;
        break;
      }
    }
  }
  return o;
}

/** Reads `--config` (JSON: profile, rules, satisfactionMin, fundingTolerance …) and applies `--profile`. */
async function loadConfig(o: Options): Promise<Partial<Config> | undefined> {
  let config: Record<string, unknown> | undefined;
  if (o.config) {
    let text: string;
    try {
      text = await fs.readFile(o.config, 'utf8');
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new UsageError('usage.config', {
        file: o.config,
        detail: msg(o.lang, code === 'ENOENT' ? 'not-found' : 'unreadable', {}),
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const detail = e instanceof Error ? e.message.split('\n')[0] : 'JSON';
      throw new UsageError('usage.config', { file: o.config, detail: `JSON: ${detail}` });
    }
    // the core's schema: wrong types, unknown keys and misspelt rule ids are reported, not ignored
    const checked = validateConfig(
      parsed,
      RULES.map((r) => r.id),
    );
    if (!checked.ok) {
      const detail = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new UsageError('usage.config', { file: o.config, detail });
    }
    config = checked.config as Record<string, unknown>;
  }
  if (o.profile) config = { ...(config ?? {}), profile: o.profile };
  return config as Partial<Config> | undefined;
}

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function useColour(io: Io, o: Options, argv: readonly string[]): boolean {
  if (o.format !== 'text' || argv.includes('--no-color')) return false;
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}

async function runCheck(o: Options, io: Io, argv: readonly string[]): Promise<number> {
  if (o.positional.length === 0) throw new UsageError('usage.no-paths');
  // check writes findings to stdout; "--out" belongs to template and annotate, "-" (stdin) is not read
  if (o.out !== undefined) throw new UsageError('usage.check-out', { out: o.out });
  if (o.positional.includes('-')) throw new UsageError('usage.no-stdin');
  const config = await loadConfig(o);
  // results are written file by file as they come, so memory does not grow with the number of files
  const reporter =
    o.format === 'json'
      ? jsonReporter(io.stdout, Boolean(io.stdout.isTTY))
      : textReporter(io.stdout, o.lang, useColour(io, o, argv));
  await checkPaths(o.positional, { lang: o.lang, config, maxCells: o.maxCells }, o.jobs, (r) =>
    reporter.file(r),
  );
  reporter.end();
  return reporter.tally.exitCode;
}

async function checkOut(o: Options): Promise<string> {
  if (!o.out) throw new UsageError('usage.no-out');
  if (!/\.xlsx$/i.test(o.out)) throw new UsageError('usage.out-not-xlsx', { out: o.out });
  if (!o.force) {
    const exists = await fs.stat(o.out).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError('usage.out-exists', { out: o.out });
  }
  return o.out;
}

async function writeOut(out: string, data: Buffer, lang: CliLang): Promise<void> {
  try {
    await writeFileAtomic(out, data);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const detail =
      code === 'ENOENT'
        ? msg(lang, 'not-found') + `: ${path.dirname(out)}`
        : code === 'EACCES' || code === 'EPERM'
          ? msg(lang, 'detail.eacces')
          : code;
    throw new UsageError('usage.write-failed', { out, detail });
  }
}

async function runTemplate(o: Options, io: Io): Promise<number> {
  const ids = TEMPLATE_IDS.join(', ');
  const id = o.positional[0];
  if (!id) throw new UsageError('usage.no-template-id', { ids });
  if (!isTemplateId(id)) throw new UsageError('usage.unknown-template', { id, ids });
  if (o.positional.length > 1) throw new UsageError('usage.unknown-option', { option: o.positional[1] });
  const out = await checkOut(o);
  const spec = getTemplate(id);
  const wb = templateWorkbook(spec, coreLocale(o.lang));
  await writeOut(out, Buffer.from(await wb.xlsx.writeBuffer()), o.lang);
  io.stdout.write(msg(o.lang, 'done.template', { name: spec.name[coreLocale(o.lang)], out }) + '\n');
  return EXIT_OK;
}

async function runAnnotate(o: Options, io: Io): Promise<number> {
  if (o.positional.length !== 1) throw new UsageError('usage.annotate-one');
  const input = o.positional[0];
  if (!o.out) throw new UsageError('usage.no-out');
  if (await sameFile(input, o.out)) throw new UsageError('usage.out-is-input');
  const out = await checkOut(o);
  const config = await loadConfig(o);
  let result;
  try {
    result = await annotateFile(input, { lang: o.lang, config, maxCells: o.maxCells });
  } catch (e) {
    io.stderr.write(`${input}: ${readErrorLine(asReadError(e), o.lang)}\n`);
    return EXIT_FAILURE;
  }
  await writeOut(out, result.buffer, o.lang);
  for (const n of result.notes) io.stdout.write(`${n}\n`);
  const s = summarize([
    {
      file: input,
      error: null,
      errorId: null,
      tables: [],
      diagnostics: result.diagnostics,
      sheets: [],
      notes: [],
    },
  ]);
  io.stdout.write(
    msg(o.lang, 'done.annotate', {
      out,
      count: result.marked,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
    }) + '\n',
  );
  return s.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang = sniffLang(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr.write(msg(lang, 'usage.no-command') + '\n');
      return EXIT_FAILURE;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP[lang] + '\n');
      return EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(version() + '\n');
      return EXIT_OK;
    }
    if (command !== 'check' && command !== 'template' && command !== 'annotate') {
      throw new UsageError('usage.unknown-command', { command });
    }
    const o = parseArgs(rest);
    lang = o.lang;
    if (o.help) {
      io.stdout.write(HELP[lang] + '\n');
      return EXIT_OK;
    }
    if (o.version) {
      io.stdout.write(version() + '\n');
      return EXIT_OK;
    }
    if (command === 'check') return await runCheck(o, io, rest);
    if (command === 'template') return await runTemplate(o, io);
    return await runAnnotate(o, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(msg(lang, e.id, e.data) + '\n');
      return EXIT_FAILURE;
    }
    // Not bad input but a bug: still one line, plus where to look when JIXIAO_DEBUG is set.
    const text = e instanceof Error ? e.message : String(e);
    io.stderr.write(`jixiao: ${text}\n`);
    if ((io.env ?? {}).JIXIAO_DEBUG && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
    return EXIT_FAILURE;
  }
}

/** Entry for bin/jixiao.js. */
export function run(): void {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`jixiao: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
