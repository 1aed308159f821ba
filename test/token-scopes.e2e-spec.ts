import { TOKEN_SCOPE_NAMES, type TokenScope } from '../src/common/auth/token-scopes';
import { UsersService } from '../src/users/users.service';
import { createPersonalToken, register, signInAdmin, type SignedIn } from './support/factories';
import { declaredRoutes, type DeclaredRoute } from './support/routes';
import { useTestApp } from './support/test-app';

/** The code of a refusal, from a problem document or a SCIM error (whose `detail` names the scope). */
function refusalOf(res: { status: number; body: Record<string, unknown> }): string | undefined {
  if (res.status !== 403) return undefined;
  if (typeof res.body.code === 'string') return res.body.code;
  return /scope/.test(String(res.body.detail)) ? 'INSUFFICIENT_SCOPE' : 'FORBIDDEN';
}

describe('personal access token scopes', () => {
  const t = useTestApp();
  let admin: SignedIn;
  /** One token per scope, each holding only that scope, all owned by an admin. */
  const tokenFor = new Map<TokenScope, string>();

  beforeAll(async () => {
    admin = await signInAdmin(t);
    for (const scope of TOKEN_SCOPE_NAMES) {
      const pat = await createPersonalToken(t, admin, { name: scope, scopes: [scope] });
      tokenFor.set(scope, pat.token);
    }
  });

  const send = (route: DeclaredRoute, token: string) =>
    t.http[route.method](route.path).set('X-API-Key', token).set('Accept', 'application/json');

  it('reads the routes from the app itself', () => {
    const handlers = declaredRoutes(t.app).map((route) => `${route.method} ${route.path}`);
    // A sample of what must be there; the table below covers whatever else is.
    expect(handlers).toEqual(
      expect.arrayContaining([
        'get /api/v1/auth/me',
        'post /api/v1/files',
        'get /api/v1/users',
        'get /api/v1/audit-events',
        'get /api/v1/tokens',
        'get /scim/v2/Users',
      ]),
    );
  });

  it('every authenticated route declares a known scope, or none (then scoped tokens are refused)', () => {
    for (const route of declaredRoutes(t.app).filter((r) => !r.isPublic)) {
      const scope = route.requirements?.scope;
      if (scope !== undefined) expect(TOKEN_SCOPE_NAMES).toContain(scope);
    }
  });

  it('each route admits exactly the token holding its scope (table: every route × every scope)', async () => {
    const table: string[] = [];
    for (const route of declaredRoutes(t.app).filter((r) => !r.isPublic)) {
      for (const scope of TOKEN_SCOPE_NAMES) {
        const res = await send(route, tokenFor.get(scope) as string);
        const refusal = refusalOf(res);
        const admitted = refusal === undefined && res.status !== 401;
        const expected = route.requirements?.scope === scope && !route.requirements.session;
        table.push(`${route.handler} ${scope}: ${admitted ? 'admitted' : refusal}`);
        if (expected) {
          expect({ route: route.handler, scope, admitted }).toEqual({
            route: route.handler,
            scope,
            admitted: true,
          });
        } else {
          expect({ route: route.handler, scope, refusal }).toEqual({
            route: route.handler,
            scope,
            refusal: route.requirements?.session ? 'SESSION_REQUIRED' : 'INSUFFICIENT_SCOPE',
          });
        }
      }
    }
    expect(table.length).toBeGreaterThan(7 * 15);
  });

  it('a token without scopes keeps its owner’s full access, but not SCIM', async () => {
    const pat = await createPersonalToken(t, admin);
    expect(pat.scopes).toBeNull();
    for (const route of declaredRoutes(t.app).filter((r) => !r.isPublic)) {
      const res = await send(route, pat.token);
      const expected = route.requirements?.session
        ? 'SESSION_REQUIRED'
        : route.requirements?.scope === 'scim'
          ? 'INSUFFICIENT_SCOPE'
          : undefined;
      expect({ route: route.handler, refusal: refusalOf(res) }).toEqual({
        route: route.handler,
        refusal: expected,
      });
    }
  });

  it('shows the scopes on create and in the list', async () => {
    const owner = await register(t);
    const res = await t.http
      .post('/api/v1/tokens')
      .set('Authorization', owner.auth)
      .send({ name: 'reader', scopes: ['files:read', 'profile:read'] })
      .expect(201);
    expect(res.body.scopes).toEqual(['files:read', 'profile:read']);
    const list = await t.http.get('/api/v1/tokens').set('Authorization', owner.auth).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: res.body.id, scopes: ['files:read', 'profile:read'] }),
    ]);
  });

  it('a scoped token may read the profile only with profile:read; sessions are not scoped', async () => {
    const owner = await register(t);
    const reader = await createPersonalToken(t, owner, { scopes: ['profile:read'] });
    const uploader = await createPersonalToken(t, owner, { scopes: ['files:write'] });
    await t.http.get('/api/v1/auth/me').set('X-API-Key', reader.token).expect(200);
    const refused = await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${uploader.token}`)
      .expect(403);
    expect(refused.body.code).toBe('INSUFFICIENT_SCOPE');
    await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);
  });

  it('an admin scope stops working as soon as its owner is demoted, and works again on promotion', async () => {
    const other = await signInAdmin(t);
    const pat = await createPersonalToken(t, other, { scopes: ['users:read'] });
    await t.http.get('/api/v1/users').set('X-API-Key', pat.token).expect(200);
    const users = t.app.get(UsersService);
    await users.update(other.user.id, { is_admin: false });
    const res = await t.http.get('/api/v1/users').set('X-API-Key', pat.token).expect(403);
    expect(res.body.code).toBe('ADMIN_REQUIRED');
    await users.update(other.user.id, { is_admin: true });
    await t.http.get('/api/v1/users').set('X-API-Key', pat.token).expect(200);
  });

  it('documents each route’s scope in the OpenAPI document', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const me = doc.paths['/api/v1/auth/me'].get;
    expect(me['x-required-scope']).toBe('profile:read');
    expect(me.description).toContain('`profile:read` scope');
    const upload = doc.paths['/api/v1/files'].post;
    expect(upload['x-required-scope']).toBe('files:write');
    const forbidden = JSON.stringify(upload.responses);
    expect(forbidden).toContain('INSUFFICIENT_SCOPE');
  });
});
