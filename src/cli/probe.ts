/**
 * Cheap checks on a file's bytes before exceljs sees it: what kind of file it is (zip, OLE compound
 * file, text …), whether an OLE file is an old .xls or a password-protected .xlsx, and how many
 * cells each worksheet holds, so that a bad or huge file gets one clear line instead of a crash,
 * a stack trace, or minutes of parsing.
 */
import * as zlib from 'node:zlib';
import type { Data, ReadErrorId } from './messages';

export class ReadError extends Error {
  constructor(
    readonly id: ReadErrorId,
    readonly data: Data = {},
  ) {
    super(id);
    this.name = 'ReadError';
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** Names of the streams and storages in an OLE compound file (CFB) directory, or null if unreadable. */
export function cfbDirectoryNames(buf: Buffer): string[] | null {
  try {
    if (!startsWith(buf, CFB_SIGNATURE) || buf.length < 512) return null;
    const sectorShift = buf.readUInt16LE(0x1e);
    if (sectorShift !== 9 && sectorShift !== 12) return null;
    const sectorSize = 1 << sectorShift;
    const numFatSectors = buf.readUInt32LE(0x2c);
    const firstDirSector = buf.readUInt32LE(0x30);
    const firstDifatSector = buf.readUInt32LE(0x44);
    const numDifatSectors = buf.readUInt32LE(0x48);
    const sectorOffset = (s: number) => (s + 1) * sectorSize;
    // FAT sector list: 109 entries in the header, then DIFAT sectors.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109 && fatSectors.length < numFatSectors; i++)
      fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
    let difat = firstDifatSector;
    for (let k = 0; k < numDifatSectors && difat < 0xfffffffa; k++) {
      const off = sectorOffset(difat);
      if (off + sectorSize > buf.length) break;
      const per = sectorSize / 4 - 1;
      for (let i = 0; i < per && fatSectors.length < numFatSectors; i++)
        fatSectors.push(buf.readUInt32LE(off + i * 4));
      difat = buf.readUInt32LE(off + per * 4);
    }
    const nextSector = (s: number): number => {
      const perFat = sectorSize / 4;
      const fatSector = fatSectors[Math.floor(s / perFat)];
      if (fatSector === undefined) return 0xfffffffe;
      const off = sectorOffset(fatSector) + (s % perFat) * 4;
      if (off + 4 > buf.length) return 0xfffffffe;
      return buf.readUInt32LE(off);
    };
    const names: string[] = [];
    let s = firstDirSector;
    const seen = new Set<number>();
    while (s < 0xfffffffa && !seen.has(s) && seen.size < 10000) {
      seen.add(s);
      const off = sectorOffset(s);
      if (off + sectorSize > buf.length) break;
      for (let e = 0; e < sectorSize / 128; e++) {
        const base = off + e * 128;
        const nameLen = buf.readUInt16LE(base + 0x40);
        const type = buf[base + 0x42];
        if (type === 0 || nameLen < 2 || nameLen > 64) continue;
        names.push(buf.toString('utf16le', base, base + nameLen - 2));
      }
      s = nextSector(s);
    }
    return names.length ? names : null;
  } catch {
    return null;
  }
}

/** Fallback: does the UTF-16LE name occur anywhere in the file (a damaged directory chain)? */
function containsUtf16(buf: Buffer, name: string): boolean {
  return buf.indexOf(Buffer.from(name, 'utf16le')) >= 0;
}

/** Classifies an OLE compound file: an encrypted OOXML package, an old .xls, or something else. */
export function classifyCfb(buf: Buffer): ReadError {
  const names = cfbDirectoryNames(buf);
  const has = (n: string) =>
    names ? names.some((x) => x.toLowerCase() === n.toLowerCase()) : containsUtf16(buf, n);
  if (has('EncryptionInfo') || has('EncryptedPackage')) return new ReadError('encrypted');
  if (has('Workbook') || has('Book')) return new ReadError('xls-old-format');
  return new ReadError('not-xlsx', { what: 'what.cfb' });
}

/** Reads a zip's central directory; null when there is none (not a zip, or truncated). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  let p = buf.readUInt32LE(eocd + 16);
  if (p === 0xffffffff || count === 0xffff) return []; // zip64: no cheap checks, let exceljs decide
  if (p + cdSize > buf.length) return null;
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new ReadError('corrupt');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ReadError('corrupt');
  return buf.subarray(start, end);
}

/** Inflates one (small) entry as text. */
export function entryText(buf: Buffer, e: ZipEntry): string {
  const data = entryData(buf, e);
  if (e.method === 0) return data.toString('utf8');
  if (e.method !== 8) throw new ReadError('corrupt');
  return zlib.inflateRawSync(data, { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8');
}

/**
 * Counts the `<c …>` elements of a worksheet part by inflating it as a stream (memory stays small
 * whatever the sheet's size). Past `stopAt` cells it stops and extrapolates from the bytes read.
 */
export function countCells(buf: Buffer, e: ZipEntry, stopAt: number): Promise<number> {
  const data = entryData(buf, e);
  const re = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
  let count = 0;
  let bytes = 0;
  let carry = '';
  const scan = (text: string) => {
    bytes += text.length;
    const s = carry + text;
    re.lastIndex = 0;
    let lastEnd = 0;
    while (re.exec(s)) {
      count++;
      lastEnd = re.lastIndex;
    }
    // keep a tail that might hold the start of a tag cut by the chunk boundary
    carry = s.slice(Math.max(lastEnd, s.length - 40));
  };
  if (e.method === 0) {
    scan(data.toString('latin1'));
    return Promise.resolve(count);
  }
  if (e.method !== 8) return Promise.reject(new ReadError('corrupt'));
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 1 << 18 });
    let done = false;
    inflater.on('data', (chunk: Buffer) => {
      if (done) return;
      scan(chunk.toString('latin1'));
      if (count > stopAt) {
        done = true;
        inflater.destroy();
        resolve(Math.max(count, Math.round((count * e.uncompressedSize) / Math.max(1, bytes))));
      }
    });
    inflater.on('end', () => {
      if (!done) resolve(count);
    });
    inflater.on('error', () => {
      if (!done) reject(new ReadError('corrupt'));
    });
    inflater.end(data);
  });
}

