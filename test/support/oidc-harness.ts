import type { TestApp } from './test-app';
import { OidcBrowser, PublicAddress, type Seen } from './oidc-browser';

/** The client app's page that receives sign-in results (allow-listed; never fetched). */
export const CLIENT_REDIRECT = 'https://app.example.org/sso/done';

/** Settings shared by the single sign-on suites: the public address and the allow-list. */
export function ssoBaseEnv(gateway: PublicAddress, providers: string[]): Record<string, string> {
  return {
    OIDC_PROVIDERS: providers.join(','),
    SSO_PUBLIC_URL: gateway.url,
    SSO_REDIRECT_ALLOWLIST: `${CLIENT_REDIRECT},https://app.example.org/other`,
    SSO_DISCOVERY_RETRY_SECONDS: '0',
  };
}

export function callbackUrl(gateway: PublicAddress, provider: string): string {
  return `${gateway.url}/api/v1/auth/sso/${provider}/callback`;
}

export function authorizeUrl(gateway: PublicAddress, provider: string, redirect = CLIENT_REDIRECT) {
  return `${gateway.url}/api/v1/auth/sso/${provider}/authorize?redirect_uri=${encodeURIComponent(redirect)}`;
}

export interface FlowResult {
  /** Every hop, in order. */
  hops: Seen[];
  /** Where the app sent the browser at the end (the client's URL with `code` or `error`). */
  final: URL;
}

/** The whole browser flow through a provider, up to the client's redirect_uri. */
export async function walkSignIn(
  gateway: PublicAddress,
  provider: string,
  login: string,
  browser = new OidcBrowser(),
): Promise<FlowResult> {
  const hops = await browser.walk(authorizeUrl(gateway, provider), login, (url) =>
    url.startsWith('https://app.example.org/'),
  );
  const last = hops.at(-1)?.location;
  if (!last?.startsWith('https://app.example.org/')) {
    throw new Error(
      `the flow did not reach the client: ${hops.map((h) => `${h.status} ${h.url}`).join(' → ')}\n${hops.at(-1)?.body}`,
    );
  }
  return { hops, final: new URL(last) };
}

/** `POST /auth/sso/exchange` with the code of a finished flow; the supertest response. */
export function exchange(t: TestApp, code: string | null) {
  return t.http.post('/api/v1/auth/sso/exchange').send({ code });
}

/** Walks the flow and exchanges its code: the token body. */
export async function ssoSignIn(
  t: TestApp,
  gateway: PublicAddress,
  provider: string,
  login: string,
): Promise<{
  access_token: string;
  refresh_token: string;
  user: { id: string; username: string; email: string; is_admin: boolean };
}> {
  const { final } = await walkSignIn(gateway, provider, login);
  const code = final.searchParams.get('code');
  if (!code) throw new Error(`sign-in failed: ${final.href}`);
  const res = await exchange(t, code);
  if (res.status !== 200)
    throw new Error(`exchange failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
