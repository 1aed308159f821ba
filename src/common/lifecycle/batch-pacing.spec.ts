import { runPacedBatches } from './batch-pacing';

describe('runPacedBatches', () => {
  it('rests after each batch about as long as the batch took, and not after the last', async () => {
    const events: string[] = [];
    let now = 0;
    let runs = 0;
    const wallStart = Date.now();
    await runPacedBatches(
      () => {
        runs += 1;
        now += 30; // each batch "takes" 30 ms on the injected clock
        events.push(`batch ${runs} at ${Date.now() - wallStart}`);
        return Promise.resolve({ done: runs === 3 });
      },
      { clock: () => now },
    );
    expect(runs).toBe(3);
    const at = events.map((line) => Number(line.split(' at ')[1]));
    // Two rests of ~30 ms between three batches (timers may fire a little late, never early).
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(25);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(25);
    expect(Date.now() - wallStart).toBeLessThan(1_000);
  });

  it('bounds one rest by maxRestMs', async () => {
    let now = 0;
    let runs = 0;
    const started = Date.now();
    await runPacedBatches(
      () => {
        runs += 1;
        now += 60_000; // a batch that "took" a minute
        return Promise.resolve({ done: runs === 2 });
      },
      { clock: () => now, maxRestMs: 20 },
    );
    expect(runs).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops at once when the first batch is the last', async () => {
    let runs = 0;
    const started = Date.now();
    await runPacedBatches(() => {
      runs += 1;
      return Promise.resolve({ done: true });
    });
    expect(runs).toBe(1);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('returns from a rest as soon as its signal fires, before another batch', async () => {
    const stop = new AbortController();
    let now = 0;
    let runs = 0;
    const started = Date.now();
    const run = runPacedBatches(
      () => {
        runs += 1;
        now += 60_000; // a long batch: a long rest follows
        return Promise.resolve({ done: false });
      },
      { clock: () => now, signal: stop.signal },
    );
    setTimeout(() => stop.abort(), 20);
    await run;
    expect(runs).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
