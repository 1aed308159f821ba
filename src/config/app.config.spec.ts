import { loadAppSettings } from './app.config';
import { ConfigurationError } from './configuration-error';

const TOKEN = 'scrape-token-0123456789abcdef';

describe('app settings: metrics and docs exposure', () => {
  it.each([
    [{}, 'open'],
    [{ NODE_ENV: 'test' }, 'open'],
    [{ NODE_ENV: 'production' }, 'off'],
    [{ NODE_ENV: 'production', METRICS_PUBLIC: 'true' }, 'open'],
    [{ NODE_ENV: 'production', METRICS_TOKEN: TOKEN }, 'token'],
    [{ NODE_ENV: 'development', METRICS_TOKEN: TOKEN }, 'token'],
  ])('%j → metrics %s', (env, access) => {
    expect(loadAppSettings(env).metricsAccess).toBe(access);
  });

  it('refuses METRICS_PUBLIC=true beside a METRICS_TOKEN, naming the setting', () => {
    expect(() => loadAppSettings({ METRICS_PUBLIC: 'true', METRICS_TOKEN: TOKEN })).toThrow(
      ConfigurationError,
    );
    expect(() => loadAppSettings({ METRICS_PUBLIC: 'true', METRICS_TOKEN: TOKEN })).toThrow(
      /^METRICS_PUBLIC /,
    );
  });

  it('serves the docs by default in every environment, and not when DOCS_ENABLED=false', () => {
    expect(loadAppSettings({}).docsEnabled).toBe(true);
    expect(loadAppSettings({ NODE_ENV: 'production' }).docsEnabled).toBe(true);
    expect(loadAppSettings({ NODE_ENV: 'production', DOCS_ENABLED: 'false' }).docsEnabled).toBe(
      false,
    );
    expect(() => loadAppSettings({ DOCS_ENABLED: 'maybe' })).toThrow(/^DOCS_ENABLED /);
  });
});

describe('app settings: CORS_ORIGINS', () => {
  it('is empty (no CORS) when unset or blank', () => {
    expect(loadAppSettings({}).corsOrigins).toEqual([]);
    expect(loadAppSettings({ CORS_ORIGINS: ' ' }).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of exact origins, trimmed and without duplicates', () => {
    expect(
      loadAppSettings({
        CORS_ORIGINS: 'https://app.example.org, http://localhost:5173,https://app.example.org',
      }).corsOrigins,
    ).toEqual(['https://app.example.org', 'http://localhost:5173']);
  });

  it.each([
    '*',
    'null',
    'app.example.org',
    'https://app.example.org/',
    'https://app.example.org/path',
    'https://*.example.org',
    'ftp://files.example.org',
    'https://App.Example.org',
  ])('refuses %j, naming the setting', (origin) => {
    expect(() => loadAppSettings({ CORS_ORIGINS: `https://ok.example.org,${origin}` })).toThrow(
      /^CORS_ORIGINS must list exact origins/,
    );
  });
});
