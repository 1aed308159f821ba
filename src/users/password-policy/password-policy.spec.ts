import { loadCommonPasswords, PasswordPolicy } from './password-policy';

const common = loadCommonPasswords();
const policy = new PasswordPolicy(common);

describe('PasswordPolicy', () => {
  it('ships ten thousand common passwords', () => {
    expect(common.size).toBe(10_000);
    expect(common.has('password')).toBe(true);
    expect(common.has('12345678')).toBe(true);
  });

  it('accepts a long, uncommon password', () => {
    expect(policy.problemWith('correct horse battery staple')).toBeNull();
  });

  it('counts characters, not bytes or UTF-16 units, and never truncates', () => {
    expect(policy.problemWith('🔑🔑🔑🔑🔑🔑🔑🔑')).toBeNull(); // 8 characters, 16 UTF-16 units
    expect(policy.problemWith('🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 8/);
    expect(policy.problemWith('é'.repeat(128))).toBeNull();
    expect(policy.problemWith('é'.repeat(129))).toMatch(/at most 128/);
  });

  it.each(['password', 'PASSWORD', 'Password', 'qwertyuiop', '1qaz2wsx'])(
    'rejects the common password %s',
    (password) => {
      expect(policy.problemWith(password)).toMatch(/too common/);
    },
  );

  it('rejects a password equal to the username or the email, ignoring case', () => {
    expect(policy.problemWith('Ada.Lovelace', { username: 'ada.lovelace' })).toMatch(/username/);
    expect(policy.problemWith('ADA@EXAMPLE.ORG', { email: 'ada@example.org' })).toMatch(/email/);
  });
});
