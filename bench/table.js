'use strict';
/**
 * Rows of the bench table and how repeated runs are summarised. A case
 * returns rows; each row is one figure, optionally with the ceiling it is
 * compared with (measured in the same run) and a goal:
 *
 *   { case, figure, value, unit, ceiling?, ceilingValue?, goal? }
 *
 * `goal` is `{ ratio: '>=', target: 0.8 }` (checked against value/ceilingValue)
 * or `{ value: '<=', target: 20 }` (checked against value itself). Goals are
 * reported, never asserted: the bench exits non-zero only on an error.
 */

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function ratioOf(row) {
  return row.ceilingValue ? row.value / row.ceilingValue : undefined;
}

function goalText(goal) {
  if (!goal) return '';
  return goal.ratio ? `ratio ${goal.ratio} ${goal.target}` : `${goal.value} ${goal.target}`;
}

function goalMet(goal, value, ratio) {
  if (!goal) return '';
  const actual = goal.ratio ? ratio : value;
  if (actual === undefined || Number.isNaN(actual)) return '?';
  const op = goal.ratio ?? goal.value;
  const met = op === '>=' ? actual >= goal.target : actual <= goal.target;
  return met ? 'yes' : 'NO';
}

/** Merges the rows of several runs: one row per figure with the medians and every run's ratio. */
function summarise(runs) {
  const byKey = new Map();
  for (const rows of runs) {
    for (const row of rows) {
      const key = `${row.case}\u0000${row.figure}`;
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(row);
    }
  }
  return [...byKey.values()].map((rows) => {
    const first = rows[0];
    const ratios = rows.map(ratioOf).filter((r) => r !== undefined);
    const value = median(rows.map((r) => r.value));
    const ceilingValue = first.ceiling ? median(rows.map((r) => r.ceilingValue)) : undefined;
    const ratio = ratios.length ? median(ratios) : undefined;
    return {
      case: first.case,
      figure: first.figure,
      unit: first.unit,
      value,
      ceiling: first.ceiling,
      ceilingValue,
      ratio,
      ratios,
      values: rows.map((r) => r.value),
      goal: goalText(first.goal),
      met: goalMet(first.goal, value, ratio),
    };
  });
}

const fmt = (n) =>
  n === undefined ? '' : Math.abs(n) >= 100 ? String(Math.round(n)) : String(Number(n.toFixed(2)));

/** One plain-text table (also valid Markdown). */
function render(summary, runs) {
  const head = ['case', 'figure', 'value', 'ceiling (same run)', 'ratio', 'goal', 'met'];
  if (runs > 1) head.splice(5, 0, 'ratios per run');
  const lines = summary.map((row) => {
    const cells = [
      row.case,
      row.figure,
      `${fmt(row.value)} ${row.unit}`,
      row.ceiling ? `${row.ceiling}: ${fmt(row.ceilingValue)} ${row.unit}` : '',
      row.ratio === undefined ? '' : row.ratio.toFixed(3),
      row.goal,
      row.met,
    ];
    if (runs > 1)
      cells.splice(
        5,
        0,
        row.ratios.length
          ? row.ratios.map((r) => r.toFixed(2)).join(' ')
          : row.values.map(fmt).join(' '),
      );
    return cells;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(line),
  ].join('\n');
}

module.exports = { median, summarise, render };
