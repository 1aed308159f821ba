import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes of two groups of five unambiguous characters', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  });

  it('hashes what a person may type to the same value', () => {
    expect(normalizeRecoveryCode(' k7pq2 - xm4rt ')).toBe('K7PQ2XM4RT');
    expect(hashRecoveryCode('k7pq2xm4rt')).toBe(hashRecoveryCode('K7PQ2-XM4RT'));
    expect(hashRecoveryCode('K7PQ2-XM4RT')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('K7PQ2-XM4RU')).not.toBe(hashRecoveryCode('K7PQ2-XM4RT'));
  });
});
