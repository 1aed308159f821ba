import { UsersService } from '../../src/users/users.service';
import { newUserInput } from '../support/factories';
import { useTestApp } from '../support/test-app';

/**
 * The last-admin rule of UsersService on the test database (SQLite, or MariaDB
 * with TEST_DATABASE_URL): the last active admin cannot be deactivated,
 * demoted or deleted, an inactive admin is no replacement, and of two admins
 * demoting each other at once exactly one succeeds.
 */
describe('UsersService: the last active admin on a real database', () => {
  const t = useTestApp();
  const users = () => t.app.get(UsersService);

  // Each test starts with no admin at all and makes the ones it needs.
  beforeEach(async () => {
    await t.dataSource.createQueryBuilder().update('users').set({ is_admin: false }).execute();
  });

  const activeAdminIds = async (): Promise<string[]> =>
    (
      await t.dataSource
        .createQueryBuilder()
        .select('u.id', 'id')
        .from('users', 'u')
        .where('u.is_admin = :yes AND u.is_active = :yes', { yes: true })
        .getRawMany<{ id: string }>()
    ).map((row) => row.id);

  const admin = (overrides: { is_active?: boolean } = {}) =>
    users().create({ ...newUserInput(), is_admin: true, ...overrides });

  it.each([
    ['deactivated', (id: string) => users().update(id, { is_active: false })],
    ['demoted', (id: string) => users().update(id, { is_admin: false })],
    ['deleted', (id: string) => users().delete(id)],
  ])('refuses to have the only active admin %s (LAST_ADMIN), changing nothing', async (_, act) => {
    const only = await admin();
    await expect(act(only.id)).rejects.toMatchObject({ code: 'LAST_ADMIN' });
    expect(await activeAdminIds()).toEqual([only.id]);
  });

  it('does not count an inactive admin as a replacement', async () => {
    const only = await admin();
    await admin({ is_active: false });
    await expect(users().update(only.id, { is_admin: false })).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
    expect(await activeAdminIds()).toEqual([only.id]);
  });

  it.each([
    ['deactivated', (id: string) => users().update(id, { is_active: false })],
    ['demoted', (id: string) => users().update(id, { is_admin: false })],
    ['deleted', (id: string) => users().delete(id)],
  ])('lets an admin be %s while another active admin remains', async (_, act) => {
    const leaving = await admin();
    const staying = await admin();
    await act(leaving.id);
    expect(await activeAdminIds()).toEqual([staying.id]);
    // ...and then protects the one who remains.
    await expect(users().update(staying.id, { is_admin: false })).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
  });

  it('changes that keep the admin an active admin are not refused', async () => {
    const only = await admin();
    const renamed = await users().update(only.id, {
      username: `${only.username}_x`,
      is_admin: true,
      is_active: true,
    });
    expect(renamed.username).toBe(`${only.username}_x`);
    expect(await activeAdminIds()).toEqual([only.id]);
  });

  it('of two admins demoting each other at the same moment, exactly one succeeds', async () => {
    const a = await admin();
    const b = await admin();
    const outcomes = await Promise.allSettled([
      users().update(a.id, { is_admin: false }),
      users().update(b.id, { is_admin: false }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'LAST_ADMIN' });
    expect(await activeAdminIds()).toHaveLength(1);
  });
});
