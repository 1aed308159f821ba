import packageJson from '../package.json';

export const API_TITLE = 'ReViewPoint Core API';
export const API_VERSION: string = packageJson.version;
export const API_PREFIX = 'api/v1';

/** Paths served outside API_PREFIX: Prometheus' scrape path and SCIM's base URL (RFC 7644 clients are configured with it). */
export const UNPREFIXED_PATHS = ['metrics', 'scim/v2'] as const;
