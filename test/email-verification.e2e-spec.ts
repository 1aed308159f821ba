import { EmailVerificationEntity } from '../src/auth/email-verification/email-verification.entity';
import { PasswordResetService } from '../src/auth/password-reset.service';
import { hashTokenValue } from '../src/tokens/token-values';
import { UsersService } from '../src/users/users.service';
import { allAuditEvents } from './support/audit';
import { login, newUserInput, register, signInAdmin, type SignedIn } from './support/factories';
import { linkTokenIn, startSmtpServer, type TestSmtpServer } from './support/smtp';
import { useTestApp, type TestApp } from './support/test-app';

const VERIFY_URL = 'https://reviewpoint.test/verify-email';
const RESET_URL = 'https://reviewpoint.test/reset-password';
const VERIFY_SUBJECT = /verify/i;
const ACCEPTED = {
  status: 'accepted',
  detail: 'If your email address is not verified yet, a new link has been sent to it.',
};

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

const settings =
  (extra: Record<string, string> = {}) =>
  () => ({
    SMTP_URL: smtp.url,
    EMAIL_VERIFICATION_URL: VERIFY_URL,
    EMAIL_VERIFICATION_TTL_SECONDS: '3600',
    PASSWORD_RESET_URL: RESET_URL,
    ...extra,
  });

/** The token of the next verification link mailed to `email`. */
const mailedToken = async (email: string): Promise<string> =>
  linkTokenIn(await smtp.nextMailTo(email, undefined, VERIFY_SUBJECT), VERIFY_URL);

const verify = (t: TestApp, token: unknown) =>
  t.http.post('/api/v1/auth/verify-email').send({ token });

const me = async (t: TestApp, who: SignedIn) =>
  (await t.http.get('/api/v1/auth/me').set('Authorization', who.auth).expect(200)).body as {
    email: string;
    email_verified: boolean;
    mfa_enabled: boolean;
  };

describe('verified email, gate off (the default)', () => {
  const t = useTestApp(settings());

  it('mails a link on sign-up; the link verifies once, stored only as a hash', async () => {
    const ada = await register(t);
    expect(ada.user).toMatchObject({ email_verified: false, mfa_enabled: false });
    const mail = await smtp.nextMailTo(ada.user.email, undefined, VERIFY_SUBJECT);
    expect(mail.text).toContain('1 hour');
    const token = linkTokenIn(mail, VERIFY_URL);
    const [row] = await t.dataSource
      .getRepository(EmailVerificationEntity)
      .findBy({ user_id: ada.user.id });
    expect(row).toMatchObject({ token_hash: hashTokenValue(token), email: ada.user.email });
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(3_600_000);

    await verify(t, token).expect(204);
    expect(await me(t, ada)).toMatchObject({ email_verified: true });

    const reused = await verify(t, token).expect(400);
    expect(reused.body.code).toBe('INVALID_VERIFICATION_TOKEN');
  });

  it('refuses expired, unknown and malformed links with 400, and null with 422', async () => {
    const ada = await register(t);
    const token = await mailedToken(ada.user.email);
    await t.dataSource
      .getRepository(EmailVerificationEntity)
      .update({ token_hash: hashTokenValue(token) }, { expires_at: new Date(Date.now() - 1000) });
    for (const bad of [token, 'A'.repeat(43), 'short']) {
      const res = await verify(t, bad).expect(400);
      expect(res.body.code).toBe('INVALID_VERIFICATION_TOKEN');
    }
    await verify(t, null).expect(422);
    await t.http.post('/api/v1/auth/verify-email').send({ token, extra: 1 }).expect(422);
    expect(await me(t, ada)).toMatchObject({ email_verified: false });
  });

  it('resends a link to an unverified address, and answers the same when verified', async () => {
    const ada = await register(t);
    const first = await mailedToken(ada.user.email);
    const res = await t.http
      .post('/api/v1/auth/resend-verification')
      .set('Authorization', ada.auth)
      .expect(202);
    expect(res.body).toEqual(ACCEPTED);
    const second = await mailedToken(ada.user.email);
    expect(second).not.toBe(first);
    await verify(t, second).expect(204);

    const again = await t.http
      .post('/api/v1/auth/resend-verification')
      .set('Authorization', ada.auth)
      .expect(202);
    expect(again.body).toEqual(ACCEPTED);
    await allAuditEvents(t, await signInAdmin(t)); // waits for background mail
    const verifyMails = smtp
      .mailsTo(ada.user.email)
      .filter((mail) => VERIFY_SUBJECT.test(mail.subject));
    expect(verifyMails).toHaveLength(2);
  });

  it('changing the email clears verification, mails the new address and notifies the old one', async () => {
    const ada = await register(t);
    await verify(t, await mailedToken(ada.user.email)).expect(204);
    const oldLinkUser = await register(t);
    const oldToken = await mailedToken(oldLinkUser.user.email);

    const newEmail = newUserInput().email;
    const changed = await t.http
      .patch('/api/v1/auth/me')
      .set('Authorization', ada.auth)
      .send({ email: newEmail })
      .expect(200);
    expect(changed.body).toMatchObject({ email: newEmail, email_verified: false });
    const notice = await smtp.nextMailTo(ada.user.email, undefined, /changed/i);
    expect(notice.text).toContain(newEmail);
    await verify(t, await mailedToken(newEmail)).expect(204);
    expect(await me(t, ada)).toMatchObject({ email: newEmail, email_verified: true });

    // A link for an address the account no longer has verifies nothing.
    await t.http
      .patch('/api/v1/auth/me')
      .set('Authorization', oldLinkUser.auth)
      .send({ email: newUserInput().email })
      .expect(200);
    const stale = await verify(t, oldToken).expect(400);
    expect(stale.body.code).toBe('INVALID_VERIFICATION_TOKEN');
  });

  it('an admin changing the email does the same', async () => {
    const admin = await signInAdmin(t);
    const ada = await register(t);
    await verify(t, await mailedToken(ada.user.email)).expect(204);
    const newEmail = newUserInput().email;
    const res = await t.http
      .patch(`/api/v1/users/${ada.user.id}`)
      .set('Authorization', admin.auth)
      .send({ email: newEmail })
      .expect(200);
    expect(res.body).toMatchObject({ email_verified: false });
    await smtp.nextMailTo(ada.user.email, undefined, /changed/i);
    await mailedToken(newEmail);
    const events = (await allAuditEvents(t, admin)).events.filter(
      (event) => event.target_id === ada.user.id,
    );
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'user.email_verified',
        'user.email_verification_sent',
        'user.updated',
      ]),
    );
  });

  it('lets unverified accounts use the API while the gate is off', async () => {
    const ada = await register(t);
    await t.http.get('/api/v1/files').set('Authorization', ada.auth).expect(200);
  });
});

