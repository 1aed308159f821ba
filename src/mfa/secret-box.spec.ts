import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret } from './secret-box';

describe('sealSecret / openSecret (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const owner = '00000000-0000-4000-8000-000000000001';

  it('round-trips, with a fresh IV each time', () => {
    const a = sealSecret(key, 'JBSWY3DPEHPK3PXP', owner);
    const b = sealSecret(key, 'JBSWY3DPEHPK3PXP', owner);
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(key, a, owner)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another owner, or an altered value', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP', owner);
    expect(() => openSecret(randomBytes(32), sealed, owner)).toThrow();
    expect(() => openSecret(key, sealed, '00000000-0000-4000-8000-000000000002')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x'.repeat(32)).toString('base64url');
    expect(() => openSecret(key, parts.join('.'), owner)).toThrow();
    expect(() => openSecret(key, 'v0.a.b.c', owner)).toThrow('Unknown sealed format');
  });
});
