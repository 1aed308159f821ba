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