export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = m[3] ?? m[4] ?? '';
  return out;
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The worksheets listed in xl/workbook.xml, with their part paths and visibility. */
export function sheetParts(buf: Buffer, entries: readonly ZipEntry[]): SheetPart[] {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const wb = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (!wb || !rels) return [];
  const wbXml = entryText(buf, wb);
  const relXml = entryText(buf, rels);
  const targets = new Map<string, string>();
  for (const m of relXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.Id && a.Target) {
      const t = a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`;
      targets.set(a.Id, t.replace(/\/\.\//g, '/'));
    }
  }
  const out: SheetPart[] = [];
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const rid = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (!path) continue;
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    out.push({ name: xmlUnescape(a.name ?? ''), path, state });
  }
  return out;
}

export interface ProbeResult {
  readonly entries: readonly ZipEntry[];
  /**
   * The worksheets listed in xl/workbook.xml (parsed on first call, then kept; [] when it cannot be parsed).
   * Most reads never need it: see worksheetPartsAllRead.
   */
  sheets(): readonly SheetPart[];
}

/** Worksheet parts in the zip (xl/worksheets/*.xml). */
export function worksheetEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
}

/**
 * True when exceljs has read every worksheet part of the zip: as many worksheets as parts, all named
 * sheetN.xml (the only names exceljs reads). Then no sheet was skipped and xl/workbook.xml need not be parsed again.
 */
export function worksheetPartsAllRead(entries: readonly ZipEntry[], worksheetsRead: number): boolean {
  const parts = worksheetEntries(entries);
  return (
    parts.length === worksheetsRead && parts.every((e) => /^\/?xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
  );
}

/** Identifies text-like files by their first bytes, for a helpful "what is it" hint. */
function whatIsIt(buf: Buffer): string {
  const head = buf
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('%pdf')) return 'what.pdf';
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return 'what.xml2003';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<table'))
    return 'what.html';
  if (
    head.startsWith('<?xml') &&
    buf.subarray(0, 4096).toString('utf8').includes('urn:schemas-microsoft-com:office:spreadsheet')
  )
    return 'what.xml2003';
  // mostly printable: a text file (CSV, TSV …)
  const sample = buf.subarray(0, 1024);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  if (sample.length > 0 && printable / sample.length > 0.95) return 'what.text';
  return 'what.unknown';
}

/**
 * Checks a file's bytes and throws a ReadError for anything exceljs should not be given:
 * empty, not a zip, an OLE file (old .xls or password-protected), a zip that holds no workbook,
 * or a worksheet with more cells than `maxCells`.
 */
export async function probeXlsx(buf: Buffer, maxCells: number): Promise<ProbeResult> {
  if (buf.length === 0) throw new ReadError('empty-file');
  if (startsWith(buf, CFB_SIGNATURE)) throw classifyCfb(buf);
  const isZip =
    buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5 || buf[2] === 7);
  if (!isZip) throw new ReadError('not-xlsx', { what: whatIsIt(buf) });
  const entries = zipEntries(buf);
  if (entries === null) throw new ReadError('corrupt', { detail: 'zip' });
  if (entries.length === 0) return { entries, sheets: () => [] }; // zip64 or empty: exceljs decides
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    let what = 'what.zip';
    if (names.has('word/document.xml')) what = 'what.docx';
    else if (names.has('ppt/presentation.xml')) what = 'what.pptx';
    else if (names.has('content.xml') && names.has('mimetype')) what = 'what.ods';
    throw new ReadError('not-xlsx', { what });
  }
  let parsed: SheetPart[] | undefined;
  const listSheets = (): SheetPart[] => {
    if (parsed === undefined) {
      try {
        parsed = sheetParts(buf, entries);
      } catch (e) {
        if (e instanceof ReadError) throw e;
        throw new ReadError('corrupt', { detail: 'workbook.xml' });
      }
    }
    return parsed;
  };
  // A cell takes at least 11 bytes of XML (<c r="A1"/>): small parts cannot exceed the limit. Only when a
  // worksheet part is larger than that are the sheets listed (for their names) and the big ones counted.
  if (worksheetEntries(entries).some((e) => e.uncompressedSize > maxCells * 11)) {
    const byName = new Map(entries.map((e) => [e.name, e]));
    for (const s of listSheets()) {
      const e = byName.get(s.path);
      if (!e || e.uncompressedSize <= maxCells * 11) continue;
      const cells = await countCells(buf, e, maxCells * 4);
      if (cells > maxCells) throw new ReadError('too-large', { sheet: s.name, cells, limit: maxCells });
    }
  }
  return {
    entries,
    sheets: () => {
      try {
        return listSheets();
      } catch {
        return [];
      }
    },
  };
}
