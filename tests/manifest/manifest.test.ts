/**
 * manifest.xml, checked offline: XSD validation (xmllint-wasm against the official 2019 schemas kept
 * beside the project in ../shared/schemas/office-addin-manifest), every resid defined, icons present
 * at the sizes the manifest claims, the requirement set the gateway checks, zh-CN with en-US overrides,
 * and the task pane page it opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { REQUIRED_EXCEL_API } from '../../src/excel/gateway';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS =
  process.env.JIXIAO_MANIFEST_SCHEMAS ?? path.resolve(ROOT, '../shared/schemas/office-addin-manifest');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';
const DEV_BASE = 'https://localhost:3000/';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/**
 * The schemas as xmllint accepts them: the three fixes of the toolchain guide, applied to a copy in
 * memory (idempotent: the shared copies may already carry them).
 */
function loadSchemas(): { name: string; contents: string }[] {
  if (!fs.existsSync(path.join(SCHEMAS, MAIN_XSD))) {
    throw new Error(
      `Manifest schemas not found in ${SCHEMAS} (set JIXIAO_MANIFEST_SCHEMAS to their folder).`,
    );
  }
  const files = fs
    .readdirSync(SCHEMAS)
    .filter((f) => f.endsWith('.xsd'))
    .map((name) => ({
      name,
      contents: fs
        .readFileSync(path.join(SCHEMAS, name), 'utf8')
        // 1. a docs-wide http→https edit broke the XML Schema and xmldsig namespaces
        .replace(/https:\/\/www\.w3\.org\/2001\/XMLSchema/g, 'http://www.w3.org/2001/XMLSchema')
        .replace(/https:\/\/www\.w3\.org\/2000\/09\/xmldsig#/g, 'http://www.w3.org/2000/09/xmldsig#')
        // 2. .NET's lazy quantifier is not XSD regex syntax
        .replace(/\{0,3\}\?/g, '{0,3}'),
    }));
  // 3. ContentAppVersionOverridesV1_0.xsd never existed upstream: a stub for the import
  if (!files.some((f) => f.name === 'ContentAppVersionOverridesV1_0.xsd')) {
    files.push({
      name: 'ContentAppVersionOverridesV1_0.xsd',
      contents:
        '<?xml version="1.0" encoding="utf-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
        'targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides" elementFormDefault="qualified">' +
        '<xs:element name="VersionOverrides" type="xs:anyType"/></xs:schema>',
    });
  }
  return files;
}

async function validate(xml: string) {
  const schemas = loadSchemas();
  const main = schemas.find((s) => s.name === MAIN_XSD)!;
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main.name, contents: main.contents }],
    preload: schemas.filter((s) => s !== main).map((s) => ({ fileName: s.name, contents: s.contents })),
  });
}

function attrs(tag: string, attr: string, xml = manifest): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function localFile(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return path.join(ROOT, url.slice(DEV_BASE.length));
}

// The XSDs are beside the checkout only where shared/ is laid (CI); a bare clone runs the project's own checks below.
const HAVE_XSD = fs.existsSync(path.join(SCHEMAS, MAIN_XSD));
const xsdTest = HAVE_XSD ? test : test.skip;

describe('manifest.xml', () => {
  xsdTest('validates against the add-in manifest XSDs', async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  xsdTest('the validation is real: broken manifests are rejected', async () => {
    const broken = [
      manifest.replace(
        '<Permissions>ReadWriteDocument</Permissions>',
        '<Permissions>ReadWriteEverything</Permissions>',
      ),
      manifest.replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>'),
      manifest.replace('<Version>0.1.0.0</Version>', '<Version>1.0.0.0.0</Version>'),
      manifest.replace('<Label resid="Jixiao.Group.Label"/>', '<Labels resid="Jixiao.Group.Label"/>'),
    ];
    for (const xml of broken) {
      expect(xml).not.toBe(manifest);
      expect((await validate(xml)).valid).toBe(false);
    }
  });

  test('every resid names a resource, and every resource is used', () => {
    const resources = manifest.slice(manifest.indexOf('<Resources>'), manifest.indexOf('</Resources>'));
    const defined = [...resources.matchAll(/<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const used = attrs('[A-Za-z:]+', 'resid');
    expect(used.length).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(used).toContain(id);
    expect(defined.every((id) => id.length <= 32)).toBe(true);
  });

  test('icons exist at the pixel sizes the manifest gives them', () => {
    const images = new Map(
      [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    const uses = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, size, resid] of uses) {
      const { width, height } = pngSize(localFile(images.get(resid)!));
      expect([width, height]).toEqual([Number(size), Number(size)]);
    }
    const icon = attrs('IconUrl', 'DefaultValue')[0];
    const hiRes = attrs('HighResolutionIconUrl', 'DefaultValue')[0];
    expect(pngSize(localFile(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(hiRes))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test('asks for the ExcelApi set the gateway checks, and the least permission that writes', () => {
    expect(attrs('Set', 'MinVersion')).toEqual([REQUIRED_EXCEL_API]);
    expect(attrs('Set', 'Name')).toEqual(['ExcelApi']);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(attrs('Host', 'Name')).toEqual(['Workbook']);
  });

  test('zh-CN by default, with an en-US override for every text', () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    const texts = [
      ...manifest.matchAll(
        /<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="([^"]*)"[^/]*?>([\s\S]*?)<\/\1>/g,
      ),
    ];
    expect(texts.length).toBe(5);
    for (const [, , zh, body] of texts) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(body).toMatch(/<(?:bt:)?Override Locale="en-US" Value="[^"]+"\/>/);
    }
  });

  test('a Home-tab button opens the task pane page that webpack builds', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    for (const u of urls) expect(u.startsWith(DEV_BASE)).toBe(true);
    expect(attrs('SourceLocation', 'DefaultValue')).toEqual([`${DEV_BASE}taskpane.html`]);
    const html = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(html).toMatch(
      /<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"/,
    );
    expect(html).toMatch(/<div id="root">/);
    expect(html).toMatch(/<meta charset="utf-8"/i);
  });
});
