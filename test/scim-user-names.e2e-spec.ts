import { UserEntity } from '../src/users/user.entity';
import { register } from './support/factories';
import { entraUser, oktaUser, SCIM_PATCH, scimClient, type ScimClient } from './support/scim';
import { useTestApp } from './support/test-app';

const filterBy = (filter: string) => `/Users?filter=${encodeURIComponent(filter)}`;
const patchOf = (...Operations: object[]) => ({ schemas: [SCIM_PATCH], Operations });

/**
 * SCIM userName as Okta and Microsoft Entra ID send it by default (an email,
 * a UPN, often longer than a username may be): kept exactly as sent, found
 * again by `userName eq` in any case, unique ignoring case; the local
 * username is derived from it.
 */
describe('SCIM userName as identity providers send it', () => {
  const t = useTestApp();
  let scim: ScimClient;

  beforeAll(async () => {
    scim = await scimClient(t);
  });

  const localUsername = async (id: string) =>
    (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id })).username;
  const idsOf = async (filter: string) => {
    const res = await scim.get(filterBy(filter)).expect(200);
    return (res.body.Resources as Array<{ id: string; userName: string }>).map((r) => r.id);
  };

  it('Okta: an email userName is created, found by filter, read back exactly, deactivated', async () => {
    const userName = 'test.user@okta.local';
    const input = oktaUser({
      userName,
      emails: [{ primary: true, value: userName, type: 'work' }],
    });
    const none = await scim.get(filterBy(`userName eq "${userName}"`)).expect(200);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await scim.post('/Users', input).expect(201);
    const id = created.body.id as string;
    expect(created.body.userName).toBe(userName);
    expect(await localUsername(id)).toBe('test.user');

    const found = await scim.get(filterBy(`userName eq "${userName}"`)).expect(200);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id, userName }] });
    expect((await scim.get(`/Users/${id}`).expect(200)).body.userName).toBe(userName);

    const deactivated = await scim
      .patch(`/Users/${id}`, patchOf({ op: 'replace', value: { active: false } }))
      .expect(200);
    expect(deactivated.body).toMatchObject({ userName, active: false });
    const replaced = await scim.put(`/Users/${id}`, { ...input, active: true }).expect(200);
    expect(replaced.body).toMatchObject({ id, userName, active: true });
    expect(await localUsername(id)).toBe('test.user');
    await scim.delete(`/Users/${id}`).expect(204);
    expect(await idsOf(`userName eq "${userName}"`)).toEqual([]);
  });

  it('Entra ID: a UPN longer than 32 characters round-trips; a rename follows it', async () => {
    const upn = 'Test_User_ab12cd34-ef56-7890@contoso.onmicrosoft.com';
    expect(upn.length).toBeGreaterThan(32);
    const input = entraUser({ userName: upn });
    const created = await scim.post('/Users', input).expect(201);
    const id = created.body.id as string;
    expect(created.body.userName).toBe(upn);
    expect(await localUsername(id)).toBe('Test_User_ab12cd34-ef56-7890');
    const found = await scim.get(filterBy(`userName eq "${upn}"`)).expect(200);
    expect(found.body.Resources).toEqual([expect.objectContaining({ id, userName: upn })]);

    const renamed = 'Renamed.User_ab12@contoso.onmicrosoft.com';
    const patched = await scim
      .patch(`/Users/${id}`, patchOf({ op: 'Replace', path: 'userName', value: renamed }))
      .expect(200);
    expect(patched.body.userName).toBe(renamed);
    expect(await localUsername(id)).toBe('Renamed.User_ab12');
    expect(await idsOf(`userName eq "${upn}"`)).toEqual([]);
    expect(await idsOf(`userName eq "${renamed}"`)).toEqual([id]);

    const long = `${'x'.repeat(200)}@${'y'.repeat(40)}.example`;
    const put = await scim.put(`/Users/${id}`, { ...input, userName: long }).expect(200);
    expect(put.body.userName).toBe(long);
    expect(await localUsername(id)).toBe('x'.repeat(32));
  });

  it('matches userName eq ignoring case, and refuses one differing only in case with 409', async () => {
    const userName = 'Mixed.Case@Example.ORG';
    const { id } = (await scim.post('/Users', oktaUser({ userName })).expect(201)).body;
    expect(await idsOf(`userName eq "mixed.case@example.org"`)).toEqual([id]);
    expect(await idsOf(`USERNAME eq "MIXED.CASE@EXAMPLE.ORG"`)).toEqual([id]);
    expect((await scim.get(`/Users/${id}`).expect(200)).body.userName).toBe(userName);

    const twin = await scim.post('/Users', oktaUser({ userName: userName.toLowerCase() }));
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ status: '409', scimType: 'uniqueness' });

    const other = (await scim.post('/Users', oktaUser()).expect(201)).body;
    const renamed = await scim.patch(
      `/Users/${other.id}`,
      patchOf({ op: 'replace', path: 'userName', value: userName.toUpperCase() }),
    );
    expect(renamed.status).toBe(409);
    expect(renamed.body.scimType).toBe('uniqueness');
    // A change of case is the same user's own name.
    const recased = await scim
      .patch(
        `/Users/${id}`,
        patchOf({ op: 'replace', path: 'userName', value: 'MIXED.case@example.org' }),
      )
      .expect(200);
    expect(recased.body.userName).toBe('MIXED.case@example.org');
  });

  it('derives another local username when the derived one is taken', async () => {
    const first = (await scim.post('/Users', oktaUser({ userName: 'sam@a.example' })).expect(201))
      .body;
    const second = (await scim.post('/Users', oktaUser({ userName: 'Sam@b.example' })).expect(201))
      .body;
    expect(await localUsername(first.id)).toBe('sam');
    expect(await localUsername(second.id)).toBe('Sam-2');
    expect(await idsOf('userName eq "sam@b.example"')).toEqual([second.id]);
  });

  it('an account made outside SCIM has its username as userName, and keeps it from others', async () => {
    const local = await register(t, { username: 'walter.local' });
    expect(await idsOf('userName eq "Walter.Local"')).toEqual([local.user.id]);
    const clash = await scim.post('/Users', oktaUser({ userName: 'WALTER.local' }));
    expect(clash.status).toBe(409);
    expect(clash.body.scimType).toBe('uniqueness');
    // An email-shaped userName whose derived username is taken gets another one.
    const { id } = (
      await scim.post('/Users', oktaUser({ userName: 'walter.local@idp.example' })).expect(201)
    ).body;
    expect(await localUsername(id)).toBe('walter.local-2');
  });
});
