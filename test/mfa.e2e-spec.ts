import { randomBytes } from 'node:crypto';
import { MfaChallengeEntity, UserMfaEntity } from '../src/mfa/mfa.entities';
import { allAuditEvents } from './support/audit';
import {
  createPersonalToken,
  GOOD_PASSWORD,
  register,
  signInAdmin,
  type SignedIn,
} from './support/factories';
import { useTestApp, type TestApp } from './support/test-app';
import { totpCode } from './support/totp';

const KEY = randomBytes(32).toString('base64');

interface Enrolled {
  secret: string;
  recoveryCodes: string[];
}

/** Enrolls and activates TOTP over HTTP; codes come from the tests' own RFC 6238. */
async function turnOnMfa(t: TestApp, who: SignedIn): Promise<Enrolled> {
  const enrolled = await t.http
    .post('/api/v1/auth/mfa/totp/enroll')
    .set('Authorization', who.auth)
    .expect(201);
  const { secret } = enrolled.body as { secret: string };
  const activated = await t.http
    .post('/api/v1/auth/mfa/totp/activate')
    .set('Authorization', who.auth)
    .send({ code: totpCode(secret) })
    .expect(200);
  return { secret, recoveryCodes: activated.body.recovery_codes as string[] };
}

/** Makes the step a code was used in look older, so the next code of this step is fresh. */
async function forgetLastStep(t: TestApp, userId: string): Promise<void> {
  await t.dataSource
    .getRepository(UserMfaEntity)
    .update({ user_id: userId }, { last_used_step: Math.floor(Date.now() / 30_000) - 5 });
}

const loginAs = (t: TestApp, who: SignedIn) =>
  t.http.post('/api/v1/auth/login').send({ username: who.user.username, password: GOOD_PASSWORD });

const verify = (t: TestApp, body: Record<string, unknown>) =>
  t.http.post('/api/v1/auth/mfa/verify').send(body);

