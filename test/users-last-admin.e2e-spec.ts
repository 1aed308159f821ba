import { UserEntity } from '../src/users/user.entity';
import { GOOD_PASSWORD, login, newUserInput, signInAdmin } from './support/factories';
import { useTestApp } from './support/test-app';

/** SPEC §3: the last active admin cannot be deactivated, demoted or deleted. */
describe('last active admin protection', () => {
  const t = useTestApp();

  // Each test starts with no admin at all and makes the ones it needs.
  beforeEach(async () => {
    await t.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ is_admin: false })
      .execute();
  });

  const activeAdmins = () =>
    t.dataSource.getRepository(UserEntity).countBy({ is_admin: true, is_active: true });

  it('refuses to deactivate, demote or delete the only active admin (409 LAST_ADMIN)', async () => {
    const only = await signInAdmin(t);
    const id = only.user.id;
    const attempts = [
      () => t.http.patch(`/api/v1/users/${id}`).send({ is_active: false }),
      () => t.http.patch(`/api/v1/users/${id}`).send({ is_admin: false }),
      () => t.http.delete(`/api/v1/users/${id}`),
    ];
    for (const attempt of attempts) {
      const res = await attempt().set('Authorization', only.auth).expect(409);
      expect(res.body.code).toBe('LAST_ADMIN');
    }
    expect(await activeAdmins()).toBe(1);
  });

  it('does not count an inactive admin as a replacement', async () => {
    const only = await signInAdmin(t);
    await t.http
      .post('/api/v1/users')
      .set('Authorization', only.auth)
      .send({ ...newUserInput(), is_admin: true, is_active: false })
      .expect(201);
    const res = await t.http
      .patch(`/api/v1/users/${only.user.id}`)
      .set('Authorization', only.auth)
      .send({ is_admin: false })
      .expect(409);
    expect(res.body.code).toBe('LAST_ADMIN');
  });

  it('allows it once another active admin exists, then protects that one', async () => {
    const first = await signInAdmin(t);
    const second = await t.http
      .post('/api/v1/users')
      .set('Authorization', first.auth)
      .send({ ...newUserInput(), is_admin: true })
      .expect(201);
    await t.http
      .patch(`/api/v1/users/${first.user.id}`)
      .set('Authorization', first.auth)
      .send({ is_admin: false })
      .expect(200);
    const last = await login(t, second.body.username, GOOD_PASSWORD);
    const res = await t.http
      .delete(`/api/v1/users/${second.body.id}`)
      .set('Authorization', last.auth)
      .expect(409);
    expect(res.body.code).toBe('LAST_ADMIN');
    expect(await activeAdmins()).toBe(1);
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    const a = await signInAdmin(t);
    const b = await signInAdmin(t);
    const [ra, rb] = await Promise.all([
      t.http
        .patch(`/api/v1/users/${b.user.id}`)
        .set('Authorization', a.auth)
        .send({ is_admin: false }),
      t.http
        .patch(`/api/v1/users/${a.user.id}`)
        .set('Authorization', b.auth)
        .send({ is_admin: false }),
    ]);
    const statuses = [ra.status, rb.status].sort();
    // One wins. The other either loses the race for the lock (409) or finds
    // itself already demoted by the time its request is authorised (403).
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    expect(await activeAdmins()).toBe(1);
  });
});
