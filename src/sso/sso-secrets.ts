import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The secrets of one sign-in in progress. Only `state` leaves the server (in
 * the authorization URL and the browser's cookie); the nonce and the PKCE code
 * verifier are derived from it with a server key, so the database keeps
 * hashes only and any instance sharing the key can finish the sign-in.
 */
export interface SignInSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** 32 random bytes, base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of a state, nonce or one-time code. */
export function hashSecret(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The nonce and code verifier that belong to `state` under `key` (43 base64url characters each). */
export function secretsFor(state: string, key: string): SignInSecrets {
  const derive = (purpose: string) =>
    createHmac('sha256', key).update(`sso:${purpose}:${state}`, 'utf8').digest('base64url');
  return { state, nonce: derive('nonce'), codeVerifier: derive('pkce') };
}

/** Cheap shape check before any database work. */
export function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
