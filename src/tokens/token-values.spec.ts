import { generateTokenValue, hashTokenValue, looksLikeTokenValue } from './token-values';

describe('token values', () => {
  it('are 32 random bytes in base64url, optionally prefixed', () => {
    const value = generateTokenValue('rvp_');
    expect(value).toMatch(/^rvp_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(value.slice(4), 'base64url')).toHaveLength(32);
    expect(generateTokenValue()).not.toBe(generateTokenValue());
  });

  it('are stored as a SHA-256 hex digest, never as themselves', () => {
    const value = generateTokenValue();
    const hash = hashTokenValue(value);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(value);
    expect(hashTokenValue(value)).toBe(hash);
    expect(hashTokenValue('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('are shape-checked before any lookup', () => {
    expect(looksLikeTokenValue(generateTokenValue())).toBe(true);
    expect(looksLikeTokenValue(generateTokenValue('rvp_'), 'rvp_')).toBe(true);
    expect(looksLikeTokenValue(generateTokenValue(), 'rvp_')).toBe(false);
    expect(looksLikeTokenValue("' OR 1=1 --")).toBe(false);
    expect(looksLikeTokenValue('a'.repeat(44))).toBe(false);
  });
});