describe('verified email, gate on (REQUIRE_VERIFIED_EMAIL=true)', () => {
  const t = useTestApp(settings({ REQUIRE_VERIFIED_EMAIL: 'true' }));

  it('refuses an unverified account with 403 EMAIL_NOT_VERIFIED except on the exempt routes', async () => {
    const ada = await register(t);
    const files = await t.http.get('/api/v1/files').set('Authorization', ada.auth).expect(403);
    expect(files.body.code).toBe('EMAIL_NOT_VERIFIED');
    await t.http
      .post('/api/v1/tokens')
      .set('Authorization', ada.auth)
      .send({ name: 'ci' })
      .expect(403);
    // Exempt: reading yourself, sessions, resending the link, verifying, logout.
    await t.http.get('/api/v1/auth/me').set('Authorization', ada.auth).expect(200);
    await t.http.get('/api/v1/auth/sessions').set('Authorization', ada.auth).expect(200);
    await t.http
      .post('/api/v1/auth/resend-verification')
      .set('Authorization', ada.auth)
      .expect(202);
    const token = await mailedToken(ada.user.email);
    await verify(t, token).expect(204);
    await t.http.get('/api/v1/files').set('Authorization', ada.auth).expect(200);
    await t.http.post('/api/v1/auth/logout').set('Authorization', ada.auth).expect(204);
  });

  it('mails password-reset links only to verified addresses', async () => {
    const unverified = await register(t);
    const verified = await register(t);
    await verify(t, await mailedToken(verified.user.email)).expect(204);
    for (const who of [unverified, verified]) {
      await t.http
        .post('/api/v1/auth/request-password-reset')
        .send({ email: who.user.email })
        .expect(202);
    }
    await t.app.get(PasswordResetService).idle();
    const resets = (who: SignedIn) =>
      smtp.mailsTo(who.user.email).filter((mail) => /reset/i.test(mail.subject));
    expect(resets(unverified)).toHaveLength(0);
    expect(resets(verified)).toHaveLength(1);
  });

  it('counts accounts made by the create-admin command as verified', async () => {
    const input = newUserInput();
    const { user } = await t.app.get(UsersService).createOrPromoteAdmin(input);
    expect(user.email_verified).toBe(true);
    const admin = await login(t, input.username);
    await t.http.get('/api/v1/users').set('Authorization', admin.auth).expect(200);
  });
});
