import { OutageLog } from './outage-log';

describe('OutageLog', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('logs an outage once when it starts and once, with the count, when it is over', () => {
    const lines: Array<{ level: string; fields: Record<string, unknown> }> = [];
    const logger = {
      error: (fields: Record<string, unknown>) => lines.push({ level: 'error', fields }),
      warn: (fields: Record<string, unknown>) => lines.push({ level: 'warn', fields }),
    };
    const log = new OutageLog(logger, 'Database', 1_000);
    for (let i = 0; i < 500; i += 1) {
      log.failure('ECONNREFUSED');
      jest.advanceTimersByTime(10);
    }
    expect(lines).toEqual([
      { level: 'error', fields: { dependency: 'Database', cause: 'ECONNREFUSED' } },
    ]);
    expect(log.failing).toBe(true);
    jest.advanceTimersByTime(1_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      level: 'warn',
      fields: { dependency: 'Database', failed_requests: 500 },
    });
    expect(log.failing).toBe(false);
    log.failure('ETIMEDOUT');
    expect(lines).toHaveLength(3);
  });
});
