import { FileEntity } from '../src/files/file.entity';
import { UserEntity } from '../src/users/user.entity';
import { register } from './support/factories';
import {
  entraUser,
  oktaUser,
  SCIM_LIST,
  SCIM_PATCH,
  SCIM_USER,
  scimClient,
  type ScimClient,
} from './support/scim';
import { useTestApp } from './support/test-app';
import { eventually, storedObjects, upload } from './support/uploads';

const filterBy = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;
const patchOf = (...Operations: object[]) => ({ schemas: [SCIM_PATCH], Operations });

describe('SCIM 2.0 provisioning (/scim/v2)', () => {
  const t = useTestApp();
  let scim: ScimClient;

  beforeAll(async () => {
    scim = await scimClient(t);
  });

  describe('Okta’s request sequence', () => {
    it('create, find by userName, deactivate, change email, replace, delete', async () => {
      const input = oktaUser();
      const created = await scim.post('/Users', input).expect(201);
      expect(created.headers['content-type']).toMatch(/^application\/scim\+json/);
      const id = created.body.id as string;
      expect(created.body).toEqual({
        schemas: [SCIM_USER],
        id,
        externalId: input.externalId,
        userName: input.userName,
        emails: [{ value: input.emails[0].value, type: 'work', primary: true }],
        active: true,
        meta: {
          resourceType: 'User',
          created: expect.any(String),
          lastModified: expect.any(String),
          location: `${t.baseUrl}/scim/v2/Users/${id}`,
          version: expect.stringMatching(/^W\/".+"$/),
        },
      });
      expect(created.headers.location).toBe(created.body.meta.location);
      expect(created.headers.etag).toBe(created.body.meta.version);

      const found = await scim.get(filterBy(`userName eq "${input.userName}"`)).expect(200);
      expect(found.body).toMatchObject({
        schemas: [SCIM_LIST],
        totalResults: 1,
        startIndex: 1,
        itemsPerPage: 1,
        Resources: [{ id, userName: input.userName }],
      });

      const deactivated = await scim
        .patch(`/Users/${id}`, patchOf({ op: 'replace', value: { active: false } }))
        .expect(200);
      expect(deactivated.body.active).toBe(false);
      expect(deactivated.body.meta.version).not.toBe(created.body.meta.version);

      const newEmail = `moved.${input.userName}@example.com`;
      const moved = await scim
        .patch(
          `/Users/${id}`,
          patchOf({ op: 'replace', path: 'emails', value: [{ value: newEmail, primary: true }] }),
        )
        .expect(200);
      expect(moved.body.emails).toEqual([{ value: newEmail, type: 'work', primary: true }]);

      const replaced = await scim
        .put(`/Users/${id}`, { ...input, userName: `${input.userName}.r`, active: true })
        .expect(200);
      expect(replaced.body).toMatchObject({ userName: `${input.userName}.r`, active: true });
      expect(replaced.body.emails[0].value).toBe(input.emails[0].value);

      await scim.delete(`/Users/${id}`).expect(204);
      await scim.get(`/Users/${id}`).expect(404);
      expect(await t.dataSource.getRepository(UserEntity).countBy({ id })).toBe(0);
    });
  });

  describe('Microsoft Entra ID’s request sequence', () => {
    it('create, find by userName, Replace with "False", emails[type eq "work"].value, externalId', async () => {
      const input = entraUser();
      const created = await scim.post('/Users', input).expect(201);
      const id = created.body.id as string;
      expect(created.body.externalId).toBe(input.externalId);

      // Entra first looks the user up, and must find nothing before creating.
      const none = await scim.get(filterBy(`userName eq "nobody.${input.userName}"`)).expect(200);
      expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
      const byExternal = await scim.get(filterBy(`externalId eq "${input.externalId}"`));
      expect(byExternal.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);

      const patched = await scim
        .patch(
          `/Users/${id}`,
          patchOf(
            { op: 'Replace', path: 'active', value: 'False' },
            {
              op: 'Add',
              path: 'emails[type eq "work"].value',
              value: `w.${input.emails[0].value}`,
            },
            { op: 'Replace', path: 'name.givenName', value: 'Ignored' },
            { op: 'Add', path: 'externalId', value: 'new-object-id' },
            {
              op: 'Add',
              path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
              value: 'Ignored too',
            },
          ),
        )
        .expect(200);
      expect(patched.body).toMatchObject({
        active: false,
        externalId: 'new-object-id',
        emails: [{ value: `w.${input.emails[0].value}`, type: 'work', primary: true }],
      });

      const reactivated = await scim
        .patch(`/Users/${id}`, patchOf({ op: 'Replace', value: { active: 'True' } }))
        .expect(200);
      expect(reactivated.body.active).toBe(true);

      await scim.patch(`/Users/${id}`, patchOf({ op: 'Remove', path: 'externalId' })).expect(200);
      const read = await scim.get(`/Users/${id}`).expect(200);
      expect(read.body).not.toHaveProperty('externalId');
      await scim.delete(`/Users/${id}`).expect(204);
    });
  });

  describe('RFC 7644 behaviour', () => {
    it('filters with eq on userName, emails.value, externalId and active, joined by and/or', async () => {
      const a = (await scim.post('/Users', oktaUser({ active: true })).expect(201)).body;
      const b = (await scim.post('/Users', oktaUser({ active: false })).expect(201)).body;
      const ids = async (filter: string) => {
        const res = await scim.get(filterBy(filter)).expect(200);
        return (res.body.Resources as Array<{ id: string }>).map((r) => r.id).sort();
      };
      expect(await ids(`emails.value eq "${b.emails[0].value.toUpperCase()}"`)).toEqual([b.id]);
      expect(await ids(`USERNAME EQ "${a.userName.toUpperCase()}"`)).toEqual([a.id]);
      expect(await ids(`userName eq "${a.userName}" or userName eq "${b.userName}"`)).toEqual(
        [a.id, b.id].sort(),
      );
      expect(
        await ids(
          `(userName eq "${a.userName}" or userName eq "${b.userName}") and active eq false`,
        ),
      ).toEqual([b.id]);
      expect(await ids(`externalId eq "${a.externalId}" and active eq true`)).toEqual([a.id]);
      expect(await ids(`emails eq "${a.emails[0].value}"`)).toEqual([a.id]);
    });

    it('pages with 1-based startIndex and count; count=0 answers only totalResults', async () => {
      for (let i = 0; i < 3; i += 1) await scim.post('/Users', oktaUser()).expect(201);
      const all = await scim.get('/Users?count=100').expect(200);
      const total = all.body.totalResults as number;
      expect(total).toBeGreaterThanOrEqual(4);
      const second = await scim.get('/Users?startIndex=2&count=2').expect(200);
      expect(second.body).toMatchObject({ totalResults: total, startIndex: 2, itemsPerPage: 2 });
      expect(second.body.Resources.map((r: { id: string }) => r.id)).toEqual(
        all.body.Resources.slice(1, 3).map((r: { id: string }) => r.id),
      );
      const counted = await scim.get('/Users?count=0').expect(200);
      expect(counted.body).toEqual({ schemas: [SCIM_LIST], totalResults: total });
      const past = await scim.get(`/Users?startIndex=${total + 5}`).expect(200);
      expect(past.body).toMatchObject({ totalResults: total, itemsPerPage: 0, Resources: [] });
      const clamped = await scim.get('/Users?startIndex=0&count=-3').expect(200);
      expect(clamped.body).toEqual({ schemas: [SCIM_LIST], totalResults: total });
    });

    it('honours If-Match (412 on a stale version) on PUT, PATCH and DELETE', async () => {
      const user = (await scim.post('/Users', oktaUser()).expect(201)).body;
      const stale = user.meta.version as string;
      const changed = await scim
        .patch(`/Users/${user.id}`, patchOf({ op: 'replace', path: 'active', value: false }))
        .set('If-Match', stale)
        .expect(200);
      const current = changed.body.meta.version as string;
      const refused = await scim
        .patch(`/Users/${user.id}`, patchOf({ op: 'replace', path: 'active', value: true }))
        .set('If-Match', stale)
        .expect(412);
      expect(refused.body.status).toBe('412');
      await scim.put(`/Users/${user.id}`, oktaUser()).set('If-Match', stale).expect(412);
      await scim.delete(`/Users/${user.id}`).set('If-Match', stale).expect(412);
      await scim.delete(`/Users/${user.id}`).set('If-Match', current).expect(204);
    });

    it('refuses a taken userName or email with 409 uniqueness', async () => {
      const first = (await scim.post('/Users', oktaUser()).expect(201)).body;
      const sameName = await scim
        .post('/Users', oktaUser({ userName: first.userName.toUpperCase() }))
        .expect(409);
      expect(sameName.body).toMatchObject({ status: '409', scimType: 'uniqueness' });
      const sameEmail = await scim.post('/Users', oktaUser({ emails: first.emails })).expect(409);
      expect(sameEmail.body.scimType).toBe('uniqueness');
    });

    it('serves ServiceProviderConfig, ResourceTypes and Schemas', async () => {
      const config = await scim.get('/ServiceProviderConfig').expect(200);
      expect(config.body).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 100 },
        etag: { supported: true },
        sort: { supported: false },
      });
      const types = await scim.get('/ResourceTypes').expect(200);
      expect(types.body.Resources).toEqual([
        expect.objectContaining({ id: 'User', endpoint: '/Users', schema: SCIM_USER }),
      ]);
      await scim.get('/ResourceTypes/User').expect(200);
      const schemas = await scim.get('/Schemas').expect(200);
      const names = schemas.body.Resources[0].attributes.map((a: { name: string }) => a.name);
      expect(names).toEqual(['userName', 'emails', 'active', 'externalId']);
      await scim.get(`/Schemas/${SCIM_USER}`).expect(200);
      await scim.get('/Schemas/urn:nothing').expect(404);
    });
  });

  describe('what provisioning does to accounts', () => {
    it('active false ends the user’s sessions at once', async () => {
      const user = await register(t);
      const found = await scim.get(filterBy(`userName eq "${user.user.username}"`)).expect(200);
      const id = found.body.Resources[0].id as string;
      await scim
        .patch(`/Users/${id}`, patchOf({ op: 'replace', value: { active: false } }))
        .expect(200);
      await t.http
        .post('/api/v1/auth/refresh-token')
        .send({ refresh_token: user.refresh_token })
        .expect(401);
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', user.auth);
      expect([401, 403]).toContain(me.status);
    });

    it('DELETE removes the user’s files, rows and bytes', async () => {
      const user = await register(t);
      const before = await storedObjects(t);
      await upload(
        t,
        user.auth,
        Buffer.from('provisioned notes\n'),
        'notes.txt',
        'text/plain',
      ).expect(201);
      expect((await storedObjects(t)).length).toBe(before.length + 1);
      await scim.delete(`/Users/${user.user.id}`).expect(204);
      expect(await t.dataSource.getRepository(FileEntity).countBy({ owner_id: user.user.id })).toBe(
        0,
      );
      const after = await eventually(
        () => storedObjects(t),
        (keys) => keys.length === before.length,
      );
      expect(after).toEqual(before);
    });

    it('a provisioned user has no password: password sign-in fails like a wrong one', async () => {
      const input = oktaUser();
      await scim.post('/Users', input).expect(201);
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ username: input.userName, password: input.password })
        .expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('records every change with actor type scim', async () => {
      const created = (await scim.post('/Users', oktaUser()).expect(201)).body;
      await scim
        .patch(`/Users/${created.id}`, patchOf({ op: 'replace', path: 'active', value: false }))
        .expect(200);
      await scim.delete(`/Users/${created.id}`).expect(204);
      const events: Array<{ action: string; actor_type: string; actor_id: string }> =
        await t.dataSource.query(
          'SELECT action, actor_type, actor_id FROM audit_events WHERE target_id = ? ORDER BY seq',
          [created.id],
        );
      expect(events).toEqual(
        ['user.created', 'user.deactivated', 'user.deleted'].map((action) => ({
          action,
          actor_type: 'scim',
          actor_id: scim.admin.user.id,
        })),
      );
    });
  });
});
