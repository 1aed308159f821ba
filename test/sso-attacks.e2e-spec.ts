import { createHash } from 'node:crypto';
import { SsoCodeEntity } from '../src/sso/sso-code.entity';
import { SsoStateEntity } from '../src/sso/sso-state.entity';
import { OidcBrowser, PublicAddress } from './support/oidc-browser';
import { startFakeOidcProvider, type FakeOidcProvider } from './support/oidc-fake-provider';
import {
  authorizeUrl,
  callbackUrl,
  exchange,
  ssoBaseEnv,
  walkSignIn,
} from './support/oidc-harness';
import { providerEnv, startOidcProvider, type OidcTestProvider } from './support/oidc-provider';
import { freePort } from './support/processes';
import { useTestApp } from './support/test-app';

const isClient = (url: string) => url.startsWith('https://app.example.org/');

/**
 * The attacks of the OpenID Connect security considerations, each refused:
 * state (wrong, missing, replayed, from another browser), the ID token
 * (nonce, audience, expiry, unknown key, alg none, issuer), issuer mix-up
 * between two real providers, open redirects, and the one-time code
 * (replayed, late). Plus a provider that is down at boot.
 */
describe('single sign-on under attack', () => {
  const gateway = new PublicAddress();
  let corp: OidcTestProvider;
  let partner: OidcTestProvider;
  let fake: FakeOidcProvider;
  let late: OidcTestProvider | undefined;
  let downPort: number;

  beforeAll(async () => {
    await gateway.start();
  });

  const t = useTestApp(async () => {
    const account = { email: 'mallory@corp.example', email_verified: true };
    corp = await startOidcProvider({
      redirectUris: [callbackUrl(gateway, 'corp')],
      accounts: { mallory: account, victim: { ...account, email: 'victim@corp.example' } },
    });
    partner = await startOidcProvider({
      redirectUris: [callbackUrl(gateway, 'partner')],
      accounts: { mallory: { ...account, email: 'mallory@partner.example' } },
    });
    fake = await startFakeOidcProvider();
    downPort = await freePort();
    return {
      ...ssoBaseEnv(gateway, ['corp', 'partner', 'fake', 'down']),
      ...providerEnv('corp', corp),
      ...providerEnv('partner', partner),
      ...providerEnv('fake', fake),
      ...providerEnv('down', {
        issuer: `http://127.0.0.1:${downPort}`,
        clientId: 'reviewpoint',
        clientSecret: 'not-used-yet-0123456789',
      }),
    };
  });

  beforeAll(() => {
    gateway.target = t.port;
  });

  afterAll(async () => {
    await Promise.all([corp?.close(), partner?.close(), fake?.close(), late?.close()]);
    await gateway.close();
  });

  /** Starts a sign-in at `provider` and completes it there, stopping before our callback. */
  async function callbackFromProvider(provider: string, browser = new OidcBrowser()) {
    const hops = await browser.walk(authorizeUrl(gateway, provider), 'mallory', (url) =>
      url.startsWith(callbackUrl(gateway, provider)),
    );
    return { browser, callback: new URL(hops.at(-1)?.location as string) };
  }

  describe('state', () => {
    it('refuses a callback without state, with a made-up one, or one from another browser', async () => {
      const { browser, callback } = await callbackFromProvider('corp');
      const missing = new URL(callback);
      missing.searchParams.delete('state');
      const madeUp = new URL(callback);
      madeUp.searchParams.set('state', 'A'.repeat(43));
      for (const url of [missing, madeUp]) {
        const res = await browser.request(url.href);
        expect(res.status).toBe(400);
        expect(JSON.parse(res.body).code).toBe('SSO_INVALID_STATE');
      }
      // The right state, delivered to a browser that did not start the sign-in (login CSRF).
      const elsewhere = await new OidcBrowser().request(callback.href);
      expect(elsewhere.status).toBe(400);
      // The starting browser still finishes it (nothing above consumed it).
      const own = await browser.request(callback.href);
      expect(own.status).toBe(302);
      expect(new URL(own.location as string).searchParams.get('code')).toBeTruthy();
    });

    it('accepts a state once', async () => {
      const { browser, callback } = await callbackFromProvider('corp');
      expect((await browser.request(callback.href)).status).toBe(302);
      // Replayed (the app also cleared the cookie; put it back as an attacker would).
      const replay = new OidcBrowser();
      const cookie = `rvp_sso_corp=${callback.searchParams.get('state')}`;
      const res = await fetch(callback, { headers: { cookie }, redirect: 'manual' });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('SSO_INVALID_STATE');
      expect(replay).toBeDefined();
    });

    it('refuses a state after its 10 minutes', async () => {
      const { browser, callback } = await callbackFromProvider('corp');
      const stateHash = createHash('sha256')
        .update(callback.searchParams.get('state') as string)
        .digest('hex');
      await t.dataSource
        .getRepository(SsoStateEntity)
        .update({ state_hash: stateHash }, { expires_at: new Date(Date.now() - 1000) });
      expect((await browser.request(callback.href)).status).toBe(400);
    });
  });

  describe('issuer mix-up between two configured providers', () => {
    it('refuses one provider’s sign-in delivered to the other’s callback', async () => {
      const { browser, callback } = await callbackFromProvider('partner');
      const crossed = new URL(callback.href.replace('/sso/partner/', '/sso/corp/'));
      const res = await browser.request(crossed.href);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).code).toBe('SSO_INVALID_STATE');
    });

    it('refuses a code from one provider answered with the other’s state', async () => {
      const atCorp = await callbackFromProvider('corp');
      const atPartner = await callbackFromProvider('partner', atCorp.browser);
      const forged = new URL(atCorp.callback);
      forged.searchParams.set('code', atPartner.callback.searchParams.get('code') as string);
      forged.searchParams.set('iss', atPartner.callback.searchParams.get('iss') as string);
      const res = await atCorp.browser.request(forged.href);
      expect(res.status).toBe(302);
      const final = new URL(res.location as string);
      expect(final.searchParams.get('code')).toBeNull();
      expect(final.searchParams.get('error')).toBe('SSO_TOKEN_INVALID');
      // Without the iss parameter, corp's token endpoint refuses partner's code.
      const again = await callbackFromProvider('corp', atCorp.browser);
      const noIss = new URL(again.callback);
      noIss.searchParams.delete('iss');
      noIss.searchParams.set('code', atPartner.callback.searchParams.get('code') as string);
      const second = await atCorp.browser.request(noIss.href);
      expect(new URL(second.location as string).searchParams.get('error')).toMatch(/^SSO_/);
    });
  });

  describe('the ID token', () => {
    async function withToken(recipe: FakeOidcProvider['next']): Promise<URL> {
      fake.next = recipe;
      const hops = await new OidcBrowser().walk(authorizeUrl(gateway, 'fake'), 'x', isClient);
      return new URL(hops.at(-1)?.location as string);
    }

    it('is accepted when the hand-made provider makes it right (so the refusals below mean something)', async () => {
      const final = await withToken({});
      expect(final.searchParams.get('code')).toMatch(/^[\w-]{43}$/);
    });

    it.each<[string, FakeOidcProvider['next']]>([
      ['a wrong nonce', { claims: (c) => ({ ...c, nonce: 'not-the-nonce' }) }],
      ['no nonce', { claims: ({ nonce: _nonce, ...c }) => c }],
      ['another audience', { claims: (c) => ({ ...c, aud: 'someone-else' }) }],
      [
        'an expired token',
        { claims: (c) => ({ ...c, iat: (c.iat as number) - 7200, exp: (c.iat as number) - 3600 }) },
      ],
      ['another issuer', { claims: (c) => ({ ...c, iss: corp.issuer }) }],
      ['a signature by a key not in the JWKS', { signer: 'unknown' }],
      ['alg none', { signer: 'none' }],
    ])('refuses %s', async (_name, recipe) => {
      const final = await withToken(recipe);
      expect(final.searchParams.get('code')).toBeNull();
      expect(final.searchParams.get('error')).toBe('SSO_TOKEN_INVALID');
    });
  });

  describe('redirect_uri', () => {
    it.each([
      'https://evil.example/sso/done',
      'https://app.example.org/sso/done/../../evil',
      'https://app.example.org/sso/done2',
      'https://app.example.org.evil.example/sso/done',
      'https://app.example.org:8443/sso/done',
      'https://app.example.org@evil.example/sso/done',
      'http://app.example.org/sso/done',
      '//evil.example/sso/done',
      'javascript:alert(1)',
    ])('refuses %s', async (redirect) => {
      const res = await t.http
        .get('/api/v1/auth/sso/corp/authorize')
        .query({ redirect_uri: redirect })
        .expect(400);
      expect(res.body.code).toBe('SSO_REDIRECT_NOT_ALLOWED');
      expect(res.headers.location).toBeUndefined();
    });

    it('answers an unknown provider with 404 and a missing redirect_uri with 422', async () => {
      const unknown = await t.http
        .get('/api/v1/auth/sso/nobody/authorize')
        .query({ redirect_uri: 'https://app.example.org/sso/done' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('SSO_PROVIDER_NOT_FOUND');
      expect((await t.http.get('/api/v1/auth/sso/corp/authorize')).status).toBe(422);
    });

    it('sends to another allow-listed URL, keeping its own query', async () => {
      const browser = new OidcBrowser();
      const hops = await browser.walk(
        authorizeUrl(gateway, 'corp', 'https://app.example.org/other'),
        'mallory',
        isClient,
      );
      const final = new URL(hops.at(-1)?.location as string);
      expect(final.pathname).toBe('/other');
      expect(final.searchParams.get('code')).toBeTruthy();
    });
  });

  describe('the one-time code', () => {
    it('works once', async () => {
      const { final } = await walkSignIn(gateway, 'corp', 'mallory');
      const code = final.searchParams.get('code');
      await exchange(t, code).expect(200);
      const replay = await exchange(t, code).expect(400);
      expect(replay.body.code).toBe('SSO_INVALID_CODE');
    });

    it('is refused after 60 seconds', async () => {
      const { final } = await walkSignIn(gateway, 'corp', 'mallory');
      const code = final.searchParams.get('code') as string;
      const codeHash = createHash('sha256').update(code).digest('hex');
      const codes = t.dataSource.getRepository(SsoCodeEntity);
      const row = await codes.findOneByOrFail({ code_hash: codeHash });
      expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(60_000);
      await codes.update({ code_hash: codeHash }, { expires_at: new Date(Date.now() - 1) });
      expect((await exchange(t, code).expect(400)).body.code).toBe('SSO_INVALID_CODE');
    });

    it('refuses made-up, malformed and null codes', async () => {
      expect((await exchange(t, 'B'.repeat(43)).expect(400)).body.code).toBe('SSO_INVALID_CODE');
      expect((await exchange(t, 'short').expect(400)).body.code).toBe('SSO_INVALID_CODE');
      await exchange(t, null).expect(422);
    });
  });

  it('keeps serving while a provider is down, answers 503 for it, and recovers without a restart', async () => {
    const start = () =>
      t.http
        .get('/api/v1/auth/sso/down/authorize')
        .query({ redirect_uri: 'https://app.example.org/sso/done' });
    const down = await start();
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('SSO_PROVIDER_UNAVAILABLE');
    await t.http.get('/api/v1/auth/sso/providers').expect(200);
    late = await startOidcProvider({
      port: downPort,
      redirectUris: [callbackUrl(gateway, 'down')],
      clientSecret: 'not-used-yet-0123456789',
    });
    const up = await start();
    expect(up.status).toBe(302);
    expect(up.headers.location.startsWith(late.issuer)).toBe(true);
  });
});
