import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  integerSetting,
  optionalStringSetting,
  optionalUrlSetting,
  parseSettings,
} from './settings';

/**
 * Single sign-on (OpenID Connect, SPEC §9). The fixed settings are in the
 * schema; each provider named in OIDC_PROVIDERS brings its own
 * `OIDC_<NAME>_*` settings, read by `loadSsoSettings` (their names depend on
 * the list, so no static schema can hold them).
 */
export const ssoSettingsSchema = z.object({
  NODE_ENV: optionalStringSetting(),
  OIDC_PROVIDERS: optionalStringSetting(),
  SSO_PUBLIC_URL: optionalUrlSetting(['http', 'https']),
  SSO_REDIRECT_ALLOWLIST: optionalStringSetting(),
  SSO_DISCOVERY_RETRY_SECONDS: integerSetting({ min: 0, max: 3_600, default: 30 }),
  SSO_HTTP_TIMEOUT_SECONDS: integerSetting({ min: 1, max: 120, default: 10 }),
});

export interface OidcProviderSettings {
  /** Lower-case, as in the URLs (`/auth/sso/<name>/…`); the settings use it upper-cased. */
  name: string;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Lower-case IDNA domains; empty: any domain. */
  allowedDomains: string[];
  adminGroup?: string;
  groupsClaim: string;
  /** True for an `http://` issuer on a loopback address outside production (development, tests). */
  allowInsecure: boolean;
}

export type SsoSettings = {
  providers: OidcProviderSettings[];
  /** The API's public base URL; callbacks are `<publicUrl>/api/v1/auth/sso/<name>/callback`. */
  publicUrl: string;
  /** Exact URLs (compared after URL normalisation) that may receive a sign-in result. */
  redirectAllowlist: string[];
  discoveryRetrySeconds: number;
  httpTimeoutSeconds: number;
};

const PROVIDER_NAME = /^[a-z][a-z0-9]{0,31}$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The URL as the app compares it (`new URL().href`), or undefined when it is not an http(s) URL. */
export function normalizeRedirectUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function providerSettings(
  name: string,
  env: NodeJS.ProcessEnv,
  production: boolean,
): OidcProviderSettings {
  const prefix = `OIDC_${name.toUpperCase()}_`;
  const read = (suffix: string) => {
    const value = env[prefix + suffix]?.trim();
    return value === '' ? undefined : value;
  };
  const required = (suffix: string) => {
    const value = read(suffix);
    if (value === undefined)
      throw new ConfigurationError(prefix + suffix, `is required for provider "${name}"`);
    return value;
  };
  const issuer = required('ISSUER');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigurationError(
      `${prefix}ISSUER`,
      `must be a URL (got ${JSON.stringify(issuer)})`,
    );
  }
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(loopback && !production)) {
    throw new ConfigurationError(
      `${prefix}ISSUER`,
      `must be an https:// URL (http:// only on a loopback address outside production; got ${JSON.stringify(issuer)})`,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigurationError(`${prefix}ISSUER`, 'must not have a query or fragment');
  }
  const allowedDomains = list(read('ALLOWED_DOMAINS')).map((domain) => domain.toLowerCase());
  for (const domain of allowedDomains) {
    if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain)) {
      throw new ConfigurationError(
        `${prefix}ALLOWED_DOMAINS`,
        `must be a comma-separated list of domains such as example.org (got ${JSON.stringify(domain)})`,
      );
    }
  }
  const scopes = read('SCOPES') ?? 'openid email profile';
  if (!scopes.split(/\s+/).includes('openid')) {
    throw new ConfigurationError(`${prefix}SCOPES`, 'must include openid');
  }
  return {
    name,
    displayName: read('DISPLAY_NAME') ?? name,
    issuer,
    clientId: required('CLIENT_ID'),
    clientSecret: required('CLIENT_SECRET'),
    scopes,
    allowedDomains,
    adminGroup: read('ADMIN_GROUP'),
    groupsClaim: read('GROUPS_CLAIM') ?? 'groups',
    allowInsecure: loopback,
  };
}

export function loadSsoSettings(env: NodeJS.ProcessEnv = process.env): SsoSettings {
  const parsed = parseSettings(ssoSettingsSchema, env);
  const production = parsed.NODE_ENV === 'production';
  const names = list(parsed.OIDC_PROVIDERS).map((name) => name.toLowerCase());
  for (const name of names) {
    if (!PROVIDER_NAME.test(name)) {
      throw new ConfigurationError(
        'OIDC_PROVIDERS',
        `must be a comma-separated list of names of letters and digits, starting with a letter, at most 32 (got ${JSON.stringify(name)})`,
      );
    }
  }
  if (new Set(names).size !== names.length) {
    throw new ConfigurationError('OIDC_PROVIDERS', 'lists a provider twice');
  }
  const redirectAllowlist: string[] = [];
  for (const entry of list(parsed.SSO_REDIRECT_ALLOWLIST)) {
    const normalized = normalizeRedirectUrl(entry);
    if (!normalized || entry.includes('*')) {
      throw new ConfigurationError(
        'SSO_REDIRECT_ALLOWLIST',
        `must list exact http(s) URLs (no wildcard, no credentials; got ${JSON.stringify(entry)})`,
      );
    }
    redirectAllowlist.push(normalized);
  }
  if (names.length > 0 && parsed.SSO_PUBLIC_URL === undefined) {
    throw new ConfigurationError(
      'SSO_PUBLIC_URL',
      'is required with OIDC_PROVIDERS (the public base URL of this API, e.g. https://api.example.org)',
    );
  }
  if (names.length > 0 && redirectAllowlist.length === 0) {
    throw new ConfigurationError(
      'SSO_REDIRECT_ALLOWLIST',
      'is required with OIDC_PROVIDERS (the client URLs that may receive a sign-in result)',
    );
  }
  return {
    providers: names.map((name) => providerSettings(name, env, production)),
    publicUrl: (parsed.SSO_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    redirectAllowlist: [...new Set(redirectAllowlist)],
    discoveryRetrySeconds: parsed.SSO_DISCOVERY_RETRY_SECONDS,
    httpTimeoutSeconds: parsed.SSO_HTTP_TIMEOUT_SECONDS,
  };
}

export const ssoConfig = registerAs('sso', (): SsoSettings => loadSsoSettings());
