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

  it('hides the code and state of a single sign-on callback', () => {
    const logged = redactUrl(
      '/api/v1/auth/sso/corp/callback?code=c0de&state=st4te&iss=https%3A%2F%2Fidp',
    );
    expect(logged).not.toContain('c0de');
    expect(logged).not.toContain('st4te');
    expect(logged).toContain('iss=');
  });
});
