import { randomUUID } from 'node:crypto';
import { chainHash } from '../src/audit/audit-chain';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { AuditService } from '../src/audit/audit.service';
import { AuditLogService } from '../src/audit/audit-log.service';
import { AuditEventsRepository } from '../src/audit/audit-events.repository';
import { TokenEntity } from '../src/tokens/token.entity';
import { UserEntity } from '../src/users/user.entity';
import { allAuditEvents, failingAuditTrigger } from './support/audit';
import { createPersonalToken, register, signInAdmin, type SignedIn } from './support/factories';
import { FIXTURES } from './support/file-fixtures';
import { assertBuilt, DIST_CLI, runNode } from './support/processes';
import { startTestApp, TEST_JWT_SECRET, type TestApp, useTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { upload } from './support/uploads';

/** Runs `work` over `items` with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

type Row = Record<string, unknown>;

describe('audit log: hash chain, verification and tampering', () => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: SignedIn;

  const verify = () =>
    runNode(DIST_CLI, ['audit-verify'], {
      DATABASE_URL: database.url,
      DATABASE_RUN_MIGRATIONS: 'false',
      JWT_SECRET: TEST_JWT_SECRET,
    });
  const eventCount = async () =>
    Number((await t.dataSource.query<Row[]>('SELECT COUNT(*) AS n FROM audit_events'))[0].n);
  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
    // 50 requests at once from 4 users: more uploads per user than the default allows.
    t = await startTestApp({ MAX_CONCURRENT_UPLOADS_PER_USER: '50' }, { database });
    admin = await signInAdmin(t);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('verifies after a mixed run of 1,000 events from concurrent requests', async () => {
    const users = await Promise.all([register(t), register(t), register(t), register(t)]);
    const work: Array<() => Promise<unknown>> = [];
    // 3 events per round (created, revoked, uploaded or failed sign-in): over 1,000 in all.
    for (let i = 0; i < 340; i += 1) {
      const user = users[i % users.length];
      work.push(async () => {
        const token = await createPersonalToken(t, user, { name: `run ${i}` });
        await t.http
          .delete(`/api/v1/tokens/${token.id}`)
          .set('Authorization', user.auth)
          .expect(204);
      });
      if (i % 2 === 0) {
        work.push(() => upload(t, user.auth, FIXTURES.png, `f${i}.png`, 'image/png').expect(201));
      } else {
        work.push(() =>
          t.http
            .post('/api/v1/auth/login')
            .send({ username: `no_such_user_${i}`, password: 'wrong password here' })
            .expect(401),
        );
      }
    }
    // 50 requests in flight: on MariaDB that many transactions append to the chain at once.
    await inParallel(work, 50, (job) => job());
    await t.app.get(AuditService).flush();
    expect(await eventCount()).toBeGreaterThanOrEqual(1_000);

    const result = await verify();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^audit chain ok: \d{4} events \(#1 to #\d+\)$/m);

    // Every position from 1 to the head is there once: concurrent writers did not fork the chain.
    const seqs = (await t.dataSource.query<Row[]>('SELECT seq FROM audit_events ORDER BY seq')).map(
      (row) => Number(row.seq),
    );
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
  }, 240_000);

  const entityAt = (seq: number) =>
    t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ seq });
  const head = async () =>
    Number((await t.dataSource.query<Row[]>('SELECT last_seq FROM audit_chain'))[0].last_seq);
  const expectBroken = async (message: string | RegExp) => {
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  };
  const expectIntact = async () => expect((await verify()).code).toBe(0);

  it('fails naming the event when a row is edited, and passes once it is restored', async () => {
    const original = await entityAt(500);
    await t.dataSource.query("UPDATE audit_events SET ip = '203.0.113.66' WHERE seq = 500");
    await expectBroken(`event #500 (${original.id}) was edited`);
    await t.dataSource.query('UPDATE audit_events SET ip = ? WHERE seq = 500', [original.ip]);
    await expectIntact();

    const other = await entityAt(12);
    await t.dataSource.query(
      `UPDATE audit_events SET details = '{"tampered":true}' WHERE seq = 12`,
    );
    await expectBroken(`event #12 (${other.id}) was edited`);
    await t.dataSource.query('UPDATE audit_events SET details = ? WHERE seq = 12', [other.details]);
    await expectIntact();
  }, 240_000);

  it('fails naming the missing event when a row is deleted: in the middle, the first, the newest', async () => {
    const last = await head();
    for (const seq of [700, 1, last]) {
      const removed = await entityAt(seq);
      await t.dataSource.query('DELETE FROM audit_events WHERE seq = ?', [seq]);
      await expectBroken(new RegExp(`event #${seq} is missing`));
      await t.dataSource.getRepository(AuditEventEntity).insert(removed);
      await expectIntact();
    }
  }, 240_000);

  it('fails naming an event inserted out of order', async () => {
    const last = await head();
    const newest = await entityAt(last);
    const repository = t.dataSource.getRepository(AuditEventEntity);

    // Appended after the head without going through the chain (the head row was not moved).
    const appended = { ...newest, id: randomUUID(), seq: last + 1, prev_hash: newest.hash };
    appended.hash = chainHash(appended.prev_hash, appended);
    await repository.insert(appended);
    await expectBroken(`event #${last + 1} (${appended.id}) was inserted out of order`);
    await repository.delete({ id: appended.id });
    await expectIntact();

    // Slipped in place of a real event, hashed consistently, but linked to an older one.
    const replaced = await entityAt(300);
    const older = await entityAt(250);
    const forged = { ...replaced, id: randomUUID(), action: 'file.deleted', prev_hash: older.hash };
    forged.hash = chainHash(forged.prev_hash, forged);
    await repository.delete({ id: replaced.id });
    await repository.insert(forged);
    await expectBroken(`event #300 (${forged.id}) was inserted out of order`);
    await repository.delete({ id: forged.id });
    await repository.insert(replaced);
    await expectIntact();
  }, 240_000);

  it('pages newest first with a cursor, filters through an index, and refuses bad cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = '9999';
    do {
      const res = await t.http
        .get('/api/v1/audit-events')
        .query({ action: 'token.created', limit: 37, ...(cursor ? { cursor } : {}) })
        .set('Authorization', admin.auth)
        .expect(200);
      for (const event of res.body.items as Array<{
        id: string;
        action: string;
        occurred_at: string;
      }>) {
        expect(event.action).toBe('token.created');
        expect(event.occurred_at <= previous).toBe(true);
        previous = event.occurred_at;
        seen.push(event.id);
      }
      cursor = res.body.next_cursor as string | null;
    } while (cursor);
    expect(seen.length).toBe(340);
    expect(new Set(seen).size).toBe(340);

    const failures = await t.http
      .get('/api/v1/audit-events')
      .query({ outcome: 'failure', limit: 100 })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(failures.body.items.length).toBe(100);
    for (const event of failures.body.items) expect(event.action).toBe('user.login_failed');

    const byActor = await t.http
      .get('/api/v1/audit-events')
      .query({ actor_id: admin.user.id })
      .set('Authorization', admin.auth)
      .expect(200);
    for (const event of byActor.body.items) expect(event.actor_id).toBe(admin.user.id);

    const newest = await entityAt(await head());
    const window = await t.http
      .get('/api/v1/audit-events')
      .query({
        target_id: newest.target_id ?? undefined,
        since: newest.occurred_at.toISOString(),
        until: newest.occurred_at.toISOString(),
      })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(window.body.items.map((e: { id: string }) => e.id)).toContain(newest.id);

    const bad = await t.http
      .get('/api/v1/audit-events')
      .query({ cursor: 'bm90LWEtY3Vyc29y' })
      .set('Authorization', admin.auth)
      .expect(400);
    expect(bad.body.code).toBe('INVALID_CURSOR');
    // A cursor belongs to its filters: another query's is refused, not misread.
    const firstPage = await t.http
      .get('/api/v1/audit-events')
      .query({ action: 'token.created', limit: 5 })
      .set('Authorization', admin.auth)
      .expect(200);
    const foreign = await t.http
      .get('/api/v1/audit-events')
      .query({ action: 'file.uploaded', cursor: firstPage.body.next_cursor as string })
      .set('Authorization', admin.auth)
      .expect(400);
    expect(foreign.body.code).toBe('INVALID_CURSOR');
    const invalid = await t.http
      .get('/api/v1/audit-events')
      .query({ action: 'user.teleported', since: 'yesterday' })
      .set('Authorization', admin.auth)
      .expect(422);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers 403 to a non-admin and 401 without a token, on the list and the export', async () => {
    const user = await register(t);
    for (const path of ['/api/v1/audit-events', '/api/v1/audit-events/export']) {
      const forbidden = await t.http.get(path).set('Authorization', user.auth).expect(403);
      expect(forbidden.body.code).toBe('ADMIN_REQUIRED');
      await t.http.get(path).expect(401);
    }
  });

  it('uses an index for every filter (query plans)', async () => {
    const repository = t.app.get(AuditEventsRepository);
    const cursorAt = { occurredAt: new Date(), seq: 10 };
    const cases: Array<[string, object, string]> = [
      ['no filter', {}, 'IDX_audit_events_occurred_at'],
      ['action', { action: 'token.created' }, 'IDX_audit_events_action'],
      ['actor_id', { actor_id: admin.user.id }, 'IDX_audit_events_actor_id'],
      ['target_id', { target_id: admin.user.id }, 'IDX_audit_events_target_id'],
      ['outcome', { outcome: 'failure' }, 'IDX_audit_events_outcome'],
      ['since/until', { since: new Date(0), until: new Date() }, 'IDX_audit_events_occurred_at'],
    ];
    const plans: string[] = [];
    for (const [name, filters, index] of cases) {
      const [sql, parameters] = await repository.listSql(filters, 21, cursorAt);
      const explain = database.kind === 'sqlite' ? `EXPLAIN QUERY PLAN ${sql}` : `EXPLAIN ${sql}`;
      const plan = JSON.stringify(await t.dataSource.query(explain, parameters));
      plans.push(`${name}: ${plan}`);
      expect({ name, plan }).toEqual({ name, plan: expect.stringContaining(index) });
      // No separate sort step: the index delivers the order.
      expect({ name, plan }).toEqual({
        name,
        plan: expect.not.stringMatching(/TEMP B-TREE|Using filesort/i),
      });
    }
    if (process.env.AUDIT_PRINT_PLANS) process.stdout.write(`${plans.join('\n')}\n`);
  });
});

describe('audit log: the event and its change are one transaction', () => {
  const t = useTestApp();
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signInAdmin(t);
  });

  const withTrigger = async (table: string, on: string, work: () => Promise<void>) => {
    const trigger = failingAuditTrigger(t.database.kind, table, on);
    await t.dataSource.query(trigger.create);
    try {
      await work();
    } finally {
      await t.dataSource.query(trigger.drop);
    }
  };

  it('keeps no change when its event cannot be written', async () => {
    const user = await register(t);
    const tokensBefore = await t.dataSource
      .getRepository(TokenEntity)
      .countBy({ user_id: user.user.id });
    await withTrigger('audit_events', 'INSERT', async () => {
      const token = await t.http
        .post('/api/v1/tokens')
        .set('Authorization', user.auth)
        .send({ name: 'never kept' });
      expect(token.status).toBeGreaterThanOrEqual(500);
      const signIn = await t.http
        .post('/api/v1/auth/login')
        .send({ username: user.user.username, password: user.password });
      expect(signIn.status).toBeGreaterThanOrEqual(500);
      const file = await upload(t, user.auth, FIXTURES.png, 'kept.png', 'image/png');
      expect(file.status).toBeGreaterThanOrEqual(500);
      const rename = await t.http
        .patch(`/api/v1/users/${user.user.id}`)
        .set('Authorization', admin.auth)
        .send({ username: `${user.user.username}_x` });
      expect(rename.status).toBeGreaterThanOrEqual(500);
    });
    expect(await t.dataSource.getRepository(TokenEntity).countBy({ user_id: user.user.id })).toBe(
      tokensBefore,
    );
    const files = await t.http.get('/api/v1/files').set('Authorization', user.auth).expect(200);
    expect(files.body.total).toBe(0);
    const row = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.user.id });
    expect(row.username).toBe(user.user.username);

    // And with the trigger gone the same requests work and are recorded.
    await createPersonalToken(t, user, { name: 'kept' });
    const { events } = await allAuditEvents(t, admin, { actor_id: user.user.id });
    expect(events.filter((e) => e.action === 'token.created')).toHaveLength(1);
  });

  it('keeps no event when its change fails after the event was written', async () => {
    const victim = await register(t);
    await withTrigger('users', 'DELETE', async () => {
      const res = await t.http
        .delete(`/api/v1/users/${victim.user.id}`)
        .set('Authorization', admin.auth);
      expect(res.status).toBeGreaterThanOrEqual(500);
    });
    expect(await t.dataSource.getRepository(UserEntity).countBy({ id: victim.user.id })).toBe(1);
    const { events } = await allAuditEvents(t, admin, { target_id: victim.user.id });
    expect(events.map((e) => e.action).sort()).toEqual([
      'user.email_verification_sent',
      'user.registered',
    ]);

    await t.http
      .delete(`/api/v1/users/${victim.user.id}`)
      .set('Authorization', admin.auth)
      .expect(204);
    const after = await allAuditEvents(t, admin, { target_id: victim.user.id });
    expect(after.events.map((e) => e.action).sort()).toEqual([
      'user.deleted',
      'user.email_verification_sent',
      'user.registered',
    ]);
  });
});

describe('audit log: events of refused requests', () => {
  it('answers a failed sign-in without waiting for its event, and writes it before shutting down', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp({}, { database });
      const user = await register(first);
      for (let i = 0; i < 5; i += 1) {
        await first.http
          .post('/api/v1/auth/login')
          .set('X-Request-Id', `refused-${i}`)
          .send({ username: user.user.username, password: 'definitely wrong 1' })
          .expect(401);
      }
      await first.stop();

      const second = await startTestApp({}, { database });
      try {
        const admin = await signInAdmin(second);
        const { events } = await allAuditEvents(second, admin, { action: 'user.login_failed' });
        expect(events.map((e) => e.request_id).sort()).toEqual([
          'refused-0',
          'refused-1',
          'refused-2',
          'refused-3',
          'refused-4',
        ]);
        for (const event of events) {
          expect(event).toMatchObject({ target_id: user.user.id, outcome: 'failure' });
        }
      } finally {
        await second.stop();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('audit log: retention', () => {
  it('purges old events in batches and what remains still verifies', async () => {
    const database = await createTestDatabase();
    const t = await startTestApp({ AUDIT_PURGE_BATCH_SIZE: '10' }, { database });
    try {
      const user = await register(t);
      for (let i = 0; i < 35; i += 1) await createPersonalToken(t, user, { name: `old ${i}` });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const cutoff = new Date();
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (let i = 0; i < 5; i += 1) await createPersonalToken(t, user, { name: `new ${i}` });

      // "Now" is a retention period after the cutoff: everything before it is due.
      const purged = await t.app
        .get(AuditLogService)
        .purgeExpired(new Date(cutoff.getTime() + 365 * 86_400_000));
      expect(purged).toBe(37); // registration, its verification mail, 35 tokens
      const remaining = await t.dataSource.query<Row[]>(
        'SELECT action, actor_type FROM audit_events ORDER BY seq',
      );
      expect(remaining).toHaveLength(6);
      expect(remaining.at(-1)).toEqual({ action: 'audit.purged', actor_type: 'system' });

      const env = {
        DATABASE_URL: database.url,
        DATABASE_RUN_MIGRATIONS: 'false',
        JWT_SECRET: TEST_JWT_SECRET,
      };
      const ok = await runNode(DIST_CLI, ['audit-verify'], env);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('audit chain ok: 6 events (#38 to #43)');

      // Removing the oldest remaining event is still noticed.
      await t.dataSource.query('DELETE FROM audit_events WHERE seq = 38');
      const broken = await runNode(DIST_CLI, ['audit-verify'], env);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('event #38 is missing');
    } finally {
      await t.close();
      await database.drop();
    }
  }, 240_000);
});
