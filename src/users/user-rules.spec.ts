import { resetLinkRevocation } from './user-rules';

describe('resetLinkRevocation', () => {
  const before = { email: 'ada@example.org' };

  it.each([
    ['a new password', { hashed_password: '$argon2id$…' }, 'password_changed'],
    ['a new email', { email: 'ada@example.net' }, 'email_changed'],
    ['a deactivation', { is_active: false }, 'deactivated'],
    [
      'a new password with other changes',
      { hashed_password: 'x', is_admin: true },
      'password_changed',
    ],
  ])('voids reset links on %s', (_label, patch, reason) => {
    expect(resetLinkRevocation(before, patch)).toBe(reason);
  });

  it.each([
    ['a new username', { username: 'ada2' }],
    ['the same email', { email: 'ada@example.org' }],
    ['a reactivation', { is_active: true }],
    ['nothing', {}],
  ])('keeps them on %s', (_label, patch) => {
    expect(resetLinkRevocation(before, patch)).toBeUndefined();
  });
});
