import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `batch` until it reports that it is done, resting after each run for
 * as long as that run took, so a background purge holds the database at most
 * half of the time however large its backlog: requests arriving meanwhile
 * find the disk, the locks and (on SQLite) the one connection free. A normal
 * hour's backlog is a few batches, so the rests cost it little; a backlog of
 * a million rows takes about twice as long as it would flat out, without the
 * API slowing down meanwhile. `maxRestMs` bounds one rest. When `signal`
 * fires (shutdown), it returns after the batch in progress, or at once from
 * a rest: the rest of the backlog waits for the next run.
 */
export async function runPacedBatches(
  batch: () => Promise<{ done: boolean }>,
  options: { maxRestMs?: number; clock?: () => number; signal?: AbortSignal } = {},
): Promise<void> {
  const clock = options.clock ?? performance.now.bind(performance);
  const maxRestMs = options.maxRestMs ?? 5_000;
  const { signal } = options;
  while (!signal?.aborted) {
    const started = clock();
    const { done } = await batch();
    if (done || signal?.aborted) return;
    await sleep(Math.min(maxRestMs, clock() - started), undefined, { signal }).catch(
      () => undefined, // aborted: the loop's condition ends it
    );
  }
}
