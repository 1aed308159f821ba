import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import type { TokenScope } from '../common/auth/token-scopes';
import type { AppException } from '../common/errors/app.exception';
import { admitCaller } from './caller-policy';

function caller(
  flags: {
    is_active?: boolean;
    is_admin?: boolean;
    email_verified?: boolean;
    mfa_enabled?: boolean;
  },
  credential: 'session' | 'personal',
  scopes: readonly TokenScope[] | null = null,
): AuthenticatedUser {
  const now = new Date();
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'ada',
      email: 'ada@example.org',
      is_active: flags.is_active ?? true,
      is_admin: flags.is_admin ?? false,
      email_verified: flags.email_verified ?? true,
      mfa_enabled: flags.mfa_enabled ?? false,
      external_id: null,
      created_at: now,
      updated_at: now,
    },
    sessionId: credential === 'session' ? '00000000-0000-4000-8000-000000000002' : null,
    personalTokenId: credential === 'personal' ? '00000000-0000-4000-8000-000000000003' : null,
    scopes,
  };
}

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
}

describe('admitCaller', () => {
  it.each([
    // [account, credential, route requirements, expected refusal]
    [{}, 'session', undefined, undefined],
    [{}, 'personal', {}, undefined],
    [{ is_active: false }, 'session', undefined, 'ACCOUNT_DISABLED'],
    [{ is_active: false }, 'personal', undefined, 'ACCOUNT_DISABLED'],
    // Deactivation is answered before what the route needs.
    [{ is_active: false }, 'personal', { admin: true, session: true }, 'ACCOUNT_DISABLED'],
    [{}, 'personal', { session: true }, 'SESSION_REQUIRED'],
    [{}, 'session', { session: true }, undefined],
    [{}, 'session', { admin: true }, 'ADMIN_REQUIRED'],
    [{ is_admin: true }, 'session', { admin: true }, undefined],
    [{ is_admin: true }, 'personal', { admin: true }, undefined],
    // A personal token of an admin still cannot stand in for a session.
    [{ is_admin: true }, 'personal', { admin: true, session: true }, 'SESSION_REQUIRED'],
    [{}, 'personal', { admin: true, session: true }, 'SESSION_REQUIRED'],
  ] as const)('%j with a %s credential on %j → %s', (flags, credential, requirements, code) => {
    expect(refusal(() => admitCaller(caller(flags, credential), requirements))).toBe(code);
  });

  const strict = { requireVerifiedEmail: true, requireAdminMfa: true };
  it.each([
    // [account, route requirements, policy, expected refusal]
    [{ email_verified: false }, {}, strict, 'EMAIL_NOT_VERIFIED'],
    [{ email_verified: false }, {}, { ...strict, requireVerifiedEmail: false }, undefined],
    [{ email_verified: false }, { unverifiedEmail: true }, strict, undefined],
    [{ email_verified: true }, {}, strict, undefined],
    [{ is_active: false, email_verified: false }, {}, strict, 'ACCOUNT_DISABLED'],
    [{ is_admin: true }, { admin: true }, strict, 'MFA_REQUIRED'],
    [{ is_admin: true, mfa_enabled: true }, { admin: true }, strict, undefined],
    [{ is_admin: true }, { admin: true }, { ...strict, requireAdminMfa: false }, undefined],
    // MFA_REQUIRED is about admin routes only, and only for admins.
    [{ is_admin: true }, {}, strict, undefined],
    [{}, { admin: true }, strict, 'ADMIN_REQUIRED'],
  ] as const)('%j on %j with %j → %s', (flags, requirements, policy, code) => {
    expect(refusal(() => admitCaller(caller(flags, 'session'), requirements, policy))).toBe(code);
  });
});

describe('admitCaller with scopes', () => {
  const admin = { is_admin: true };
  it.each([
    // [account, token scopes (null: full access), route requirements, expected refusal]
    [{}, null, { scope: 'files:read' }, undefined],
    [{}, null, {}, undefined],
    [{}, ['files:read'], { scope: 'files:read' }, undefined],
    [{}, ['files:read'], { scope: 'files:write' }, 'INSUFFICIENT_SCOPE'],
    // A route that declares no scope is closed to every scoped token.
    [{}, ['files:read', 'files:write', 'profile:read'], {}, 'INSUFFICIENT_SCOPE'],
    [{}, ['profile:read'], undefined, 'INSUFFICIENT_SCOPE'],
    [admin, ['users:read'], { admin: true, scope: 'users:read' }, undefined],
    [admin, ['users:read'], { admin: true, scope: 'users:write' }, 'INSUFFICIENT_SCOPE'],
    // A demoted owner's admin scope stops working at once.
    [{}, ['users:read'], { admin: true, scope: 'users:read' }, 'ADMIN_REQUIRED'],
    [{}, ['scim'], { scope: 'scim' }, 'ADMIN_REQUIRED'],
    [admin, ['scim'], { scope: 'scim' }, undefined],
    // SCIM needs a token that names the scope: full access is not enough.
    [admin, null, { scope: 'scim' }, 'INSUFFICIENT_SCOPE'],
    [admin, ['users:write'], { scope: 'scim' }, 'INSUFFICIENT_SCOPE'],
    // Deactivation is still answered first.
    [{ is_active: false }, ['files:read'], { scope: 'files:write' }, 'ACCOUNT_DISABLED'],
  ] as const)('%j holding %j on %j → %s', (flags, scopes, requirements, code) => {
    expect(refusal(() => admitCaller(caller(flags, 'personal', scopes), requirements))).toBe(code);
  });

  it('never scopes a session, except for routes that need an explicit scope', () => {
    expect(refusal(() => admitCaller(caller({}, 'session'), { scope: 'files:write' }))).toBe(
      undefined,
    );
    expect(refusal(() => admitCaller(caller(admin, 'session'), { scope: 'scim' }))).toBe(
      'INSUFFICIENT_SCOPE',
    );
  });
});
