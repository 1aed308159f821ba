import { totpCode } from '../../test/support/totp';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

describe('TOTP (otplib behind acceptedTotpStep)', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const now = 1_111_111_111_000;
  const step = Math.floor(now / 30_000);

  it('accepts the current step and one step of drift either way, nothing further', () => {
    expect(acceptedTotpStep(secret, totpCode(secret, now), null, now)).toBe(step);
    expect(acceptedTotpStep(secret, totpCode(secret, now, -1), null, now)).toBe(step - 1);
    expect(acceptedTotpStep(secret, totpCode(secret, now, 1), null, now)).toBe(step + 1);
    expect(acceptedTotpStep(secret, totpCode(secret, now, -2), null, now)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, now, 2), null, now)).toBeNull();
  });

  it('refuses a step at or before the last one used (replay)', () => {
    const code = totpCode(secret, now);
    expect(acceptedTotpStep(secret, code, step, now)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, now, -1), step, now)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, now, 1), step, now)).toBe(step + 1);
  });

  it('refuses anything but six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456'])
      expect(acceptedTotpStep(secret, code, null, now)).toBeNull();
  });

  it('makes 160-bit base32 secrets and otpauth:// URIs', () => {
    const fresh = newTotpSecret();
    expect(fresh).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri({ issuer: 'ReViewPoint', account: 'ada', secret: fresh }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(fresh);
    expect(uri.searchParams.get('issuer')).toBe('ReViewPoint');
  });
});
