import { ConfigurationError, validateEnvironment } from '.';

/**
 * What stops the server at start-up: each bad setting is one ConfigurationError
 * whose one-line message names it (main.ts prints it as `Configuration error:
 * <message>` and exits 1; test/startup.e2e-spec.ts proves that once with the
 * built server).
 */
describe('validateEnvironment', () => {
  const base = { DATABASE_URL: 'sqlite::memory:' };

  function problemWith(env: Record<string, string>): ConfigurationError {
    try {
      validateEnvironment({ ...base, ...env });
    } catch (error) {
      if (error instanceof ConfigurationError) return error;
      throw error;
    }
    throw new Error(`expected ${JSON.stringify(env)} to be refused`);
  }

  it('accepts an empty environment (every setting has a default outside production)', () => {
    expect(() => validateEnvironment({})).not.toThrow();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /^PORT must be an integer from 1 to 65535 \(got "abc"\)$/],
    [
      { DATABASE_URL: 'postgres://x' },
      'DATABASE_URL',
      /^DATABASE_URL must be .*\(got a postgres: URL\)$/,
    ],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET', /^JWT_SECRET is required in production/],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'change-me-please-change-me-please-1234' },
      'JWT_SECRET',
      /^JWT_SECRET looks like a placeholder/,
    ],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET', /^JWT_SECRET must be at least 32 bytes long$/],
    [
      { LOG_LEVEL: 'chatty' },
      'LOG_LEVEL',
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "chatty"\)$/,
    ],
    [{ MAX_UPLOAD_BYTES: '-5' }, 'MAX_UPLOAD_BYTES', /^MAX_UPLOAD_BYTES must be an integer/],
  ])('refuses %j with one line naming %s', (env, setting, message) => {
    const error = problemWith(env);
    expect(error.setting).toBe(setting);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('never echoes a secret setting in its message', () => {
    const error = problemWith({ JWT_SECRET: 'hunter2-secret' });
    expect(error.setting).toBe('JWT_SECRET');
    expect(error.message).not.toContain('hunter2');
  });
});
