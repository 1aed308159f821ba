import { ResetTokensService } from '../src/tokens/reset-tokens.service';
import { GOOD_PASSWORD, signInAdmin } from './support/factories';
import { allAuditEvents } from './support/audit';
import { PublicAddress } from './support/oidc-browser';
import {
  callbackUrl,
  CLIENT_REDIRECT,
  exchange,
  ssoBaseEnv,
  ssoSignIn,
  walkSignIn,
} from './support/oidc-harness';
import { providerEnv, startOidcProvider, type OidcTestProvider } from './support/oidc-provider';
import { useTestApp } from './support/test-app';

/**
 * Single sign-on against two real OpenID providers (oidc-provider) on
 * loopback: the whole browser flow, first sign-in, linking, and what the
 * provider's claims may and may not do (SPEC §9).
 */
describe('single sign-on through a real OpenID provider', () => {
  const gateway = new PublicAddress();
  let corp: OidcTestProvider;
  let partner: OidcTestProvider;

  beforeAll(async () => {
    await gateway.start();
  });

  const t = useTestApp(async () => {
    corp = await startOidcProvider({
      redirectUris: [callbackUrl(gateway, 'corp')],
      accounts: {
        alice: { email: 'alice@corp.example', email_verified: true, preferred_username: 'alice' },
      },
    });
    // Claims only in UserInfo (the ID token carries sub alone), as some providers do.
    partner = await startOidcProvider({
      redirectUris: [callbackUrl(gateway, 'partner')],
      idTokenClaims: false,
      accounts: {
        alice: { email: 'alice@partner.example', email_verified: true },
      },
    });
    return {
      ...ssoBaseEnv(gateway, ['corp', 'partner']),
      ...providerEnv('corp', corp, {
        DISPLAY_NAME: 'Corp sign-in',
        ADMIN_GROUP: 'rvp-admins',
        SCOPES: 'openid email profile groups',
      }),
      ...providerEnv('partner', partner, { ALLOWED_DOMAINS: 'partner.example' }),
    };
  });

  beforeAll(() => {
    gateway.target = t.port;
  });

  afterAll(async () => {
    await corp?.close();
    await partner?.close();
    await gateway.close();
  });

  it('lists the providers to anyone', async () => {
    const res = await t.http.get('/api/v1/auth/sso/providers').expect(200);
    expect(res.body).toEqual([
      { name: 'corp', display_name: 'Corp sign-in' },
      { name: 'partner', display_name: 'partner' },
    ]);
  });

  it('walks authorize → provider login and consent → callback → client → exchange → /auth/me', async () => {
    corp.accounts.set('walker', {
      email: 'Walker@Corp.example',
      email_verified: true,
      preferred_username: 'walker.ranger',
    });
    const { hops, final } = await walkSignIn(gateway, 'corp', 'walker');
    const start = hops[0];
    expect(start.status).toBe(302);
    const authorize = new URL(start.location as string);
    expect(authorize.origin).toBe(corp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(callbackUrl(gateway, 'corp'));
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(start.headers.get('referrer-policy')).toBe('no-referrer');
    const callback = hops.at(-1)!;
    expect(callback.url.startsWith(callbackUrl(gateway, 'corp'))).toBe(true);
    expect(callback.headers.get('referrer-policy')).toBe('no-referrer');
    expect(callback.headers.get('cache-control')).toBe('no-store');
    // Only a one-time code reaches the client: no token in any URL.
    expect(`${final.origin}${final.pathname}`).toBe(CLIENT_REDIRECT);
    expect([...final.searchParams.keys()]).toEqual(['code']);
    for (const hop of hops)
      expect(hop.location ?? '').not.toMatch(/access_token|id_token|refresh_token/);

    const res = await exchange(t, final.searchParams.get('code')).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      token_type: 'bearer',
      user: {
        username: 'walker.ranger',
        email: 'walker@corp.example',
        is_admin: false,
        email_verified: true,
      },
    });
    const me = await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.access_token}`)
      .expect(200);
    expect(me.body.id).toBe(res.body.user.id);
    await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: res.body.refresh_token })
      .expect(200);
  });

  it('signs the same provider account in as the same user again, and keeps providers apart', async () => {
    const first = await ssoSignIn(t, gateway, 'corp', 'alice');
    const again = await ssoSignIn(t, gateway, 'corp', 'alice');
    expect(again.user.id).toBe(first.user.id);
    // The same `sub` at another provider is someone else (and there, claims come from UserInfo).
    const other = await ssoSignIn(t, gateway, 'partner', 'alice');
    expect(other.user.id).not.toBe(first.user.id);
    expect(other.user.email).toBe('alice@partner.example');
    expect(other.user.username).toBe('alice-2');
  });

  it('creates users without a password: password login fails like a wrong one', async () => {
    corp.accounts.set('nopass', { email: 'nopass@corp.example', email_verified: true });
    const signedIn = await ssoSignIn(t, gateway, 'corp', 'nopass');
    expect(signedIn.user.username).toBe('nopass');
    for (const password of ['', GOOD_PASSWORD]) {
      const res = await t.http.post('/api/v1/auth/login').send({ username: 'nopass', password });
      expect(res.status).toBe(password === '' ? 422 : 401);
      if (password !== '') expect(res.body.code).toBe('INVALID_CREDENTIALS');
    }
    // A password reset gives them one.
    const { token } = await t.app.get(ResetTokensService).issue(signedIn.user.id);
    await t.http
      .post('/api/v1/auth/reset-password')
      .send({ token, new_password: 'a brand new passphrase' })
      .expect(204);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'nopass', password: 'a brand new passphrase' })
      .expect(200);
  });

  it('links an existing account only when the provider asserts the email verified', async () => {
    const admin = await signInAdmin(t);
    const existing = await t.http
      .post('/api/v1/users')
      .set('Authorization', admin.auth)
      .send({ username: 'carol', email: 'carol@corp.example', password: GOOD_PASSWORD })
      .expect(201);
    corp.accounts.set('carol-unverified', { email: 'carol@corp.example', email_verified: false });
    const refused = await walkSignIn(gateway, 'corp', 'carol-unverified');
    expect(refused.final.searchParams.get('error')).toBe('SSO_EMAIL_NOT_VERIFIED');
    expect(refused.final.searchParams.get('code')).toBeNull();

    corp.accounts.set('carol', { email: 'carol@corp.example', email_verified: true });
    const linked = await ssoSignIn(t, gateway, 'corp', 'carol');
    expect(linked.user.id).toBe(existing.body.id);
    // Her password still works.
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'carol', password: GOOD_PASSWORD })
      .expect(200);
  });

  it('refuses email domains outside *_ALLOWED_DOMAINS', async () => {
    partner.accounts.set('outsider', { email: 'outsider@elsewhere.example', email_verified: true });
    const { final } = await walkSignIn(gateway, 'partner', 'outsider');
    expect(final.searchParams.get('error')).toBe('SSO_DOMAIN_NOT_ALLOWED');
  });

  it('refuses deactivated users, at the callback and at the exchange', async () => {
    const admin = await signInAdmin(t);
    corp.accounts.set('dora', { email: 'dora@corp.example', email_verified: true });
    const dora = await ssoSignIn(t, gateway, 'corp', 'dora');
    const pending = await walkSignIn(gateway, 'corp', 'dora');
    await t.http
      .patch(`/api/v1/users/${dora.user.id}`)
      .set('Authorization', admin.auth)
      .send({ is_active: false })
      .expect(200);
    const late = await exchange(t, pending.final.searchParams.get('code')).expect(403);
    expect(late.body.code).toBe('ACCOUNT_DISABLED');
    const { final } = await walkSignIn(gateway, 'corp', 'dora');
    expect(final.searchParams.get('error')).toBe('ACCOUNT_DISABLED');
  });

  it('grants admin only through the admin group, and takes it back when the group is left', async () => {
    corp.accounts.set('erin', {
      email: 'erin@corp.example',
      email_verified: true,
      groups: ['staff'],
    });
    expect((await ssoSignIn(t, gateway, 'corp', 'erin')).user.is_admin).toBe(false);
    corp.accounts.set('erin', {
      email: 'erin@corp.example',
      email_verified: true,
      groups: ['staff', 'rvp-admins'],
    });
    const promoted = await ssoSignIn(t, gateway, 'corp', 'erin');
    expect(promoted.user.is_admin).toBe(true);
    // A group elsewhere (partner has no admin group) never makes anyone admin.
    partner.accounts.set('frank', {
      email: 'frank@partner.example',
      email_verified: true,
      groups: ['rvp-admins'],
    });
    expect((await ssoSignIn(t, gateway, 'partner', 'frank')).user.is_admin).toBe(false);
    corp.accounts.set('erin', {
      email: 'erin@corp.example',
      email_verified: true,
      groups: ['staff'],
    });
    expect((await ssoSignIn(t, gateway, 'corp', 'erin')).user.is_admin).toBe(false);
  });

  it('records sign-ins, links, creations and refusals in the audit log', async () => {
    corp.accounts.set('gina', { email: 'gina@corp.example', email_verified: true });
    const gina = await ssoSignIn(t, gateway, 'corp', 'gina');
    partner.accounts.set('hal', { email: 'hal@nowhere.example', email_verified: true });
    await walkSignIn(gateway, 'partner', 'hal');
    const { events } = await allAuditEvents(t, await signInAdmin(t));
    const about = events.filter((e) => e.target_id === gina.user.id).map((e) => e.action);
    expect(about).toEqual(
      expect.arrayContaining(['user.created', 'user.identity_linked', 'user.sso_login']),
    );
    const created = events.find((e) => e.action === 'user.created' && e.target_id === gina.user.id);
    expect(created?.details).toMatchObject({ provider: 'corp' });
    const failed = events.find((e) => e.action === 'user.sso_login_failed');
    expect(failed).toMatchObject({
      outcome: 'failure',
      details: { provider: 'partner', reason: 'SSO_DOMAIN_NOT_ALLOWED' },
    });
    expect(JSON.stringify(events)).not.toMatch(/"code=|eyJ/);
  });

  it('shows admins a user’s identities and lets them unlink one', async () => {
    const admin = await signInAdmin(t);
    corp.accounts.set('ivy', { email: 'ivy@corp.example', email_verified: true });
    const ivy = await ssoSignIn(t, gateway, 'corp', 'ivy');
    const base = `/api/v1/users/${ivy.user.id}/identities`;
    await t.http.get(base).set('Authorization', `Bearer ${ivy.access_token}`).expect(403);
    const list = await t.http.get(base).set('Authorization', admin.auth).expect(200);
    expect(list.body.items).toEqual([
      {
        id: expect.any(String),
        provider: 'corp',
        subject: 'ivy',
        email: 'ivy@corp.example',
        created_at: expect.any(String),
      },
    ]);
    const identityId = list.body.items[0].id as string;
    const unknownUser = '00000000-0000-4000-8000-000000000000';
    const missing = await t.http
      .get(`/api/v1/users/${unknownUser}/identities`)
      .set('Authorization', admin.auth)
      .expect(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
    await t.http.delete(`${base}/${identityId}`).set('Authorization', admin.auth).expect(204);
    const again = await t.http
      .delete(`${base}/${identityId}`)
      .set('Authorization', admin.auth)
      .expect(404);
    expect(again.body.code).toBe('IDENTITY_NOT_FOUND');
    await t.http.get(`${base}/${identityId}`).set('Authorization', admin.auth).expect(404);
    expect(
      (await t.http.get(base).set('Authorization', admin.auth).expect(200)).body.items,
    ).toEqual([]);
    // Unlinked: the same provider account now links again through its verified email.
    expect((await ssoSignIn(t, gateway, 'corp', 'ivy')).user.id).toBe(ivy.user.id);
    const { events } = await allAuditEvents(t, admin);
    expect(events.find((e) => e.action === 'user.identity_unlinked')).toMatchObject({
      actor_id: admin.user.id,
      target_id: ivy.user.id,
      details: { provider: 'corp', identity_id: identityId },
    });
  });
});
