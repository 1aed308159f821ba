'use strict';
/**
 * Regenerates the typed TypeScript client from the built app (dist/):
 *
 *   node scripts/generate-client.js           write clients/typescript/openapi.json and src/schema.ts
 *   node scripts/generate-client.js --check   generate into a temporary folder and fail (exit 1)
 *                                             when the committed copies differ
 *
 * `npm run client:generate` / `npm run client:check` build first. The document
 * comes from the running built server (scripts/export-openapi.js); the types
 * from openapi-typescript, where `format: binary` becomes `Blob` so uploads
 * and downloads are typed as what fetch sends and returns. Any warning of
 * openapi-typescript fails the run: a generator that had to guess produces a
 * client that lies.
 */
const { spawnSync } = require('node:child_process');
const {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');
const { default: openapiTS, astToString } = require('openapi-typescript');
const ts = require('typescript');
const { exportDocument } = require('./export-openapi');

const ROOT = join(__dirname, '..');
const CLIENT_DIR = join(ROOT, 'clients', 'typescript');
/** The generated files, relative to the client's folder. */
const DOCUMENT = 'openapi.json';
const SCHEMA = join('src', 'schema.ts');

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

async function generate(outDir) {
  const documentPath = join(outDir, DOCUMENT);
  await exportDocument(documentPath);

  const warnings = [];
  const consoleWarn = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  let ast;
  const started = process.hrtime.bigint();
  try {
    ast = await openapiTS(pathToFileURL(documentPath), {
      transform(schema) {
        if (schema.format !== 'binary') return undefined;
        return schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      },
    });
  } finally {
    console.warn = consoleWarn;
  }
  if (warnings.length > 0) {
    throw new Error(`openapi-typescript warned:\n${warnings.join('\n')}`);
  }
  const schemaPath = join(outDir, SCHEMA);
  mkdirSync(dirname(schemaPath), { recursive: true });
  writeFileSync(schemaPath, astToString(ast));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const { version } = require('openapi-typescript/package.json');
  process.stdout.write(
    `openapi-typescript ${version}: ${relative(ROOT, documentPath)} → ${relative(ROOT, schemaPath)} [${ms.toFixed(0)}ms], 0 warnings\n`,
  );
}

/** Generates into a temporary folder and compares with the committed files. */
async function check() {
  const dir = mkdtempSync(join(tmpdir(), 'rvp-client-'));
  try {
    await generate(dir);
    const drifted = [DOCUMENT, SCHEMA].filter((file) => {
      const committed = join(CLIENT_DIR, file);
      return (
        !existsSync(committed) ||
        readFileSync(committed, 'utf8') !== readFileSync(join(dir, file), 'utf8')
      );
    });
    if (drifted.length === 0) {
      process.stdout.write('clients/typescript is up to date with the built app\n');
      return true;
    }
    for (const file of drifted) {
      process.stdout.write(
        `\n${join('clients/typescript', file)} differs from what the built app generates:\n`,
      );
      const diff = spawnSync('diff', ['-u', join(CLIENT_DIR, file), join(dir, file)], {
        encoding: 'utf8',
      });
      process.stdout.write(`${diff.stdout.split('\n').slice(0, 60).join('\n')}\n`);
    }
    process.stdout.write('\nRun `npm run client:generate` and commit the result.\n');
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = process.argv.includes('--check') ? check() : generate(CLIENT_DIR).then(() => true);
run.then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
