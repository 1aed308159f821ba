import { ConfigurationError } from './configuration-error';
import { loadSsoSettings } from './sso.config';

const CORP = {
  OIDC_PROVIDERS: 'corp',
  SSO_PUBLIC_URL: 'https://api.example.org/',
  SSO_REDIRECT_ALLOWLIST: 'https://app.example.org/sso/done',
  OIDC_CORP_ISSUER: 'https://login.example.org/realms/corp',
  OIDC_CORP_CLIENT_ID: 'reviewpoint',
  OIDC_CORP_CLIENT_SECRET: 'a-very-secret-value',
};

function problem(env: Record<string, string>): string {
  try {
    loadSsoSettings(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('single sign-on settings', () => {
  it('has no providers by default', () => {
    expect(loadSsoSettings({})).toMatchObject({ providers: [], redirectAllowlist: [] });
  });

  it('reads each provider from its OIDC_<NAME>_* settings', () => {
    const settings = loadSsoSettings({
      ...CORP,
      OIDC_PROVIDERS: 'Corp',
      OIDC_CORP_ALLOWED_DOMAINS: 'Example.org, corp.example',
      OIDC_CORP_ADMIN_GROUP: 'rvp-admins',
      OIDC_CORP_DISPLAY_NAME: 'Corporate sign-in',
    });
    expect(settings.publicUrl).toBe('https://api.example.org');
    expect(settings.providers).toEqual([
      {
        name: 'corp',
        displayName: 'Corporate sign-in',
        issuer: 'https://login.example.org/realms/corp',
        clientId: 'reviewpoint',
        clientSecret: 'a-very-secret-value',
        scopes: 'openid email profile',
        allowedDomains: ['example.org', 'corp.example'],
        adminGroup: 'rvp-admins',
        groupsClaim: 'groups',
        allowInsecure: false,
      },
    ]);
  });

  it.each([
    [{ OIDC_CORP_ISSUER: '' }, 'OIDC_CORP_ISSUER is required for provider "corp"'],
    [{ OIDC_CORP_CLIENT_SECRET: ' ' }, 'OIDC_CORP_CLIENT_SECRET is required'],
    [{ OIDC_CORP_ISSUER: 'not a url' }, 'OIDC_CORP_ISSUER must be a URL'],
    [{ OIDC_CORP_ISSUER: 'http://login.example.org' }, 'OIDC_CORP_ISSUER must be an https:// URL'],
    [{ OIDC_PROVIDERS: 'corp,corp' }, 'OIDC_PROVIDERS lists a provider twice'],
    [{ OIDC_PROVIDERS: 'corp-sso' }, 'OIDC_PROVIDERS must be a comma-separated list'],
    [{ SSO_PUBLIC_URL: '' }, 'SSO_PUBLIC_URL is required with OIDC_PROVIDERS'],
    [{ SSO_REDIRECT_ALLOWLIST: '' }, 'SSO_REDIRECT_ALLOWLIST is required with OIDC_PROVIDERS'],
    [{ SSO_REDIRECT_ALLOWLIST: 'https://*.example.org/x' }, 'must list exact http(s) URLs'],
    [{ SSO_REDIRECT_ALLOWLIST: 'javascript:alert(1)' }, 'must list exact http(s) URLs'],
    [{ OIDC_CORP_ALLOWED_DOMAINS: '@example.org' }, 'OIDC_CORP_ALLOWED_DOMAINS must be'],
    [{ OIDC_CORP_SCOPES: 'email' }, 'OIDC_CORP_SCOPES must include openid'],
    [{ SSO_DISCOVERY_RETRY_SECONDS: '-1' }, 'SSO_DISCOVERY_RETRY_SECONDS must be an integer'],
  ])('refuses %p', (change, message) => {
    expect(problem({ ...CORP, ...change })).toContain(message);
  });

  it('never repeats a client secret in an error', () => {
    expect(problem({ ...CORP, OIDC_CORP_ISSUER: 'ftp://x' })).not.toContain('a-very-secret-value');
  });

  it('allows an http:// issuer only on loopback, and never in production', () => {
    const local = { ...CORP, OIDC_CORP_ISSUER: 'http://127.0.0.1:9000' };
    expect(loadSsoSettings(local).providers[0].allowInsecure).toBe(true);
    expect(problem({ ...local, NODE_ENV: 'production' })).toContain('must be an https:// URL');
    expect(problem({ ...CORP, OIDC_CORP_ISSUER: 'http://10.0.0.1:9000' })).toContain('https://');
  });
});
