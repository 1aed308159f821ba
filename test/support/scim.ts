import type { TestApp } from './test-app';
import { createPersonalToken, signInAdmin, type SignedIn } from './factories';

export const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ScimClient {
  admin: SignedIn;
  token: string;
  get(path: string): ReturnType<TestApp['http']['get']>;
  post(path: string, body: unknown): ReturnType<TestApp['http']['post']>;
  put(path: string, body: unknown): ReturnType<TestApp['http']['put']>;
  patch(path: string, body: unknown): ReturnType<TestApp['http']['patch']>;
  delete(path: string): ReturnType<TestApp['http']['delete']>;
}

/** An admin's `scim` token, and requests to /scim/v2 with it, as an identity provider sends them. */
export async function scimClient(t: TestApp): Promise<ScimClient> {
  const admin = await signInAdmin(t);
  const { token } = await createPersonalToken(t, admin, { name: 'idp', scopes: ['scim'] });
  const auth = `Bearer ${token}`;
  const url = (path: string) => `/scim/v2${path}`;
  const send = (request: ReturnType<TestApp['http']['post']>, body: unknown) =>
    request
      .set('Authorization', auth)
      .set('Content-Type', 'application/scim+json')
      .send(JSON.stringify(body));
  return {
    admin,
    token,
    get: (path) => t.http.get(url(path)).set('Authorization', auth),
    post: (path, body) => send(t.http.post(url(path)), body),
    put: (path, body) => send(t.http.put(url(path)), body),
    patch: (path, body) => send(t.http.patch(url(path)), body),
    delete: (path) => t.http.delete(url(path)).set('Authorization', auth),
  };
}

let sequence = 0;

/** A user as Okta's provisioning documentation creates one (with the attributes we ignore). */
export function oktaUser(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const name = `okta.${process.pid.toString(36)}${sequence}`;
  return {
    schemas: [SCIM_USER],
    userName: name,
    name: { givenName: 'Test', familyName: 'User' },
    emails: [{ primary: true, value: `${name}@example.com`, type: 'work' }],
    displayName: 'Test User',
    locale: 'en-US',
    externalId: `00u${sequence}abcdefg`,
    groups: [],
    password: '1mz050nq',
    active: true,
    ...overrides,
  };
}

/** A user as Microsoft Entra ID's provisioning service creates one. */
export function entraUser(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const name = `entra.${process.pid.toString(36)}${sequence}`;
  return {
    schemas: [SCIM_USER, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId: `${name}-object-id`,
    userName: name,
    active: true,
    emails: [{ primary: true, type: 'work', value: `${name}@contoso.com` }],
    meta: { resourceType: 'User' },
    name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
    roles: [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Research' },
    ...overrides,
  };
}