describe('two-factor authentication (TOTP)', () => {
  const t = useTestApp({ MFA_ENCRYPTION_KEY: KEY, AUTH_RATE_LIMIT: '1000' });

  it('walks enroll → activate → login → verify → recovery code → disable', async () => {
    const ada = await register(t);
    const enrolled = await t.http
      .post('/api/v1/auth/mfa/totp/enroll')
      .set('Authorization', ada.auth)
      .expect(201);
    const { secret, otpauth_url, qr_svg } = enrolled.body as Record<string, string>;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(new URL(otpauth_url).searchParams.get('secret')).toBe(secret);
    expect(qr_svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // Stored encrypted, never as the secret itself.
    const row = await t.dataSource
      .getRepository(UserMfaEntity)
      .findOneByOrFail({ user_id: ada.user.id });
    expect(row.secret_encrypted).not.toContain(secret);
    expect(row.enabled_at).toBeNull();
    // Not on yet: the password alone still signs in.
    expect((await loginAs(t, ada).expect(200)).body.access_token).toEqual(expect.any(String));

    const wrong = await t.http
      .post('/api/v1/auth/mfa/totp/activate')
      .set('Authorization', ada.auth)
      .send({ code: totpCode(secret, Date.now(), 3) })
      .expect(422);
    expect(wrong.body.code).toBe('INVALID_MFA_CODE');
    const activationCode = totpCode(secret);
    const activated = await t.http
      .post('/api/v1/auth/mfa/totp/activate')
      .set('Authorization', ada.auth)
      .send({ code: activationCode })
      .expect(200);
    const codes = activated.body.recovery_codes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', ada.auth).expect(200);
    expect(me.body.mfa_enabled).toBe(true);

    const first = await loginAs(t, ada).expect(200);
    expect(first.body).toEqual({
      mfa_required: true,
      mfa_token: expect.any(String),
      expires_in: 300,
    });
    expect(first.headers['cache-control']).toBe('no-store');
    // The code used at activation cannot be used again; the next step's can (drift).
    const replay = await verify(t, {
      mfa_token: first.body.mfa_token,
      code: activationCode,
    }).expect(401);
    expect(replay.body.code).toBe('INVALID_MFA_CODE');
    const signedIn = await verify(t, {
      mfa_token: first.body.mfa_token,
      code: totpCode(secret, Date.now(), 1),
    }).expect(200);
    expect(signedIn.headers['cache-control']).toBe('no-store');
    expect(signedIn.body).toMatchObject({ token_type: 'bearer', user: { id: ada.user.id } });
    await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${signedIn.body.access_token}`)
      .expect(200);
    // The mfa_token works once.
    const again = await verify(t, {
      mfa_token: first.body.mfa_token,
      code: totpCode(secret, Date.now(), 1),
    }).expect(401);
    expect(again.body.code).toBe('INVALID_MFA_TOKEN');

    // A recovery code instead of a code, once.
    const second = await loginAs(t, ada).expect(200);
    await verify(t, {
      mfa_token: second.body.mfa_token,
      recovery_code: codes[0].toLowerCase(),
    }).expect(200);
    const third = await loginAs(t, ada).expect(200);
    const usedCode = await verify(t, {
      mfa_token: third.body.mfa_token,
      recovery_code: codes[0],
    }).expect(401);
    expect(usedCode.body.code).toBe('INVALID_MFA_CODE');
    await verify(t, { mfa_token: third.body.mfa_token, recovery_code: codes[1] }).expect(200);

    // Refresh keeps working for a session that passed the second factor.
    await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: signedIn.body.refresh_token })
      .expect(200);

    // Disable: password and a code.
    const badPassword = await t.http
      .post('/api/v1/auth/mfa/totp/disable')
      .set('Authorization', ada.auth)
      .send({ password: 'not the password at all', code: totpCode(secret) })
      .expect(422);
    expect(badPassword.body.code).toBe('INVALID_CURRENT_PASSWORD');
    await forgetLastStep(t, ada.user.id);
    await t.http
      .post('/api/v1/auth/mfa/totp/disable')
      .set('Authorization', ada.auth)
      .send({ password: GOOD_PASSWORD, code: totpCode(secret) })
      .expect(204);
    const plain = await loginAs(t, ada).expect(200);
    expect(plain.body.access_token).toEqual(expect.any(String));
    expect(plain.body.user.mfa_enabled).toBe(false);
  });

  it('ends the mfa_token after five wrong codes', async () => {
    const ada = await register(t);
    const { secret } = await turnOnMfa(t, ada);
    const { mfa_token } = (await loginAs(t, ada).expect(200)).body as { mfa_token: string };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const res = await verify(t, { mfa_token, code: '000000' }).expect(401);
      expect(res.body.code).toBe('INVALID_MFA_CODE');
    }
    await forgetLastStep(t, ada.user.id);
    const ended = await verify(t, { mfa_token, code: totpCode(secret) }).expect(401);
    expect(ended.body.code).toBe('INVALID_MFA_TOKEN');
    const row = await t.dataSource.getRepository(MfaChallengeEntity).findOneByOrFail({
      user_id: ada.user.id,
    });
    expect(row).toMatchObject({ failed_attempts: 5, ended_at: expect.any(Date) });
    // A new sign-in gets a new mfa_token.
    const fresh = (await loginAs(t, ada).expect(200)).body.mfa_token as string;
    await verify(t, { mfa_token: fresh, code: totpCode(secret) }).expect(200);
  });

  it('refuses codes two steps off, expired mfa_tokens and bad bodies', async () => {
    const ada = await register(t);
    const { secret } = await turnOnMfa(t, ada);
    const { mfa_token } = (await loginAs(t, ada).expect(200)).body as { mfa_token: string };
    for (const offset of [-2, 2]) {
      await verify(t, { mfa_token, code: totpCode(secret, Date.now(), offset) }).expect(401);
    }
    await verify(t, { mfa_token }).expect(422);
    await verify(t, { mfa_token, code: totpCode(secret), recovery_code: 'AAAAA-BBBBB' }).expect(
      422,
    );
    await verify(t, { mfa_token, code: null }).expect(422);
    await verify(t, { mfa_token: 'A'.repeat(43), code: '123456' }).expect(401);
    await t.dataSource
      .getRepository(MfaChallengeEntity)
      .update({ user_id: ada.user.id }, { expires_at: new Date(Date.now() - 1000) });
    const expired = await verify(t, { mfa_token, code: totpCode(secret) }).expect(401);
    expect(expired.body.code).toBe('INVALID_MFA_TOKEN');
  });

  it('keeps personal access tokens working, and enrollment needs a session', async () => {
    const ada = await register(t);
    const pat = await createPersonalToken(t, ada);
    await turnOnMfa(t, ada);
    await t.http.get('/api/v1/auth/me').set('X-API-Key', pat.token).expect(200);
    const refused = await t.http
      .post('/api/v1/auth/mfa/totp/enroll')
      .set('X-API-Key', pat.token)
      .expect(403);
    expect(refused.body.code).toBe('SESSION_REQUIRED');
    const twice = await t.http
      .post('/api/v1/auth/mfa/totp/enroll')
      .set('Authorization', ada.auth)
      .expect(409);
    expect(twice.body.code).toBe('MFA_ALREADY_ENABLED');
  });

  it('lets an admin reset a user’s second factor, audited', async () => {
    const admin = await signInAdmin(t);
    const ada = await register(t);
    await turnOnMfa(t, ada);
    await t.http
      .delete(`/api/v1/users/${ada.user.id}/mfa`)
      .set('Authorization', ada.auth)
      .expect(403);
    await t.http
      .delete(`/api/v1/users/${ada.user.id}/mfa`)
      .set('Authorization', admin.auth)
      .expect(204);
    const plain = await loginAs(t, ada).expect(200);
    expect(plain.body.user.mfa_enabled).toBe(false);
    await t.http
      .delete('/api/v1/users/00000000-0000-4000-8000-000000000999/mfa')
      .set('Authorization', admin.auth)
      .expect(404);
    const { events } = await allAuditEvents(t, admin);
    const actions = events.filter((e) => e.target_id === ada.user.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['mfa.enrolled', 'mfa.activated', 'mfa.reset']));
  });
});

describe('REQUIRE_ADMIN_MFA=true', () => {
  const t = useTestApp({ MFA_ENCRYPTION_KEY: KEY, REQUIRE_ADMIN_MFA: 'true' });

  it('refuses admin routes to an admin without MFA, and opens them once it is on', async () => {
    const admin = await signInAdmin(t);
    const refused = await t.http.get('/api/v1/users').set('Authorization', admin.auth).expect(403);
    expect(refused.body.code).toBe('MFA_REQUIRED');
    // Their own account and the MFA routes stay open, so they can set it up.
    const { secret } = await turnOnMfa(t, admin);
    await t.http.get('/api/v1/users').set('Authorization', admin.auth).expect(200);
    const { mfa_token } = (await loginAs(t, admin).expect(200)).body as { mfa_token: string };
    await forgetLastStep(t, admin.user.id);
    await verify(t, { mfa_token, code: totpCode(secret) }).expect(200);
  });
});

describe('without MFA_ENCRYPTION_KEY', () => {
  const t = useTestApp({});

  it('answers 503 MFA_NOT_CONFIGURED to enroll, and signs in users without MFA as before', async () => {
    const ada = await register(t);
    const res = await t.http
      .post('/api/v1/auth/mfa/totp/enroll')
      .set('Authorization', ada.auth)
      .expect(503);
    expect(res.body.code).toBe('MFA_NOT_CONFIGURED');
    await loginAs(t, ada).expect(200);
  });
});
