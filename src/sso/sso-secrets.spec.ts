import { hashSecret, looksLikeSecret, randomSecret, secretsFor } from './sso-secrets';

describe('sign-in secrets', () => {
  it('derives the same nonce and verifier from a state under one key, others under another', () => {
    const state = randomSecret();
    expect(secretsFor(state, 'key-one')).toEqual(secretsFor(state, 'key-one'));
    expect(secretsFor(state, 'key-two').nonce).not.toBe(secretsFor(state, 'key-one').nonce);
    expect(secretsFor(randomSecret(), 'key-one').nonce).not.toBe(
      secretsFor(state, 'key-one').nonce,
    );
  });

  it('gives a nonce that is not the verifier, and a verifier RFC 7636 accepts (43 characters)', () => {
    const { nonce, codeVerifier } = secretsFor(randomSecret(), 'key');
    expect(nonce).not.toBe(codeVerifier);
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores a SHA-256 and recognises only well-formed secrets', () => {
    expect(hashSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(looksLikeSecret(randomSecret())).toBe(true);
    expect(looksLikeSecret('short')).toBe(false);
    expect(looksLikeSecret(`${randomSecret().slice(1)}!`)).toBe(false);
    expect(looksLikeSecret(['x'])).toBe(false);
  });
});
