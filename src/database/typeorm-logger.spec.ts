import { Logger } from '@nestjs/common';
import { TypeOrmLogger } from './typeorm-logger';

describe('TypeOrmLogger slow queries', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs one slow query per ten seconds and counts the ones it skipped', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const logger = new TypeOrmLogger();
    for (let i = 0; i < 50; i += 1) logger.logQuerySlow(10_000, 'SELECT 1');
    expect(warn).toHaveBeenCalledTimes(1);
    now.mockReturnValue(1_010_000);
    logger.logQuerySlow(12_000, 'SELECT 2');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith(
      { query: 'SELECT 2', duration_ms: 12_000, slow_queries_not_logged: 49 },
      'Slow query (and 49 more not logged since the last one)',
    );
  });
});
