import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** How the next ID token is made: claims to change, and which key signs it. */
export interface IdTokenRecipe {
  claims?: (claims: JWTPayload) => JWTPayload;
  /** `known`: the published key; `unknown`: a key not in the JWKS; `none`: `alg: none`, unsigned. */
  signer?: 'known' | 'unknown' | 'none';
}

export interface FakeOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Used for the next token response, then reset. */
  next: IdTokenRecipe;
  close(): Promise<void>;
}

/**
 * A deliberately small, hand-made OpenID provider for ID-token attacks a real
 * provider will not produce (wrong audience, expired, foreign key, `alg:
 * none`, wrong nonce): discovery, JWKS, an authorization endpoint that
 * answers at once (no login), and a token endpoint that checks the client
 * secret and PKCE, then returns an ID token made as `next` says.
 */
export async function startFakeOidcProvider(): Promise<FakeOidcProvider> {
  const known = await generateKeyPair('RS256');
  const unknown = await generateKeyPair('RS256');
  const publicJwk = {
    ...(await exportJWK(known.publicKey)),
    kid: 'known',
    alg: 'RS256',
    use: 'sig',
  };
  const pending = new Map<string, { nonce: string; challenge: string }>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeOidcProvider = {
    issuer,
    clientId: 'reviewpoint',
    clientSecret: 'fake-provider-secret-0123456789',
    next: {},
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function idToken(nonce: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const base: JWTPayload = {
      iss: issuer,
      sub: 'fake-subject',
      aud: fake.clientId,
      iat: now,
      exp: now + 300,
      nonce,
      email: 'fake.user@fake.example',
      email_verified: true,
    };
    const recipe = fake.next;
    fake.next = {};
    const claims = recipe.claims ? recipe.claims(base) : base;
    if (recipe.signer === 'none') {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    }
    const key: CryptoKey = recipe.signer === 'unknown' ? unknown.privateKey : known.privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'known' }).sign(key);
  }

  server.on('request', (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', issuer);
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (url.pathname === '/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic'],
          authorization_response_iss_parameter_supported: true,
        });
      }
      if (url.pathname === '/jwks') return json(200, { keys: [publicJwk] });
      if (url.pathname === '/authorize') {
        const code = randomBytes(16).toString('hex');
        pending.set(code, {
          nonce: url.searchParams.get('nonce') ?? '',
          challenge: url.searchParams.get('code_challenge') ?? '',
        });
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        back.searchParams.set('iss', issuer);
        response.writeHead(302, { location: back.href });
        return response.end();
      }
      if (url.pathname === '/token' && request.method === 'POST') {
        const form = new URLSearchParams(await readBody(request));
        // RFC 6749 §2.3.1: id and secret are form-encoded before base64.
        const [id, secret] = Buffer.from(
          (request.headers.authorization ?? '').replace(/^Basic /, ''),
          'base64',
        )
          .toString()
          .split(':')
          .map((part) => decodeURIComponent(part));
        const grant = pending.get(form.get('code') ?? '');
        pending.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (id !== fake.clientId || secret !== fake.clientSecret)
          return json(401, { error: 'invalid_client' });
        if (!grant || grant.challenge !== challenge) return json(400, { error: 'invalid_grant' });
        return json(200, {
          access_token: randomBytes(16).toString('hex'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: await idToken(grant.nonce),
        });
      }
      json(404, { error: 'not_found' });
    })();
  });
  return fake;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}
