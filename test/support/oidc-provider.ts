import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** Claims of a test account at the provider; the account id is its `sub`. */
export interface OidcTestAccount {
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  groups?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** Accounts may be added or changed while the provider runs. */
  accounts: Map<string, OidcTestAccount>;
  close(): Promise<void>;
}

/**
 * A real, certified OpenID provider (`oidc-provider`) on a loopback port,
 * with one confidential client and in-memory accounts. Signing in goes
 * through its development interactions (a login form taking any password,
 * then a consent form): see `OidcBrowser`. It issues real RS256-signed ID
 * tokens from its own key set.
 *
 * `idTokenClaims: false` keeps email, groups and the like out of the ID token
 * (oidc-provider's default, as some providers do), so the app must read them
 * from UserInfo.
 */
export async function startOidcProvider(options: {
  redirectUris: string[];
  accounts?: Record<string, OidcTestAccount>;
  idTokenClaims?: boolean;
  port?: number;
  clientId?: string;
  clientSecret?: string;
}): Promise<OidcTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? 'reviewpoint';
  const clientSecret = options.clientSecret ?? `secret-${port}-0123456789abcdef`;
  const accounts = new Map(Object.entries(options.accounts ?? {}));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    alg: 'RS256',
    use: 'sig',
    kid: `k${port}`,
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [`cookie-key-${port}`] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['preferred_username'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    conformIdTokenClaims: options.idTokenClaims === false,
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) };
    },
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return {
    issuer,
    port,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The settings that configure the app for this provider under `name`. */
export function providerEnv(
  name: string,
  provider: Pick<OidcTestProvider, 'issuer' | 'clientId' | 'clientSecret'>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const prefix = `OIDC_${name.toUpperCase()}_`;
  return {
    [`${prefix}ISSUER`]: provider.issuer,
    [`${prefix}CLIENT_ID`]: provider.clientId,
    [`${prefix}CLIENT_SECRET`]: provider.clientSecret,
    ...Object.fromEntries(Object.entries(extra).map(([key, value]) => [prefix + key, value])),
  };
}
