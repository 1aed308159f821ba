import { availableParallelism } from 'node:os';
import { configureThreadPool, passwordHashConcurrencyOf } from './thread-pool';

describe('configureThreadPool', () => {
  it('gives the pool one thread per concurrent hash plus four for file I/O', () => {
    const env: NodeJS.ProcessEnv = { PASSWORD_HASH_CONCURRENCY: '3' };
    configureThreadPool(env);
    expect(env.UV_THREADPOOL_SIZE).toBe('7');
  });

  it('defaults to one hash per CPU', () => {
    const env: NodeJS.ProcessEnv = {};
    configureThreadPool(env);
    expect(env.UV_THREADPOOL_SIZE).toBe(String(availableParallelism() + 4));
  });

  it('leaves an explicit UV_THREADPOOL_SIZE alone', () => {
    const env: NodeJS.ProcessEnv = { UV_THREADPOOL_SIZE: '2', PASSWORD_HASH_CONCURRENCY: '8' };
    configureThreadPool(env);
    expect(env.UV_THREADPOOL_SIZE).toBe('2');
  });

  it('falls back to the default for values the settings validation will refuse', () => {
    for (const raw of ['0', '-1', 'lots', '65', '2.5'])
      expect(passwordHashConcurrencyOf({ PASSWORD_HASH_CONCURRENCY: raw })).toBe(
        availableParallelism(),
      );
    expect(passwordHashConcurrencyOf({ PASSWORD_HASH_CONCURRENCY: ' 2 ' })).toBe(2);
  });
});
