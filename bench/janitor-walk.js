'use strict';
/**
 * The janitor's storage walk at scale (issue 12, item 10): lays out
 * BENCH_JANITOR_FILES (default 200,000) objects the way uploads do
 * (`objects/<2 hex>/<32 hex>`, 256 folders), then walks them in a fresh
 * process each, sampling RSS every 20 ms:
 * - `before`: the previous listing (one recursive readdir of the whole tree
 *   into memory, then a stat per file);
 * - `after`: LocalStorageDriver.list (one sorted folder at a time), streamed;
 * - `after, resumed`: the same from the middle (`after` = a key half-way),
 *   as a bounded pass continuing does.
 * Prints objects, seconds, objects/s and RSS at start and peak. The tree is
 * kept in <tmpdir>/rvp-janitor-walk-<n> for the next run (BENCH_RESEED=1 to
 * rebuild). Run after `nest build`: `npm run bench:janitor`.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { ROOT } = require('./server');

const FILES = Number(process.env.BENCH_JANITOR_FILES || 200_000);
const DIR = join(tmpdir(), `rvp-janitor-walk-${FILES}`);

function layOut() {
  if (existsSync(join(DIR, 'done')) && !process.env.BENCH_RESEED) return;
  rmSync(DIR, { recursive: true, force: true });
  const started = Date.now();
  for (let i = 0; i < 256; i += 1)
    mkdirSync(join(DIR, 'objects', i.toString(16).padStart(2, '0')), { recursive: true });
  for (let i = 0; i < FILES; i += 1) {
    const hex = randomBytes(16).toString('hex');
    writeFileSync(join(DIR, 'objects', hex.slice(0, 2), hex), 'x');
  }
  writeFileSync(join(DIR, 'done'), '');
  console.log(
    `laid out ${FILES} objects in ${((Date.now() - started) / 1000).toFixed(1)} s (${DIR})`,
  );
}

/** Runs in a child: walks, samples RSS, prints one JSON line. */
const CHILD = `
const { readdir, stat } = require('node:fs/promises');
const { join, relative, sep } = require('node:path');
const [root, mode, dist] = process.argv.slice(1);
global.gc();
let peak = process.memoryUsage.rss();
let heapPeak = process.memoryUsage().heapUsed;
const heapStart = heapPeak;
let livePeak = heapStart;
const start = peak;
const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); };
const sampler = setInterval(sample, 20);
async function* before(prefix) {
  const entries = await readdir(join(root, prefix), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    yield { key: relative(root, path).split(sep).join('/'), size: info.size, modifiedAt: info.mtime };
  }
}
(async () => {
  const { LocalStorageDriver } = require(join(dist, 'src/files/storage/local-storage.driver.js'));
  const driver = new LocalStorageDriver(root);
  const t0 = process.hrtime.bigint();
  let count = 0;
  const source = mode === 'before' ? before('objects') : driver.list('objects', mode === 'resumed' ? 'objects/80' : undefined);
  for await (const object of source) { count += 1; if (count % 1000 === 0) sample(); if (count % 10000 === 0) { global.gc(); livePeak = Math.max(livePeak, process.memoryUsage().heapUsed); } }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(sampler);
  console.log(JSON.stringify({ mode, count, seconds, startMiB: start / 2 ** 20, peakMiB: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20, heapStartMiB: heapStart / 2 ** 20, heapPeakMiB: heapPeak / 2 ** 20, livePeakMiB: livePeak / 2 ** 20 }));
})();
`;

function walk(mode) {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '-e', CHILD, DIR, mode, join(ROOT, 'dist')],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

layOut();
const rows = ['before', 'after', 'resumed'].map(walk);
console.log(
  `\nJanitor storage walk, ${FILES} objects (local disk; machine shared, figures noisy)\n`,
);
console.log(
  '| walk | objects | seconds | objects/s | RSS start → peak MiB | heap used start → peak MiB | live heap peak MiB (after GC, every 10k) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.mode === 'resumed' ? 'after, resumed at objects/80' : r.mode} | ${r.count} | ${r.seconds.toFixed(1)} | ${Math.round(r.count / r.seconds)} | ${r.startMiB.toFixed(1)} → ${r.peakMiB.toFixed(1)} | ${r.heapStartMiB.toFixed(1)} → ${r.heapPeakMiB.toFixed(1)} | ${r.livePeakMiB.toFixed(1)} |`,
  );
