import { createPersonalToken, register } from './support/factories';
import { oktaUser, SCIM_ERROR, SCIM_PATCH, scimClient, type ScimClient } from './support/scim';
import { useTestApp } from './support/test-app';

/** Every SCIM failure is SCIM's error schema with a string status, never problem+json, never 500. */
function expectScimError(
  res: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
  scimType?: string,
) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
  expect(res.body).toMatchObject({ schemas: [SCIM_ERROR], status: String(status) });
  expect(typeof res.body.detail).toBe('string');
  if (scimType) expect(res.body.scimType).toBe(scimType);
}

describe('SCIM errors', () => {
  const t = useTestApp({ JSON_BODY_LIMIT_BYTES: '65536' });
  let scim: ScimClient;
  let userId: string;

  beforeAll(async () => {
    scim = await scimClient(t);
    userId = (await scim.post('/Users', oktaUser()).expect(201)).body.id;
  });

  it.each([
    ['an unsupported operator', 'userName co "a"'],
    ['gt on a string', 'userName gt "a"'],
    ['pr', 'externalId pr'],
    ['not', 'not (userName eq "a")'],
    ['a value path', 'emails[type eq "work"].value eq "a@b.c"'],
    ['an unknown attribute', 'nickName eq "a"'],
    ['an attribute we do not filter on', 'displayName eq "a"'],
    ['an unterminated string', 'userName eq "abc'],
    ['a missing value', 'userName eq'],
    ['a dangling and', 'userName eq "a" and'],
    ['an unbalanced parenthesis', '(userName eq "a"'],
    ['a stray parenthesis', 'userName eq "a")'],
    ['a string for active', 'active eq "true"'],
    ['a boolean for userName', 'userName eq true'],
    ['garbage', '!!!'],
    ['an empty filter', '   '],
    ['an unknown operator', 'userName like "a"'],
  ])('refuses a filter with %s: 400 invalidFilter', async (_label, filter) => {
    const res = await scim.get(`/Users?filter=${encodeURIComponent(filter)}`);
    expectScimError(res, 400, 'invalidFilter');
  });

  it.each([
    ['an unknown attribute', oktaUser({ favouriteColour: 'blue' }), 'invalidSyntax'],
    ['no schemas', { ...oktaUser(), schemas: undefined }, 'invalidSyntax'],
    ['no userName', { ...oktaUser(), userName: undefined }, 'invalidValue'],
    ['an empty userName', oktaUser({ userName: '' }), 'invalidValue'],
    [
      'a userName over 255 characters',
      oktaUser({ userName: `${'a'.repeat(250)}@x.example` }),
      'invalidValue',
    ],
    [
      'a control character in userName',
      oktaUser({ userName: 'ada\u0000@example.org' }),
      'invalidValue',
    ],
    ['a userName ending in a space', oktaUser({ userName: 'ada@example.org ' }), 'invalidValue'],
    ['no emails', oktaUser({ emails: [] }), 'invalidValue'],
    ['a bad email', oktaUser({ emails: [{ value: 'not-an-email' }] }), 'invalidValue'],
    ['a non-boolean active', oktaUser({ active: 'maybe' }), 'invalidValue'],
    ['a numeric externalId', oktaUser({ externalId: 42 }), 'invalidValue'],
    ['an array body', [oktaUser()], 'invalidSyntax'],
  ])('refuses a create with %s: 400 %s', async (_label, body, scimType) => {
    expectScimError(await scim.post('/Users', body), 400, scimType);
  });

  it.each([
    [
      'a wrong schema',
      { schemas: ['urn:x'], Operations: [{ op: 'add', path: 'active', value: true }] },
      'invalidSyntax',
    ],
    ['no operations', { schemas: [SCIM_PATCH], Operations: [] }, 'invalidSyntax'],
    [
      'an unknown op',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'move', path: 'active' }] },
      'invalidSyntax',
    ],
    [
      'an unknown path',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'replace', path: 'shoeSize', value: 1 }] },
      'invalidPath',
    ],
    [
      'a read-only path',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'replace', path: 'id', value: 'x' }] },
      'mutability',
    ],
    ['remove without path', { schemas: [SCIM_PATCH], Operations: [{ op: 'remove' }] }, 'noTarget'],
    [
      'removing the email',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'remove', path: 'emails' }] },
      'invalidValue',
    ],
    [
      'an email filter that selects nothing',
      {
        schemas: [SCIM_PATCH],
        Operations: [{ op: 'replace', path: 'emails[type eq "home"].value', value: 'a@b.org' }],
      },
      'noTarget',
    ],
    [
      '"Maybe" for active',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'Maybe' }] },
      'invalidValue',
    ],
    [
      'a value that is not an object without path',
      { schemas: [SCIM_PATCH], Operations: [{ op: 'replace', value: 'x' }] },
      'invalidValue',
    ],
  ])('refuses a PATCH with %s: 400 %s, and changes nothing', async (_label, body, scimType) => {
    const before = (await scim.get(`/Users/${userId}`).expect(200)).body;
    expectScimError(await scim.patch(`/Users/${userId}`, body), 400, scimType);
    expect((await scim.get(`/Users/${userId}`).expect(200)).body).toEqual(before);
  });

  it('answers malformed JSON with 400 invalidSyntax', async () => {
    const res = await t.http
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${scim.token}`)
      .set('Content-Type', 'application/scim+json')
      .send('{"schemas": [');
    expectScimError(res, 400, 'invalidSyntax');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await t.http
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${scim.token}`)
      .set('Content-Type', 'application/scim+json')
      .send(JSON.stringify(oktaUser({ displayName: 'x'.repeat(70_000) })));
    expectScimError(res, 413);
  });

  it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])(
    'answers a %s body with 415',
    async (type) => {
      const res = await t.http
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${scim.token}`)
        .set('Content-Type', type)
        .send('userName=x');
      expectScimError(res, 415);
    },
  );

  it('accepts application/json as well', async () => {
    await t.http
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${scim.token}`)
      .send(oktaUser())
      .expect(201);
  });

  it('answers 401 without a token and with a bad one, 403 without the scim scope', async () => {
    expectScimError(await t.http.get('/scim/v2/Users'), 401);
    expectScimError(
      await t.http.get('/scim/v2/Users').set('Authorization', 'Bearer rvp_nonsense'),
      401,
    );
    const user = await register(t);
    expectScimError(await t.http.get('/scim/v2/Users').set('Authorization', user.auth), 403);
    const fullAccess = await createPersonalToken(t, scim.admin);
    expectScimError(await t.http.get('/scim/v2/Users').set('X-API-Key', fullAccess.token), 403);
    const session = scim.admin.auth;
    expectScimError(await t.http.get('/scim/v2/Users').set('Authorization', session), 403);
  });

  it('answers unknown ids, unknown routes and unknown list parameters as SCIM errors', async () => {
    expectScimError(await scim.get('/Users/00000000-0000-4000-8000-000000000000'), 404);
    expectScimError(await scim.get('/Users/not-a-uuid'), 404);
    expectScimError(await scim.get('/Groups'), 404);
    expectScimError(await scim.get('/Users?startIndex=abc'), 400, 'invalidValue');
    expectScimError(await scim.get('/Users?limit=5'), 400, 'invalidValue');
    expectScimError(await scim.get('/Users?filter=a&filter=b'), 400, 'invalidValue');
  });

  it('survives hostile bodies without a 500', async () => {
    const hostile: unknown[] = [
      null,
      42,
      'string',
      { schemas: 'x' },
      { ...oktaUser(), emails: [null] },
      { ...oktaUser(), emails: 'a@b.c' },
      { ...oktaUser(), userName: { $gt: '' } },
      { schemas: [SCIM_PATCH], Operations: [null] },
      { schemas: [SCIM_PATCH], Operations: [{ op: 'add', path: 42, value: 1 }] },
      { schemas: [SCIM_PATCH], Operations: 'x' },
    ];
    for (const body of hostile) {
      for (const res of [
        await scim.post('/Users', body),
        await scim.put(`/Users/${userId}`, body),
        await scim.patch(`/Users/${userId}`, body),
      ]) {
        expect({ body, status: res.status }).toEqual({ body, status: expect.any(Number) });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body.schemas).toEqual([SCIM_ERROR]);
      }
    }
  });
});
