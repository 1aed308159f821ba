import { availableParallelism } from 'node:os';
import { loadAuthSettings } from './auth.config';

const SECRET = 'Zq3kP9vX2mW7rT5yB8nC1dF4gH6jK0LsA2eR7uI9oQ';

describe('auth settings', () => {
  it('requires JWT_SECRET in production', () => {
    expect(() => loadAuthSettings({ NODE_ENV: 'production' })).toThrow(
      /^JWT_SECRET is required in production/,
    );
  });

  it('rejects a placeholder secret in production', () => {
    expect(() =>
      loadAuthSettings({
        NODE_ENV: 'production',
        JWT_SECRET: 'please-change-me-before-deploying-0000',
      }),
    ).toThrow(/placeholder/);
  });

  it('rejects a secret shorter than 32 bytes anywhere', () => {
    expect(() => loadAuthSettings({ JWT_SECRET: 'short' })).toThrow(
      'JWT_SECRET must be at least 32 bytes long',
    );
  });

  it('generates one secret per process outside production, and says so', () => {
    const first = loadAuthSettings({});
    const second = loadAuthSettings({ NODE_ENV: 'test' });
    expect(first.jwtSecretGenerated).toBe(true);
    expect(Buffer.byteLength(first.jwtSecret)).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
  });

  it('uses the documented defaults', () => {
    expect(loadAuthSettings({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toMatchObject({
      jwtSecret: SECRET,
      jwtSecretGenerated: false,
      accessTokenTtlSeconds: 900,
      rateLimit: 10,
      rateWindowSeconds: 60,
      passwordResetTtlSeconds: 1800,
    });
  });
});

describe('token lifecycle settings', () => {
  it('default to 365 days for personal tokens, 30 days of retention, an hourly purge', () => {
    expect(loadAuthSettings({})).toMatchObject({
      personalTokenMaxExpiryDays: 365,
      tokenRetentionDays: 30,
      tokenPurgeIntervalSeconds: 3600,
    });
  });

  it('hashes one password per CPU at once unless PASSWORD_HASH_CONCURRENCY says otherwise', () => {
    expect(loadAuthSettings({}).passwordHashConcurrency).toBe(availableParallelism());
    expect(loadAuthSettings({ PASSWORD_HASH_CONCURRENCY: '3' }).passwordHashConcurrency).toBe(3);
    expect(() => loadAuthSettings({ PASSWORD_HASH_CONCURRENCY: '0' })).toThrow(
      /PASSWORD_HASH_CONCURRENCY/,
    );
  });

  it.each([
    [
      { PAT_MAX_EXPIRY_DAYS: '0' },
      'PAT_MAX_EXPIRY_DAYS must be an integer from 1 to 3650 (got "0")',
    ],
    [
      { TOKEN_RETENTION_DAYS: 'a month' },
      'TOKEN_RETENTION_DAYS must be an integer from 1 to 3650 (got "a month")',
    ],
    [
      { TOKEN_PURGE_INTERVAL_SECONDS: '5' },
      'TOKEN_PURGE_INTERVAL_SECONDS must be an integer from 60 to 604800 (got "5")',
    ],
  ])('name the bad setting in one line: %j', (env, message) => {
    expect(() => loadAuthSettings(env)).toThrow(message);
  });
});
