import { redactUrl } from './logger-options';

describe('redactUrl', () => {
  it('keeps paths and harmless parameters', () => {
    expect(redactUrl('/api/v1/files?offset=20&limit=10')).toBe('/api/v1/files?offset=20&limit=10');
  });

  it('hides the values of secret-looking parameters', () => {
    const logged = redactUrl('/api/v1/auth/me?access_token=eyJabc&api_key=rvp_123&q=x');
    expect(logged).not.toContain('eyJabc');
    expect(logged).not.toContain('rvp_123');
    expect(logged).toContain('q=x');
  });
});
