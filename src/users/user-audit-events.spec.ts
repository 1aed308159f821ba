import { userChangeEvents } from './user-audit-events';

const before = {
  id: 'u1',
  username: 'ada',
  email: 'ada@example.org',
  is_active: true,
  is_admin: false,
};

describe('userChangeEvents', () => {
  it('records a user changing their own email as email_changed, naming fields only', () => {
    expect(
      userChangeEvents(before, { email: 'new@example.org', username: 'ada2' }, 'self'),
    ).toEqual([
      {
        action: 'user.email_changed',
        target: { type: 'user', id: 'u1' },
        details: { fields: ['username', 'email'] },
      },
    ]);
  });

  it('records one event per kind of admin change, and nothing for values that did not change', () => {
    const events = userChangeEvents(
      before,
      { username: 'ada', hashed_password: '$argon2id$secret', is_active: false, is_admin: true },
      'admin',
    );
    expect(events.map((e) => e.action)).toEqual([
      'user.updated',
      'user.deactivated',
      'user.promoted',
    ]);
    expect(events[0].details).toEqual({ fields: ['password'] });
    expect(JSON.stringify(events)).not.toContain('argon2');
    expect(userChangeEvents(before, { is_active: true, is_admin: false }, 'admin')).toEqual([]);
  });

  it('records reactivation and demotion', () => {
    const events = userChangeEvents(
      { ...before, is_active: false, is_admin: true },
      { is_active: true, is_admin: false },
      'admin',
    );
    expect(events.map((e) => e.action)).toEqual(['user.activated', 'user.demoted']);
  });
});
