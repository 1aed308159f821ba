import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { Database } from '../database/database.service';
import { ENTITIES } from '../database/entities';
import { UserEntity } from '../users/user.entity';
import { newTokenRow } from './token-rows';
import { TOKEN_TYPE } from './token.entity';
import { hashTokenValue } from './token-values';
import { TokenOwnersRepository } from './token-owners.repository';
import { TokensRepository } from './tokens.repository';

// A column added to the user entity (here, for this test file only, before the schema is built).
getMetadataArgsStorage().columns.push({
  target: UserEntity,
  propertyName: 'display_title',
  mode: 'regular',
  options: { type: 'varchar', length: 40, nullable: true },
});

/** The per-request lookups of the authentication guard, on a real (SQLite) database. */
describe('TokenOwnersRepository credential lookups', () => {
  let dir: string;
  let dataSource: DataSource;
  let db: Database;
  let tokens: TokensRepository;
  let owners: TokenOwnersRepository;
  const userId = '00000000-0000-4000-8000-0000000000a1';
  const sessionId = '00000000-0000-4000-8000-0000000000b1';
  const created = new Date('2026-01-02T03:04:05.678Z');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rvp-tokens-'));
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: join(dir, 'x.sqlite'),
      entities: ENTITIES,
      synchronize: true,
    });
    await dataSource.initialize();
    db = new Database(dataSource, { acquireTimeoutMs: 5_000, queueLimit: 100 });
    tokens = new TokensRepository(db);
    owners = new TokenOwnersRepository(db, dataSource);
    await dataSource.getRepository(UserEntity).insert({
      id: userId,
      username: 'Ada',
      username_normalized: 'ada',
      email: 'ada@example.org',
      hashed_password: 'not-a-real-hash',
      is_active: true,
      is_admin: false,
      email_verified: true,
      mfa_enabled: false,
      external_id: null,
      scim_user_name: null,
      scim_user_name_normalized: null,
      created_at: created,
      updated_at: created,
      display_title: 'Countess',
    } as UserEntity);
    const now = new Date();
    await tokens.insert(
      newTokenRow('refresh-value', {
        user_id: userId,
        type: TOKEN_TYPE.refresh,
        session_id: sessionId,
        created_at: now,
        expires_at: new Date(now.getTime() + 60_000),
      }),
    );
    await tokens.insert(
      newTokenRow('rvp_personal-value', {
        user_id: userId,
        type: TOKEN_TYPE.personal,
        name: 'ci',
        created_at: now,
        expires_at: null,
      }),
    );
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("returns a live session's owner with every user column but the secrets, typed", async () => {
    const owner = await owners.findSessionOwner(sessionId, userId, new Date());
    expect(owner?.user).toEqual({
      id: userId,
      username: 'Ada',
      email: 'ada@example.org',
      is_active: true,
      is_admin: false,
      email_verified: true,
      mfa_enabled: false,
      external_id: null,
      created_at: created,
      updated_at: created,
      display_title: 'Countess',
    });
    expect(owner?.user).not.toHaveProperty('hashed_password');
  });

  it('finds no owner for an expired session or a session named with another user', async () => {
    await expect(
      owners.findSessionOwner(sessionId, userId, new Date(Date.now() + 120_000)),
    ).resolves.toBeNull();
    await expect(
      owners.findSessionOwner(sessionId, '00000000-0000-4000-8000-0000000000ff', new Date()),
    ).resolves.toBeNull();
  });

  it('returns a personal token with its owner, including an added user column', async () => {
    const found = await owners.findPersonalToken(hashTokenValue('rvp_personal-value'));
    expect(found).toMatchObject({ expiresAt: null, revokedAt: null, lastUsedAt: null });
    expect(found?.user).toMatchObject({ id: userId, display_title: 'Countess', is_admin: false });
    await expect(owners.findPersonalToken(hashTokenValue('rvp_unknown'))).resolves.toBeNull();
  });

  it('reads through the open transaction when called inside one', async () => {
    const seen = await db.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: userId }, { is_admin: true });
      const owner = await owners.findSessionOwner(sessionId, userId, new Date());
      await manager.getRepository(UserEntity).update({ id: userId }, { is_admin: false });
      return owner?.user;
    });
    expect(seen).toMatchObject({ is_admin: true, display_title: 'Countess', created_at: created });
  });
});
