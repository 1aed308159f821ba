import { linkTokenIn, startSmtpServer, type TestSmtpServer } from './support/smtp';
import { oktaUser, scimClient } from './support/scim';
import { useTestApp } from './support/test-app';

const RESET_URL = 'https://app.example.test/reset';

describe('a user provisioned over SCIM sets a password by reset', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  const t = useTestApp(() => ({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'ReViewPoint <no-reply@example.test>',
    PASSWORD_RESET_URL: RESET_URL,
  }));
  afterAll(async () => {
    await smtp.close();
  });

  it('has no password until a reset link sets one, then signs in with it', async () => {
    const scim = await scimClient(t);
    const input = oktaUser();
    const email = input.emails[0].value;
    await scim.post('/Users', input).expect(201);
    const refused = await t.http
      .post('/api/v1/auth/login')
      .send({ username: input.userName, password: input.password })
      .expect(401);
    expect(refused.body.code).toBe('INVALID_CREDENTIALS');

    await t.http.post('/api/v1/auth/request-password-reset').send({ email }).expect(202);
    const token = linkTokenIn(await smtp.nextMailTo(email, undefined, /reset/i), RESET_URL);
    await t.http
      .post('/api/v1/auth/reset-password')
      .send({ token, new_password: 'a provisioned passphrase' })
      .expect(204);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: input.userName, password: 'a provisioned passphrase' })
      .expect(200);
  });
});
