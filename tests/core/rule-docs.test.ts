import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRuleDocs } from '../../scripts/build-rule-docs';
import { renderReadingDocs } from '../../scripts/build-reading-docs';

test('docs/rules.md is generated from the registry and up to date (npm run docs:rules)', () => {
  expect(readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8')).toBe(renderRuleDocs());
});

test('docs/reading.md is generated from the cue tables and up to date (npm run docs:rules)', () => {
  expect(readFileSync(join(__dirname, '../../docs/reading.md'), 'utf8')).toBe(renderReadingDocs());
});
