import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { randomUUID } from 'node:crypto';
import { TokenPurgeScheduler } from '../src/tokens/token-purge.scheduler';
import { TokenPurgeService } from '../src/tokens/token-purge.service';
import { TokenEntity, type TokenType } from '../src/tokens/token.entity';
import { generateTokenValue, hashTokenValue } from '../src/tokens/token-values';
import { createPersonalToken, register, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';

const DAY_MS = 86_400_000;
const RETENTION_DAYS = 7;

/** A time `days` days ago (negative: in the future). */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

interface RowSpec {
  type: TokenType;
  created?: number;
  expires?: number | null;
  revoked?: number | null;
  reason?: string;
}

describe('purge of dead token rows', () => {
  const t = useTestApp({
    TOKEN_RETENTION_DAYS: String(RETENTION_DAYS),
    // The scheduled run must not race the test's own calls.
    TOKEN_PURGE_INTERVAL_SECONDS: '604800',
  });
  let owner: SignedIn;

  beforeAll(async () => {
    owner = await register(t);
  });

  const tokens = () => t.dataSource.getRepository(TokenEntity);

  /** Inserts a row in a given state, dated relative to now, and returns its id. */
  async function row(spec: RowSpec): Promise<string> {
    const id = randomUUID();
    const isRefresh = spec.type === 'refresh';
    await tokens().insert({
      id,
      user_id: owner.user.id,
      token: hashTokenValue(generateTokenValue()),
      type: spec.type,
      name: spec.type === 'access' ? 'purge test' : null,
      session_id: isRefresh ? randomUUID() : null,
      session_started_at: isRefresh ? daysAgo(spec.created ?? 40) : null,
      created_at: daysAgo(spec.created ?? 40),
      expires_at:
        spec.expires === undefined || spec.expires === null ? null : daysAgo(spec.expires),
      last_used_at: null,
      revoked_at:
        spec.revoked === undefined || spec.revoked === null ? null : daysAgo(spec.revoked),
      revoked_reason:
        spec.revoked === undefined || spec.revoked === null ? null : (spec.reason ?? 'logout'),
      user_agent: null,
      ip: null,
    });
    return id;
  }

  it('deletes rows dead for longer than the retention window, in batches, and keeps the rest', async () => {
    const doomed = [
      await row({ type: 'refresh', expires: 10 }),
      await row({ type: 'refresh', expires: -20, revoked: 10, reason: 'logout' }),
      await row({ type: 'refresh', expires: 10, revoked: 20, reason: 'rotated' }),
      await row({ type: 'reset', expires: 9, revoked: 9.9, reason: 'used' }),
      await row({ type: 'reset', expires: 12 }),
      await row({ type: 'access', expires: null, revoked: 8, reason: 'revoked_by_owner' }),
      await row({ type: 'access', expires: 30 }),
    ];
    // Enough expired rows for several batches of three.
    for (let i = 0; i < 10; i += 1) doomed.push(await row({ type: 'refresh', expires: 8 + i }));
    const kept = [
      await row({ type: 'refresh', expires: -29 }),
      await row({ type: 'refresh', expires: 3 }),
      await row({ type: 'refresh', expires: -20, revoked: 3, reason: 'logout' }),
      // Rotated away long ago but not yet expired: kept, so presenting it is still caught as reuse.
      await row({ type: 'refresh', expires: -5, revoked: 20, reason: 'rotated' }),
      await row({ type: 'reset', expires: 1, revoked: 1, reason: 'used' }),
      await row({ type: 'access', expires: null }),
      await row({ type: 'access', expires: -300 }),
      await row({ type: 'access', expires: 6 }),
    ];
    const pat = await createPersonalToken(t, owner);

    const deleted = await t.app.get(TokenPurgeService).purge({ batchSize: 3 });
    expect(deleted).toBe(doomed.length);

    const remaining = new Set((await tokens().findBy({ user_id: owner.user.id })).map((r) => r.id));
    for (const id of doomed) expect({ id, kept: remaining.has(id) }).toEqual({ id, kept: false });
    for (const id of kept) expect({ id, kept: remaining.has(id) }).toEqual({ id, kept: true });
    expect(remaining.has(pat.id)).toBe(true);

    // The live session and token still work, and a second run finds nothing.
    await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);
    await t.http.get('/api/v1/auth/me').set('X-API-Key', pat.token).expect(200);
    expect(await t.app.get(TokenPurgeService).purge()).toBe(0);
  });

  it('keeps catching reuse of an exchanged refresh token after a purge', async () => {
    const session = await register(t);
    await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: session.refresh_token })
      .expect(200);
    // The exchange happened "20 days ago"; the token itself has not expired yet.
    await tokens().update(
      { token: hashTokenValue(session.refresh_token) },
      { revoked_at: daysAgo(20) },
    );
    await t.app.get(TokenPurgeService).purge();
    const reuse = await t.http
      .post('/api/v1/auth/refresh-token')
      .send({ refresh_token: session.refresh_token })
      .expect(401);
    expect(reuse.body.code).toBe('TOKEN_REUSED');
  });

  it('is scheduled at TOKEN_PURGE_INTERVAL_SECONDS', () => {
    // getInterval throws when nothing is registered; a Node timer keeps its period in _idleTimeout.
    const timer = t.app.get(SchedulerRegistry).getInterval('token-purge') as {
      _idleTimeout: number;
    };
    expect(timer._idleTimeout).toBe(604_800 * 1000);
  });
});

describe('scheduled purge failures', () => {
  const t = useTestApp({ TOKEN_PURGE_INTERVAL_SECONDS: '604800' });

  it('are logged and do not crash; the next run works again', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const scheduler = t.app.get(TokenPurgeScheduler);
    try {
      // Take the table away under the purge.
      await t.dataSource.query('ALTER TABLE tokens RENAME TO tokens_elsewhere');
      try {
        await expect(scheduler.runOnce()).resolves.toBeUndefined();
      } finally {
        await t.dataSource.query('ALTER TABLE tokens_elsewhere RENAME TO tokens');
      }
      expect(
        errors.mock.calls.some((call) =>
          call.some((arg) => typeof arg === 'string' && /Token purge failed/.test(arg)),
        ),
      ).toBe(true);
      await expect(scheduler.runOnce()).resolves.toBeUndefined();
      const session = await register(t);
      await t.http.get('/api/v1/auth/me').set('Authorization', session.auth).expect(200);
    } finally {
      errors.mockRestore();
    }
  });
});
