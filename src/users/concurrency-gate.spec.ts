import { ConcurrencyGate } from './concurrency-gate';

/** A task that finishes when told to. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyGate', () => {
  it('runs at most `limit` tasks at once and starts the others in arrival order', async () => {
    const gate = new ConcurrencyGate(2);
    const tasks = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = tasks.map((task, i) =>
      gate.run(() => {
        started.push(i);
        return task.promise;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.active).toBe(2);
    expect(gate.queued).toBe(2);

    tasks[1].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(gate.active).toBe(2);

    tasks[0].resolve();
    tasks[2].resolve();
    tasks[3].resolve();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(gate.active).toBe(0);
    expect(gate.queued).toBe(0);
  });

  it('frees the place of a failed task and passes its error on', async () => {
    const gate = new ConcurrencyGate(1);
    const failing = gate.run(() => Promise.reject(new Error('boom')));
    const next = gate.run(() => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
    expect(gate.active).toBe(0);
  });

  it('refuses a limit below one', () => {
    expect(() => new ConcurrencyGate(0)).toThrow('Invalid concurrency');
  });
});
