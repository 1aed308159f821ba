import { randomBytes } from 'node:crypto';
import { AUDIT_ACTION_NAMES } from '../src/audit/audit-actions';
import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { allAuditEvents, type AuditEventJson } from './support/audit';
import {
  GOOD_PASSWORD,
  jwtClaims,
  login,
  register,
  signInAdmin,
  type SignedIn,
} from './support/factories';
import { FIXTURES } from './support/file-fixtures';
import { linkTokenIn, startSmtpServer, type TestSmtpServer } from './support/smtp';
import { useTestApp } from './support/test-app';
import { totpCode } from './support/totp';

const RESET_URL = 'https://reviewpoint.test/reset-password';
const VERIFY_URL = 'https://reviewpoint.test/verify-email';
const USER_AGENT = 'audit-e2e/1.0';

interface Expected {
  action: string;
  outcome?: 'success' | 'failure';
  actor_type: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details?: Record<string, unknown>;
}

/**
 * SPEC §8: every action of sections 2–5 is recorded once for the request that
 * caused it, with who acted, on what, and how it ended; nothing secret is in
 * any event.
 */
describe('audit log: what is recorded', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  const t = useTestApp(() => ({
    SMTP_URL: smtp.url,
    PASSWORD_RESET_URL: RESET_URL,
    EMAIL_VERIFICATION_URL: VERIFY_URL,
    MFA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  }));
  let admin: SignedIn;
  /** request id → the events that request must have produced, exactly. */
  const expected = new Map<string, Expected[]>();
  /** Every secret value the scenario used: none may appear in any event. */
  const secrets = new Set<string>();
  let counter = 0;

  const rid = (name: string) => `audit-${name}-${(counter += 1)}`;
  const expect1 = (requestId: string, ...events: Expected[]) => expected.set(requestId, events);
  const as = (requestId: string) => ({ 'X-Request-Id': requestId, 'User-Agent': USER_AGENT });
  const remember = (signedIn: SignedIn) => {
    secrets.add(signedIn.access_token);
    secrets.add(signedIn.refresh_token);
    secrets.add(signedIn.password);
  };

  beforeAll(async () => {
    admin = await signInAdmin(t);
    remember(admin);

    // --- section 2: accounts and sign-in ------------------------------------------------
    let r = rid('register');
    const registered = await t.http
      .post('/api/v1/auth/register')
      .set(as(r))
      .send({ username: 'audited_ada', email: 'ada.audit@example.org', password: GOOD_PASSWORD })
      .expect(201);
    const ada = registered.body.user as { id: string };
    secrets.add(registered.body.access_token);
    secrets.add(registered.body.refresh_token);
    secrets.add(GOOD_PASSWORD);
    const userTarget = { target_type: 'user', target_id: ada.id };
    const byAda = { actor_type: 'user', actor_id: ada.id };
    expect1(
      r,
      { action: 'user.registered', ...byAda, ...userTarget },
      // The request is anonymous until the account exists.
      {
        action: 'user.email_verification_sent',
        actor_type: 'anonymous',
        actor_id: null,
        ...userTarget,
      },
    );

    r = rid('login');
    const signedIn = await t.http
      .post('/api/v1/auth/login')
      .set(as(r))
      .send({ username: 'audited_ada', password: GOOD_PASSWORD })
      .expect(200);
    secrets.add(signedIn.body.access_token);
    secrets.add(signedIn.body.refresh_token);
    expect1(r, { action: 'user.login', ...byAda, ...userTarget });

    r = rid('login-wrong-password');
    const wrongPassword = 'not the password at all 0x5eed';
    secrets.add(wrongPassword);
    await t.http
      .post('/api/v1/auth/login')
      .set(as(r))
      .send({ username: 'audited_ada', password: wrongPassword })
      .expect(401);
    expect1(r, {
      action: 'user.login_failed',
      outcome: 'failure',
      actor_type: 'anonymous',
      actor_id: null,
      ...userTarget,
      details: { reason: 'INVALID_CREDENTIALS' },
    });

    r = rid('login-unknown');
    await t.http
      .post('/api/v1/auth/login')
      .set(as(r))
      .send({ email: 'nobody.audit@example.org', password: wrongPassword })
      .expect(401);
    expect1(r, {
      action: 'user.login_failed',
      outcome: 'failure',
      actor_type: 'anonymous',
      actor_id: null,
      target_type: null,
      target_id: null,
      details: { reason: 'INVALID_CREDENTIALS' },
    });

    const refreshRid = rid('refresh');
    r = refreshRid;
    const refreshed = await t.http
      .post('/api/v1/auth/refresh-token')
      .set(as(r))
      .send({ refresh_token: signedIn.body.refresh_token })
      .expect(200);
    secrets.add(refreshed.body.access_token);
    secrets.add(refreshed.body.refresh_token);
    // The login's session, as its access token names it.
    const sessionId = jwtClaims(signedIn.body.access_token).sid as string;

    const reuseRid = rid('refresh-reuse');
    r = reuseRid;
    await t.http
      .post('/api/v1/auth/refresh-token')
      .set(as(r))
      .send({ refresh_token: signedIn.body.refresh_token })
      .expect(401);

    // The reused session is the login's: find it from the refresh event.
    const second = await login(t, 'audited_ada');
    remember(second);
    const third = await login(t, 'audited_ada');
    remember(third);
    const sessions = await t.http
      .get('/api/v1/auth/sessions')
      .set('Authorization', third.auth)
      .expect(200);
    const other = (sessions.body.items as Array<{ id: string; current: boolean }>).find(
      (s) => !s.current,
    );
    if (!other) throw new Error('expected a second session');
    r = rid('session-revoke');
    await t.http
      .delete(`/api/v1/auth/sessions/${other.id}`)
      .set('Authorization', third.auth)
      .set(as(r))
      .expect(204);
    expect1(r, {
      action: 'session.revoked',
      ...byAda,
      target_type: 'session',
      target_id: other.id,
    });

    r = rid('email-change');
    await t.http
      .patch('/api/v1/auth/me')
      .set('Authorization', third.auth)
      .set(as(r))
      .send({ email: 'ada.audit2@example.org' })
      .expect(200);
    expect1(
      r,
      { action: 'user.email_changed', ...byAda, ...userTarget, details: { fields: ['email'] } },
      { action: 'user.email_verification_sent', ...byAda, ...userTarget },
    );

    r = rid('verify-email');
    const verifyToken = linkTokenIn(
      await smtp.nextMailTo('ada.audit2@example.org', undefined, /verify/i),
      VERIFY_URL,
    );
    secrets.add(verifyToken);
    await t.http
      .post('/api/v1/auth/verify-email')
      .set(as(r))
      .send({ token: verifyToken })
      .expect(204);
    // The link proved who acted; the request itself is anonymous.
    expect1(r, { action: 'user.email_verified', ...byAda, ...userTarget });

    r = rid('change-password');
    const newPassword = 'another long passphrase 0xA11CE';
    secrets.add(newPassword);
    await t.http
      .post('/api/v1/auth/change-password')
      .set('Authorization', third.auth)
      .set(as(r))
      .send({ current_password: GOOD_PASSWORD, new_password: newPassword })
      .expect(204);
    expect1(r, { action: 'user.password_changed', ...byAda, ...userTarget });

    r = rid('reset-request');
    await t.http
      .post('/api/v1/auth/request-password-reset')
      .set(as(r))
      .send({ email: 'ada.audit2@example.org' })
      .expect(202);
    const resetToken = linkTokenIn(
      await smtp.nextMailTo('ada.audit2@example.org', undefined, /reset/i),
      RESET_URL,
    );
    secrets.add(resetToken);
    expect1(r, {
      action: 'user.password_reset_requested',
      actor_type: 'anonymous',
      actor_id: null,
      ...userTarget,
    });

    r = rid('reset');
    const resetPassword = 'reset passphrase from the link 0xBEEF';
    secrets.add(resetPassword);
    await t.http
      .post('/api/v1/auth/reset-password')
      .set(as(r))
      .send({ token: resetToken, new_password: resetPassword })
      .expect(204);
    expect1(r, { action: 'user.password_reset', ...byAda, ...userTarget });

    // --- section 5: personal access tokens -------------------------------------------------
    const fresh = await login(t, 'audited_ada', resetPassword);
    remember(fresh);
    r = rid('token-create');
    const created = await t.http
      .post('/api/v1/tokens')
      .set('Authorization', fresh.auth)
      .set(as(r))
      .send({ name: 'ci script' })
      .expect(201);
    secrets.add(created.body.token);
    expect1(r, {
      action: 'token.created',
      ...byAda,
      target_type: 'token',
      target_id: created.body.id,
      details: { name: 'ci script', expires_at: null, scopes: null },
    });

    // --- section 4: files, uploaded and deleted with the personal access token -------------
    r = rid('upload');
    const uploaded = await t.http
      .post('/api/v1/files')
      .set('X-API-Key', created.body.token)
      .set(as(r))
      .attach('file', FIXTURES.pdf, { filename: 'paper.pdf', contentType: 'application/pdf' })
      .expect(201);
    const byToken = {
      actor_type: 'token',
      actor_id: ada.id,
    };
    expect1(r, {
      action: 'file.uploaded',
      ...byToken,
      target_type: 'file',
      target_id: uploaded.body.id,
      details: {
        owner_id: ada.id,
        filename: 'paper.pdf',
        content_type: 'application/pdf',
        size: FIXTURES.pdf.length,
        actor_token_id: created.body.id,
      },
    });
    r = rid('file-delete');
    await t.http
      .delete(`/api/v1/files/${uploaded.body.id}`)
      .set('X-API-Key', created.body.token)
      .set(as(r))
      .expect(204);
    expect1(r, {
      action: 'file.deleted',
      ...byToken,
      target_type: 'file',
      target_id: uploaded.body.id,
    });

    r = rid('token-revoke');
    await t.http
      .delete(`/api/v1/tokens/${created.body.id}`)
      .set('X-API-Key', created.body.token)
      .set(as(r))
      .expect(204);
    expect1(r, {
      action: 'token.revoked',
      ...byToken,
      target_type: 'token',
      target_id: created.body.id,
    });

    r = rid('logout');
    await t.http
      .post('/api/v1/auth/logout')
      .set('Authorization', fresh.auth)
      .set(as(r))
      .expect(204);
    expect1(r, {
      action: 'user.logout',
      ...byAda,
      target_type: 'session',
      target_id: jwtClaims(fresh.access_token).sid as string,
    });
    const last = await login(t, 'audited_ada', resetPassword);
    remember(last);
    r = rid('logout-all');
    await t.http
      .post('/api/v1/auth/logout-all')
      .set('Authorization', last.auth)
      .set(as(r))
      .expect(204);
    expect1(r, { action: 'user.logout_all', ...byAda, ...userTarget });

    // --- section 3: the admin users API ----------------------------------------------------
    const byAdmin = { actor_type: 'user', actor_id: admin.user.id };
    r = rid('admin-create');
    const bobPassword = 'bob has a decent passphrase';
    secrets.add(bobPassword);
    const bob = await t.http
      .post('/api/v1/users')
      .set('Authorization', admin.auth)
      .set(as(r))
      .send({ username: 'audited_bob', email: 'bob.audit@example.org', password: bobPassword })
      .expect(201);
    const bobTarget = { target_type: 'user', target_id: bob.body.id as string };
    expect1(r, { action: 'user.created', ...byAdmin, ...bobTarget });

    const patch = async (name: string, body: object, ...events: string[]) => {
      const requestId = rid(name);
      await t.http
        .patch(`/api/v1/users/${bob.body.id}`)
        .set('Authorization', admin.auth)
        .set(as(requestId))
        .send(body)
        .expect(200);
      expect1(requestId, ...events.map((action) => ({ action, ...byAdmin, ...bobTarget })));
    };
    await patch('deactivate', { is_active: false }, 'user.deactivated');

    r = rid('login-disabled');
    await t.http
      .post('/api/v1/auth/login')
      .set(as(r))
      .send({ username: 'audited_bob', password: bobPassword })
      .expect(403);
    expect1(r, {
      action: 'user.login_failed',
      outcome: 'failure',
      actor_type: 'anonymous',
      actor_id: null,
      ...bobTarget,
      details: { reason: 'ACCOUNT_DISABLED' },
    });

    await patch('activate', { is_active: true }, 'user.activated');
    await patch('promote', { is_admin: true }, 'user.promoted');
    await patch('demote', { is_admin: false }, 'user.demoted');
    await patch('rename', { username: 'audited_bobby' }, 'user.updated');
    await patch('nothing-changes', { is_active: true });
    const adminSetPassword = 'admin chose this passphrase';
    secrets.add(adminSetPassword);
    await patch(
      'several',
      { password: adminSetPassword, is_active: false },
      'user.updated',
      'user.deactivated',
    );

    r = rid('admin-delete');
    await t.http
      .delete(`/api/v1/users/${bob.body.id}`)
      .set('Authorization', admin.auth)
      .set(as(r))
      .expect(204);
    expect1(r, { action: 'user.deleted', ...byAdmin, ...bobTarget });

    // --- section 11: the second factor -----------------------------------------------------
    const carol = await register(t);
    remember(carol);
    const carolTarget = { target_type: 'user', target_id: carol.user.id };
    const byCarol = { actor_type: 'user', actor_id: carol.user.id };
    const mfa = (path: string, requestId: string, body: object = {}) =>
      t.http
        .post(`/api/v1/auth/mfa/${path}`)
        .set('Authorization', carol.auth)
        .set(as(requestId))
        .send(body);
    r = rid('mfa-enroll');
    const { secret } = (await mfa('totp/enroll', r).expect(201)).body as { secret: string };
    secrets.add(secret);
    expect1(r, { action: 'mfa.enrolled', ...byCarol, ...carolTarget });
    r = rid('mfa-activate');
    const activated = await mfa('totp/activate', r, { code: totpCode(secret) }).expect(200);
    const recoveryCodes = activated.body.recovery_codes as string[];
    for (const code of recoveryCodes) secrets.add(code);
    expect1(r, { action: 'mfa.activated', ...byCarol, ...carolTarget });
    const challenge = await t.http
      .post('/api/v1/auth/login')
      .send({ username: carol.user.username, password: GOOD_PASSWORD })
      .expect(200);
    const mfaToken = challenge.body.mfa_token as string;
    secrets.add(mfaToken);
    r = rid('mfa-verify-failed');
    await t.http
      .post('/api/v1/auth/mfa/verify')
      .set(as(r))
      .send({ mfa_token: mfaToken, recovery_code: 'AAAAA-BBBBB' })
      .expect(401);
    expect1(r, {
      action: 'mfa.verify_failed',
      outcome: 'failure',
      actor_type: 'anonymous',
      actor_id: null,
      ...carolTarget,
      details: { attempts: 1, token_ended: false },
    });
    r = rid('mfa-verify');
    const verified = await t.http
      .post('/api/v1/auth/mfa/verify')
      .set(as(r))
      .send({ mfa_token: mfaToken, recovery_code: recoveryCodes[0] })
      .expect(200);
    secrets.add(verified.body.access_token);
    secrets.add(verified.body.refresh_token);
    expect1(r, { action: 'user.login', ...byCarol, ...carolTarget });
    r = rid('mfa-disable');
    await mfa('totp/disable', r, {
      password: GOOD_PASSWORD,
      recovery_code: recoveryCodes[1],
    }).expect(204);
    expect1(r, { action: 'mfa.disabled', ...byCarol, ...carolTarget });
    const again = (await mfa('totp/enroll', rid('mfa-enroll-again')).expect(201)).body.secret;
    secrets.add(again);
    await mfa('totp/activate', rid('mfa-activate-again'), { code: totpCode(again) }).expect(200);
    r = rid('mfa-reset');
    await t.http
      .delete(`/api/v1/users/${carol.user.id}/mfa`)
      .set('Authorization', admin.auth)
      .set(as(r))
      .expect(204);
    expect1(r, { action: 'mfa.reset', ...byAdmin, ...carolTarget });

    expect1(reuseRid, {
      action: 'session.reuse_detected',
      outcome: 'failure',
      actor_type: 'anonymous',
      actor_id: null,
      target_type: 'session',
      target_id: sessionId,
      details: { user_id: ada.id },
    });
    expect1(refreshRid, {
      action: 'session.refreshed',
      ...byAda,
      target_type: 'session',
      target_id: sessionId,
    });

    // Hashes the database holds for this scenario's secrets.
    for (const user of await t.dataSource.getRepository(UserEntity).find())
      secrets.add(user.hashed_password);
    for (const token of await t.dataSource.getRepository(TokenEntity).find())
      secrets.add(token.token);
  });

  afterAll(async () => {
    await smtp?.close();
  });

  it('records each action once for its request, with actor, target, outcome, address and agent', async () => {
    const { events } = await allAuditEvents(t, admin);
    for (const [requestId, wanted] of expected) {
      const got = events.filter((event) => event.request_id === requestId);
      expect({ requestId, actions: got.map((e) => e.action).sort() }).toEqual({
        requestId,
        actions: wanted.map((e) => e.action).sort(),
      });
      for (const want of wanted) {
        const event = got.find((e) => e.action === want.action) as AuditEventJson;
        expect(event).toMatchObject({
          outcome: want.outcome ?? 'success',
          actor_type: want.actor_type,
          actor_id: want.actor_id,
          target_type: want.target_type,
          target_id: want.target_id,
          ip: expect.stringMatching(/127\.0\.0\.1/),
          user_agent: USER_AGENT,
        });
        if (want.details) expect(event.details).toEqual(want.details);
      }
    }
  });

  it('covers every action of the list (but the purge, tested with retention, and single sign-on, tested with its providers in sso.e2e-spec.ts)', () => {
    const elsewhere = [
      'audit.purged',
      'user.sso_login',
      'user.sso_login_failed',
      'user.identity_linked',
      'user.identity_unlinked',
    ];
    const covered = new Set([...expected.values()].flat().map((e) => e.action));
    expect([...covered].sort()).toEqual(
      AUDIT_ACTION_NAMES.filter((action) => !elsewhere.includes(action)).sort(),
    );
  });

  it('never contains a password, token value or hash the scenario used', async () => {
    const { text } = await allAuditEvents(t, admin);
    const rows = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'));
    expect(secrets.size).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(7);
      expect({ secret, inExport: text.includes(secret) }).toEqual({ secret, inExport: false });
      expect({ secret, inRows: rows.includes(secret) }).toEqual({ secret, inRows: false });
    }
  });
});
