import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PasswordResetService } from '../src/auth/password-reset.service';
import { TokenEntity } from '../src/tokens/token.entity';
import { hashTokenValue } from '../src/tokens/token-values';
import {
  createPersonalToken,
  GOOD_PASSWORD,
  login,
  newUserInput,
  register,
  setUserActive,
  signInAdmin,
  expectSessionEnded,
} from './support/factories';
import { assertBuilt, freePort, startServer } from './support/processes';
import { linkTokenIn, startSmtpServer, type TestSmtpServer } from './support/smtp';
import { startTestApp, useTestApp } from './support/test-app';

const RESET_URL = 'https://reviewpoint.test/reset-password';
const MAIL_FROM = 'ReViewPoint Tests <no-reply@reviewpoint.test>';
const NEW_PASSWORD = 'a brand new passphrase';
/** Sign-up also mails a verification link (docs/mfa.md); these tests read the reset mail only. */
const RESET_SUBJECT = /reset/i;
const ACCEPTED = {
  status: 'accepted',
  detail: 'If an account with that email exists, a reset link has been sent to it.',
};

describe('password reset by email (real SMTP on loopback)', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  const t = useTestApp(() => ({
    SMTP_URL: smtp.url,
    MAIL_FROM,
    PASSWORD_RESET_URL: RESET_URL,
    PASSWORD_RESET_TTL_SECONDS: '600',
  }));
  afterAll(async () => {
    await smtp.close();
  });

  const requestReset = (email: string) =>
    t.http.post('/api/v1/auth/request-password-reset').send({ email });
  const resetPassword = (token: unknown, newPassword: unknown = NEW_PASSWORD) =>
    t.http.post('/api/v1/auth/reset-password').send({ token, new_password: newPassword });
  /** Requests a link and reads its token out of the mail that arrives. */
  const emailedToken = async (email: string): Promise<string> => {
    await requestReset(email).expect(202);
    return linkTokenIn(await smtp.nextMailTo(email, undefined, RESET_SUBJECT), RESET_URL);
  };
  const resetMailsTo = (email: string) =>
    smtp.mailsTo(email).filter((mail) => RESET_SUBJECT.test(mail.subject));
  const idle = () => t.app.get(PasswordResetService).idle();
  const resetRows = (userId: string) =>
    t.dataSource.getRepository(TokenEntity).find({
      where: { user_id: userId, type: 'reset' },
      order: { created_at: 'ASC' },
    });

  it('emails a link; the token sets a new password once and ends every session', async () => {
    const session = await register(t);
    const other = await login(t, session.user.username);

    const res = await requestReset(`  ${session.user.email.toUpperCase()} `).expect(202);
    expect(res.body).toEqual(ACCEPTED);
    const mail = await smtp.nextMailTo(session.user.email, undefined, RESET_SUBJECT);
    expect(mail.from).toContain('no-reply@reviewpoint.test');
    expect(mail.subject).toMatch(/reset/i);
    expect(mail.text).toContain('10 minutes');
    const token = linkTokenIn(mail, RESET_URL);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const [row] = await resetRows(session.user.id);
    expect(row.token).toBe(hashTokenValue(token));
    expect(row.expires_at!.getTime() - row.created_at.getTime()).toBe(600_000);

    await resetPassword(token).expect(204);
    for (const signedIn of [session, other]) await expectSessionEnded(t, signedIn);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: session.user.username, password: GOOD_PASSWORD })
      .expect(401);
    await login(t, session.user.email, NEW_PASSWORD);

    const reuse = await resetPassword(token, 'yet another passphrase').expect(400);
    expect(reuse.body.code).toBe('INVALID_RESET_TOKEN');
    await login(t, session.user.email, NEW_PASSWORD);
    expect((await resetRows(session.user.id))[0]).toMatchObject({ revoked_reason: 'used' });
  });

  it('answers an unknown email exactly as a known one, and sends nothing', async () => {
    const known = await register(t);
    const unknownEmail = newUserInput().email;
    const answers = [await requestReset(known.user.email), await requestReset(unknownEmail)];
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(answer.body).toEqual(ACCEPTED);
    }
    await idle();
    expect(resetMailsTo(known.user.email)).toHaveLength(1);
    expect(resetMailsTo(unknownEmail)).toHaveLength(0);
    expect(smtp.received.flatMap((mail) => mail.to)).not.toContain(unknownEmail);
  });

  it('answers before the mail is sent: a slow mail server does not hold up the response', async () => {
    const session = await register(t);
    smtp.hold();
    try {
      const res = await requestReset(session.user.email).expect(202);
      expect(res.body).toEqual(ACCEPTED);
      // The server has not accepted the message yet: the answer did not wait for it.
      expect(resetMailsTo(session.user.email)).toHaveLength(0);
    } finally {
      smtp.release();
    }
    const token = linkTokenIn(
      await smtp.nextMailTo(session.user.email, undefined, RESET_SUBJECT),
      RESET_URL,
    );
    await resetPassword(token).expect(204);
  });

  it('invalidates an older link when a newer one is requested', async () => {
    const session = await register(t);
    const first = await emailedToken(session.user.email);
    const second = await emailedToken(session.user.email);
    expect(second).not.toBe(first);
    const rows = await resetRows(session.user.id);
    expect(rows.map((row) => row.revoked_reason)).toEqual(['superseded', null]);

    const old = await resetPassword(first).expect(400);
    expect(old.body.code).toBe('INVALID_RESET_TOKEN');
    await resetPassword(second).expect(204);
  });

  it('refuses an expired link with 400 and leaves the password alone', async () => {
    const session = await register(t);
    const token = await emailedToken(session.user.email);
    // Move the clock past the token's life: its expiry is now one second ago.
    await t.dataSource
      .getRepository(TokenEntity)
      .update({ token: hashTokenValue(token) }, { expires_at: new Date(Date.now() - 1000) });
    const res = await resetPassword(token).expect(400);
    expect(res.body.code).toBe('INVALID_RESET_TOKEN');
    await login(t, session.user.username, GOOD_PASSWORD);
  });

  it('refuses the token of a deactivated user, and sends deactivated users nothing', async () => {
    const admin = await signInAdmin(t);
    const session = await register(t);
    const token = await emailedToken(session.user.email);
    await setUserActive(t, admin, session.user.id, false);

    const res = await resetPassword(token).expect(400);
    expect(res.body.code).toBe('INVALID_RESET_TOKEN');
    await requestReset(session.user.email).expect(202);
    await idle();
    expect(resetMailsTo(session.user.email)).toHaveLength(1);

    // Reactivated, the old password still works: the refused reset changed nothing.
    await setUserActive(t, admin, session.user.id, true);
    await login(t, session.user.username, GOOD_PASSWORD);
  });

  describe('a link dies when the password or email changes, or the account is deactivated', () => {
    /** The link is refused, and the password it would have set does not work. */
    async function expectLinkDead(token: string, username: string): Promise<void> {
      const res = await resetPassword(token).expect(400);
      expect(res.body.code).toBe('INVALID_RESET_TOKEN');
      await t.http
        .post('/api/v1/auth/login')
        .send({ username, password: NEW_PASSWORD })
        .expect(401);
    }

    it('after the user changes their password', async () => {
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await t.http
        .post('/api/v1/auth/change-password')
        .set('Authorization', session.auth)
        .send({ current_password: GOOD_PASSWORD, new_password: 'a changed passphrase' })
        .expect(204);
      await expectLinkDead(token, session.user.username);
      await login(t, session.user.username, 'a changed passphrase');
    });

    it('after the user changes their email', async () => {
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send({ email: newUserInput().email })
        .expect(200);
      await expectLinkDead(token, session.user.username);
    });

    it('after an admin sets their password', async () => {
      const admin = await signInAdmin(t);
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await t.http
        .patch(`/api/v1/users/${session.user.id}`)
        .set('Authorization', admin.auth)
        .send({ password: 'set by an administrator' })
        .expect(200);
      await expectLinkDead(token, session.user.username);
      await login(t, session.user.username, 'set by an administrator');
    });

    it('after an admin changes their email', async () => {
      const admin = await signInAdmin(t);
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await t.http
        .patch(`/api/v1/users/${session.user.id}`)
        .set('Authorization', admin.auth)
        .send({ email: newUserInput().email })
        .expect(200);
      await expectLinkDead(token, session.user.username);
    });

    it('after deactivation, even once the account is reactivated', async () => {
      const admin = await signInAdmin(t);
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await setUserActive(t, admin, session.user.id, false);
      await setUserActive(t, admin, session.user.id, true);
      await expectLinkDead(token, session.user.username);
      await login(t, session.user.username, GOOD_PASSWORD);
    });

    it('but not when only the username changes, or the email is set to what it was', async () => {
      const session = await register(t);
      const token = await emailedToken(session.user.email);
      await t.http
        .patch('/api/v1/auth/me')
        .set('Authorization', session.auth)
        .send({ username: newUserInput().username, email: session.user.email.toUpperCase() })
        .expect(200);
      await resetPassword(token).expect(204);
    });
  });

  it('answers malformed, unknown and wrong-type tokens with 400 INVALID_RESET_TOKEN', async () => {
    const session = await register(t);
    const pat = await createPersonalToken(t, session);
    for (const token of [
      'not-a-token',
      'A'.repeat(43),
      `${'A'.repeat(42)}=`,
      "' OR 1=1 --",
      session.refresh_token,
      session.access_token,
      pat.token,
    ]) {
      const res = await resetPassword(token);
      expect({ token, status: res.status, code: res.body.code }).toEqual({
        token,
        status: 400,
        code: 'INVALID_RESET_TOKEN',
      });
    }
    await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
  });

  it('refuses ill-formed bodies with 422', async () => {
    for (const body of [
      { token: 12345, new_password: NEW_PASSWORD },
      { token: 'A'.repeat(43) },
      { new_password: NEW_PASSWORD },
      { token: 'A'.repeat(43), new_password: NEW_PASSWORD, email: 'x@example.org' },
    ]) {
      const res = await t.http.post('/api/v1/auth/reset-password').send(body).expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    for (const body of [{}, { email: 'not-an-email' }, { email: 'a@example.org', extra: 1 }]) {
      const res = await t.http.post('/api/v1/auth/request-password-reset').send(body).expect(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('applies the password policy, and a refused password leaves the link usable', async () => {
    const session = await register(t);
    const token = await emailedToken(session.user.email);
    const common = await resetPassword(token, 'password123').expect(422);
    expect(common.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(common.body.errors).toEqual([
      { field: 'new_password', message: expect.stringMatching(/too common/) },
    ]);
    const sameAsUsername = await resetPassword(token, session.user.username).expect(422);
    expect(sameAsUsername.body.errors[0].field).toBe('new_password');

    await resetPassword(token).expect(204);
    await login(t, session.user.username, NEW_PASSWORD);
  });

  it('lets exactly one of 20 parallel uses of one link through, and sets the password once', async () => {
    const session = await register(t);
    const token = await emailedToken(session.user.email);
    const passwords = Array.from({ length: 20 }, (_, i) => `${NEW_PASSWORD} number ${i}`);
    const responses = await Promise.all(
      passwords.map((password) => resetPassword(token, password)),
    );

    const winners = responses.flatMap((res, i) => (res.status === 204 ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const res of responses.filter((r) => r.status !== 204)) {
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 400,
        code: 'INVALID_RESET_TOKEN',
      });
    }
    // Only the winner's password works: no loser overwrote it afterwards.
    await login(t, session.user.username, passwords[winners[0]]);
    for (const loser of [0, 1, 2].map((i) => (winners[0] + 1 + i) % passwords.length)) {
      await t.http
        .post('/api/v1/auth/login')
        .send({ username: session.user.username, password: passwords[loser] })
        .expect(401);
    }
  });

  it('never accepts a reset token as a refresh or access token (and such attempts do not use it up)', async () => {
    const session = await register(t);
    const token = await emailedToken(session.user.email);
    const refresh = await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: token })
      .expect(401);
    expect(refresh.body.code).toBe('TOKEN_INVALID');
    const bearer = await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${token}`)
      .expect(401);
    expect(bearer.body.code).toBe('TOKEN_INVALID');
    const apiKey = await t.http.get('/api/v1/auth/me').set('X-API-Key', token).expect(401);
    expect(apiKey.body.code).toBe('TOKEN_INVALID');
    await resetPassword(token).expect(204);
  });

  it('stores no raw token value: refresh, reset and personal tokens are SHA-256 hashes', async () => {
    const session = await register(t);
    const refreshed = await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: session.refresh_token })
      .expect(200);
    const pat = await createPersonalToken(t, {
      ...session,
      auth: `Bearer ${refreshed.body.access_token}`,
    });
    const reset = await emailedToken(session.user.email);
    const values = {
      refresh: [session.refresh_token, refreshed.body.refresh_token as string],
      reset: [reset],
      access: [pat.token],
    };

    const rows = await t.dataSource.getRepository(TokenEntity).findBy({ user_id: session.user.id });
    expect(rows.map((row) => row.type).sort()).toEqual(['access', 'refresh', 'refresh', 'reset']);
    for (const [type, typed] of Object.entries(values)) {
      const hashes = rows.filter((row) => row.type === type).map((row) => row.token);
      expect(hashes.sort()).toEqual(typed.map(hashTokenValue).sort());
    }
    const everyValue = Object.values(values).flat();
    const table = JSON.stringify(await t.dataSource.query('SELECT * FROM tokens'));
    for (const value of everyValue) {
      expect(table).not.toContain(value);
      // Nor any recognisable part of one.
      expect(table).not.toContain(value.replace(/^rvp_/, '').slice(0, 16));
    }
  });
});

describe('password reset when the mail server is down', () => {
  // A port nobody listens on: every connection is refused.
  const t = useTestApp(async () => ({
    SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    PASSWORD_RESET_URL: RESET_URL,
  }));

  it('still answers 202 with the same body, and logs the failure', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      const session = await register(t);
      const known = await t.http
        .post('/api/v1/auth/request-password-reset')
        .send({ email: session.user.email })
        .expect(202);
      const unknown = await t.http
        .post('/api/v1/auth/request-password-reset')
        .send({ email: newUserInput().email })
        .expect(202);
      expect(known.body).toEqual(ACCEPTED);
      expect(unknown.body).toEqual(known.body);
      await t.app.get(PasswordResetService).idle();

      const failures = errors.mock.calls.filter((call) =>
        call.some(
          (arg) => typeof arg === 'string' && /Could not send a password-reset mail/.test(arg),
        ),
      );
      expect(failures).toHaveLength(1);
      expect(JSON.stringify(failures[0])).toContain(session.user.id);
      // The server kept working.
      await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
    } finally {
      errors.mockRestore();
    }
  });
});

describe('password reset: rate limits', () => {
  const t = useTestApp({ AUTH_RATE_LIMIT: '3', TRUST_PROXY: 'true' });

  it('limits requests per email across client addresses, with Retry-After', async () => {
    const email = newUserInput().email;
    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/v1/auth/request-password-reset')
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ email })
        .expect(202);
    }
    const limited = await t.http
      .post('/api/v1/auth/request-password-reset')
      .set('X-Forwarded-For', '198.51.100.99')
      .send({ email: email.toUpperCase() })
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits reset attempts per client address', async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/v1/auth/reset-password')
        .set('X-Forwarded-For', '192.0.2.77')
        .send({ token: randomBytes(32).toString('base64url'), new_password: NEW_PASSWORD })
        .expect(400);
    }
    const limited = await t.http
      .post('/api/v1/auth/reset-password')
      .set('X-Forwarded-For', '192.0.2.77')
      .send({ token: randomBytes(32).toString('base64url'), new_password: NEW_PASSWORD })
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });
});

describe('password reset without SMTP_URL', () => {
  it('answers 503 MAIL_NOT_CONFIGURED in production, whether or not the account exists', async () => {
    const t = await startTestApp({ NODE_ENV: 'production' });
    try {
      const session = await register(t);
      for (const email of [session.user.email, newUserInput().email]) {
        const res = await t.http
          .post('/api/v1/auth/request-password-reset')
          .send({ email })
          .expect(503);
        expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(res.body.code).toBe('MAIL_NOT_CONFIGURED');
      }
      const rows = await t.dataSource
        .getRepository(TokenEntity)
        .countBy({ user_id: session.user.id, type: 'reset' });
      expect(rows).toBe(0);
    } finally {
      await t.close();
    }
  });
});

/** The built server as a child process, so its real log output can be read. */
describe('password-reset mail in the logs (built server)', () => {
  let dir: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'rvp-reset-log-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function withServer<T>(
    env: Record<string, string>,
    use: (baseUrl: string, output: () => string) => Promise<T>,
  ): Promise<T> {
    const port = await freePort();
    const server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, `${port}.sqlite`)}`,
      PASSWORD_RESET_URL: RESET_URL,
      ...env,
    });
    try {
      return await use(`http://127.0.0.1:${port}/api/v1`, server.output);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }

  const post = (url: string, body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('in development without SMTP_URL, writes the link to the log so the flow can be tried', async () => {
    await withServer({ NODE_ENV: 'development', LOG_LEVEL: 'info' }, async (api, output) => {
      const input = newUserInput();
      expect((await post(`${api}/auth/register`, input)).status).toBe(201);
      const res = await post(`${api}/auth/request-password-reset`, { email: input.email });
      expect(res.status).toBe(202);
      const token = await waitFor(
        () => new RegExp(`${RESET_URL}\\?token=([A-Za-z0-9_-]{43})`).exec(output())?.[1],
        'the reset link in the log',
      );
      expect(output()).toContain('SMTP_URL is not set');
      expect(
        (await post(`${api}/auth/reset-password`, { token, new_password: NEW_PASSWORD })).status,
      ).toBe(204);
      const signIn = await post(`${api}/auth/login`, {
        username: input.username,
        password: NEW_PASSWORD,
      });
      expect(signIn.status).toBe(200);
    });
  });

  it('in production with SMTP_URL, sends the link and never logs it', async () => {
    const smtp = await startSmtpServer();
    try {
      await withServer(
        {
          NODE_ENV: 'production',
          LOG_LEVEL: 'trace',
          JWT_SECRET: randomBytes(48).toString('base64url'),
          SMTP_URL: smtp.url,
        },
        async (api, output) => {
          const input = newUserInput();
          expect((await post(`${api}/auth/register`, input)).status).toBe(201);
          expect(
            (await post(`${api}/auth/request-password-reset`, { email: input.email })).status,
          ).toBe(202);
          const token = linkTokenIn(
            await smtp.nextMailTo(input.email, undefined, RESET_SUBJECT),
            RESET_URL,
          );
          expect(
            (await post(`${api}/auth/reset-password`, { token, new_password: NEW_PASSWORD }))
              .status,
          ).toBe(204);
          await waitFor(
            () => (output().includes('Password reset with an emailed link') ? true : undefined),
            'the reset to be logged',
          );
          expect(output()).toContain('Password-reset mail sent');
          expect(output()).not.toContain(token);
          expect(output()).not.toContain(hashTokenValue(token));
          expect(output()).not.toContain(NEW_PASSWORD);
        },
      );
    } finally {
      await smtp.close();
    }
  });
});
