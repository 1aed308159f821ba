import { createHash, randomBytes } from 'node:crypto';

/** Bytes of randomness in every opaque token (refresh, reset, personal). */
export const TOKEN_BYTES = 32;

/** A new opaque token value: 32 random bytes, base64url, with an optional recognisable prefix. */
export function generateTokenValue(prefix = ''): string {
  return `${prefix}${randomBytes(TOKEN_BYTES).toString('base64url')}`;
}

/**
 * What the database stores instead of a token: its SHA-256, hex. The values
 * carry 256 bits of randomness, so a fast hash is enough (no salt or
 * stretching needed), and lookups stay a single indexed equality.
 */
export function hashTokenValue(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Cheap shape check before any database work: base64url of the right length, after the prefix. */
export function looksLikeTokenValue(value: string, prefix = ''): boolean {
  if (!value.startsWith(prefix)) return false;
  const body = value.slice(prefix.length);
  return body.length === 43 && /^[A-Za-z0-9_-]+$/.test(body);
}
