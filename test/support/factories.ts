import { createHmac, randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';
import { TEST_JWT_SECRET } from './test-app';
import { UsersService } from '../../src/users/users.service';

export const GOOD_PASSWORD = 'correct horse battery staple';

let sequence = 0;

/** Registration input that no other test uses. */
export function newUserInput(
  overrides: Partial<{ username: string; email: string; password: string }> = {},
) {
  sequence += 1;
  const tag = `${process.pid.toString(36)}${sequence.toString(36)}${randomBytes(2).toString('hex')}`;
  return {
    username: `user_${tag}`,
    email: `user_${tag}@example.org`,
    password: GOOD_PASSWORD,
    ...overrides,
  };
}

export interface SignedIn {
  user: {
    id: string;
    username: string;
    email: string;
    is_admin: boolean;
    is_active: boolean;
    created_at: string;
    updated_at: string;
  };
  access_token: string;
  refresh_token: string;
  /** `Authorization` header value. */
  auth: string;
  password: string;
}

export async function register(
  t: TestApp,
  overrides: Parameters<typeof newUserInput>[0] = {},
): Promise<SignedIn> {
  const input = newUserInput(overrides);
  const res = await t.http.post('/api/v1/auth/register').send(input);
  if (res.status !== 201)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, auth: `Bearer ${res.body.access_token}`, password: input.password };
}

export async function login(
  t: TestApp,
  identifier: string,
  password = GOOD_PASSWORD,
): Promise<SignedIn> {
  const res = await t.http.post('/api/v1/auth/login').send({ username: identifier, password });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, auth: `Bearer ${res.body.access_token}`, password };
}

/** An administrator made through the real service (as the CLI does), then signed in over HTTP. */
export async function signInAdmin(t: TestApp): Promise<SignedIn> {
  const input = newUserInput();
  await t.app.get(UsersService).create({ ...input, is_admin: true });
  return login(t, input.username, input.password);
}

const b64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Hand-made JWTs for forgery tests: any header, any claims, HS256/HS512 or no signature. */
export function craftJwt(
  payload: Record<string, unknown>,
  options: {
    alg?: 'HS256' | 'HS512' | 'none';
    secret?: string;
    header?: Record<string, unknown>;
  } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = `${b64url({ alg, typ: 'JWT', ...options.header })}.${b64url(payload)}`;
  if (alg === 'none') return `${head}.`;
  const signature = createHmac(
    alg === 'HS256' ? 'sha256' : 'sha512',
    options.secret ?? TEST_JWT_SECRET,
  )
    .update(head)
    .digest('base64url');
  return `${head}.${signature}`;
}

/** The claims of a JWT, unverified (to build variations of a real one). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

export interface CreatedPersonalToken {
  id: string;
  name: string;
  token: string;
  scopes: string[] | null;
  created_at: string;
  expires_at: string | null;
}

/** A personal access token made over HTTP by a signed-in user (`POST /tokens`). */
export async function createPersonalToken(
  t: TestApp,
  owner: SignedIn,
  body: { name?: string; expires_in_days?: number; scopes?: string[] } = {},
): Promise<CreatedPersonalToken> {
  const res = await t.http
    .post('/api/v1/tokens')
    .set('Authorization', owner.auth)
    .send({ name: 'test token', ...body });
  if (res.status !== 201)
    throw new Error(
      `creating a personal access token failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  return res.body;
}

/** Deactivates (or reactivates) a user through the admin API. */
export async function setUserActive(
  t: TestApp,
  admin: SignedIn,
  userId: string,
  isActive: boolean,
): Promise<void> {
  const res = await t.http
    .patch(`/api/v1/users/${userId}`)
    .set('Authorization', admin.auth)
    .send({ is_active: isActive });
  if (res.status !== 200)
    throw new Error(`setting is_active failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Asserts a sign-in's session is over: its access token gets 401 TOKEN_REVOKED and its refresh token 401. */
export async function expectSessionEnded(
  t: TestApp,
  signedIn: Pick<SignedIn, 'auth' | 'refresh_token'>,
): Promise<void> {
  const me = await t.http.get('/api/v1/auth/me').set('Authorization', signedIn.auth).expect(401);
  expect(me.body.code).toBe('TOKEN_REVOKED');
  await t.http
    .post('/api/v1/auth/refresh-token')
    .send({ refresh_token: signedIn.refresh_token })
    .expect(401);
}
