'use strict';
/**
 * The top frames of a V8 CPU profile (from `BENCH_CPU_PROF=<dir> npm run bench`),
 * by self time and by total (inclusive) time, as text for the performance note.
 *
 *   node bench/profile-top.js <file.cpuprofile> [count] [last seconds]
 *
 * With `last seconds`, only the end of the profile counts (e.g. the load
 * phase of a case, not the set-up before it).
 * Samples taken while the server was starting (below the main module's own
 * frame: requiring and compiling modules) are left out: they say nothing
 * about the requests.
 */
const { readFileSync } = require('node:fs');

const [file, countArg, lastArg] = process.argv.slice(2);
const count = Number(countArg || 15);
const lastMicros = lastArg ? Number(lastArg) * 1e6 : Infinity;
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes)
  for (const child of node.children || []) parent.set(child, node.id);

// Each sample's time goes to its node (self) and to every distinct frame above it (total).
const selfMicros = new Map();
const totalMicros = new Map();
const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};
const deltas = profile.timeDeltas;
let idle = 0;
let all = 0;
const isStartup = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at))
    if (byId.get(at).callFrame.url === 'node:internal/main/run_main_module') return true;
  return false;
};
const sampleTimes = [];
deltas.reduce((at, delta, i) => (sampleTimes[i] = at + delta), profile.startTime);
profile.samples.forEach((id, i) => {
  const micros = deltas[i + 1] ?? 0;
  if (profile.endTime - sampleTimes[i] > lastMicros) return;
  if (isStartup(id)) return;
  all += micros;
  const node = byId.get(id);
  if (node.callFrame.functionName === '(idle)') idle += micros;
  selfMicros.set(label(node), (selfMicros.get(label(node)) || 0) + micros);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at));
    if (seen.has(name)) continue;
    seen.add(name);
    totalMicros.set(name, (totalMicros.get(name) || 0) + micros);
  }
});
const busy = all - idle;
const top = (map) =>
  [...map.entries()]
    .filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
process.stdout.write(
  `busy ${(busy / 1e6).toFixed(1)} s of ${(all / 1e6).toFixed(1)} s\n\nself time:\n${top(selfMicros)}\n\ntotal time:\n${top(totalMicros)}\n`,
);
