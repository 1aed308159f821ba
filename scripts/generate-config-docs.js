#!/usr/bin/env node
/**
 * Writes docs/configuration.md from the settings schemas of the built app
 * (dist/src/config) and the comments in .env.example; `--check` only reports
 * whether the committed file is current (exit 1 if not). `npm run docs:config`
 * builds first. The unit test src/config/configuration-docs.spec.ts makes the
 * same comparison in `npm test`.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const target = join(root, 'docs', 'configuration.md');
const { renderConfigurationDocs } = require(join(root, 'dist/src/config/configuration-docs.js'));

const rendered = renderConfigurationDocs(readFileSync(join(root, '.env.example'), 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== rendered) {
    console.error('docs/configuration.md is stale: run `npm run docs:config` and commit it');
    process.exit(1);
  }
  console.log('docs/configuration.md is current');
} else {
  writeFileSync(target, rendered);
  console.log('wrote docs/configuration.md');
}
