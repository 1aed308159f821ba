import {
  canonicalEmail,
  normalizeEmail,
  normalizeUsername,
  resetLinkRevocation,
} from './user-rules';

describe('canonicalEmail', () => {
  it.each([
    ['  Ada@Example.ORG ', 'ada@example.org'],
    ['x@straße.example', 'x@xn--strae-oqa.example'],
    ['x@STRAßE.example', 'x@xn--strae-oqa.example'],
    ['x@strasse.example', 'x@strasse.example'],
    ['x@bu\u0308cher.example', 'x@xn--bcher-kva.example'],
    ['x@xn--bcher-kva.example', 'x@xn--bcher-kva.example'],
    ['odd@local@example.org', 'odd@local@example.org'],
  ])('%j → %j', (input, expected) => {
    expect(canonicalEmail(input)).toBe(expected);
  });

  it.each([['no-at-sign'], ['@example.org'], ['x@exa mple.org'], ['x@exa\u202Emple.org']])(
    'has no canonical form for %j',
    (input) => {
      expect(canonicalEmail(input)).toBeUndefined();
    },
  );

  it('normalizeEmail falls back to trimming and lower-casing, so lookups never throw', () => {
    expect(normalizeEmail(' NO-AT-SIGN ')).toBe('no-at-sign');
  });
});

describe('normalizeUsername', () => {
  it('trims, NFC-normalises and lower-cases', () => {
    expect(normalizeUsername('  Ada.L ')).toBe('ada.l');
  });
});

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
