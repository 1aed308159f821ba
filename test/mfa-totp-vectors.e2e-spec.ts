import { hotp, totpCode } from './support/totp';

/** RFC 6238 appendix B: the tests' own TOTP must give these before it can judge the app. */
describe('the tests’ TOTP implementation (RFC 6238 test vectors)', () => {
  const keys = {
    sha1: Buffer.from('12345678901234567890'),
    sha256: Buffer.from('12345678901234567890123456789012'),
    sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('at %i s: SHA-1 %s, SHA-256 %s, SHA-512 %s', (seconds, sha1, sha256, sha512) => {
    const step = Math.floor(seconds / 30);
    expect(hotp(keys.sha1, step, 8, 'sha1')).toBe(sha1);
    expect(hotp(keys.sha256, step, 8, 'sha256')).toBe(sha256);
    expect(hotp(keys.sha512, step, 8, 'sha512')).toBe(sha512);
  });

  it('reads base32 secrets: "12345678901234567890" is GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', () => {
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082');
  });
});
