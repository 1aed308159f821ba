import { SessionsService } from '../../src/tokens/sessions.service';
import { UsersService } from '../../src/users/users.service';
import { newUserInput } from '../support/factories';
import { useTestApp } from '../support/test-app';

/**
 * The outcomes of presenting a refresh token, decided by SessionsService.rotate
 * on the test database (SQLite, or MariaDB with TEST_DATABASE_URL): rotated,
 * reuse detected (the whole session ends), one winner among concurrent
 * rotations, and a token of an ended session.
 */
describe('SessionsService: refresh rotation on a real database', () => {
  const t = useTestApp();
  const sessions = () => t.app.get(SessionsService);
  const client = { ip: '203.0.113.7', userAgent: 'rotation-test' };

  interface Link {
    revoked_at: Date | string | null;
    revoked_reason: string | null;
  }

  /** Every refresh link of a session, oldest first. */
  const linksOf = (sessionId: string): Promise<Link[]> =>
    t.dataSource
      .createQueryBuilder()
      .select(['t.revoked_at AS revoked_at', 't.revoked_reason AS revoked_reason'])
      .from('tokens', 't')
      .where('t.session_id = :sessionId AND t.type = :type', { sessionId, type: 'refresh' })
      .orderBy('t.created_at', 'ASC')
      .getRawMany<Link>();
  const liveLinks = async (sessionId: string) =>
    (await linksOf(sessionId)).filter((link) => link.revoked_at === null);

  async function newSession() {
    const user = await t.app.get(UsersService).create(newUserInput());
    return { user, ...(await sessions().start(user.id, client)) };
  }

  it('rotated: the same session gets a new live link and the presented one is revoked as rotated', async () => {
    const first = await newSession();
    const next = await sessions().rotate(first.refreshToken, client);
    expect(next.userId).toBe(first.user.id);
    expect(next.session.sessionId).toBe(first.sessionId);
    expect(next.session.refreshToken).not.toBe(first.refreshToken);
    const links = await linksOf(first.sessionId);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ revoked_reason: 'rotated' });
    expect(links[0].revoked_at).not.toBeNull();
    expect(links[1]).toEqual({ revoked_at: null, revoked_reason: null });
    // The new link works in turn.
    await expect(sessions().rotate(next.session.refreshToken, client)).resolves.toMatchObject({
      session: { sessionId: first.sessionId },
    });
  });

  it('reuse detected: presenting a rotated-away link ends the whole session, the newest link too', async () => {
    const first = await newSession();
    const next = await sessions().rotate(first.refreshToken, client);
    await expect(sessions().rotate(first.refreshToken, client)).rejects.toMatchObject({
      code: 'TOKEN_REUSED',
    });
    expect(await liveLinks(first.sessionId)).toEqual([]);
    const reasons = (await linksOf(first.sessionId)).map((link) => link.revoked_reason);
    expect(reasons).toEqual(['rotated', 'reuse_detected']);
    await expect(sessions().rotate(next.session.refreshToken, client)).rejects.toMatchObject({
      code: 'TOKEN_REVOKED',
    });
    await expect(sessions().ownerOf(first.sessionId, first.user.id)).rejects.toMatchObject({
      code: 'TOKEN_REVOKED',
    });
  });

  it('concurrent rotations of one link: exactly one wins, the others are refused as reuse', async () => {
    const first = await newSession();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => sessions().rotate(first.refreshToken, client)),
    );
    const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const losers = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(loser.reason).toMatchObject({ code: 'TOKEN_REUSED' });
    // A loser saw a second use of one link: the session ends, the winner's link with it.
    expect(await liveLinks(first.sessionId)).toEqual([]);
  });

  it('a link of a session ended by logout is revoked, not reused, and leaves other sessions alone', async () => {
    const ended = await newSession();
    const other = await sessions().start(ended.user.id, client);
    await sessions().end(ended.sessionId);
    await expect(sessions().rotate(ended.refreshToken, client)).rejects.toMatchObject({
      code: 'TOKEN_REVOKED',
    });
    expect(await liveLinks(other.sessionId)).toHaveLength(1);
    await expect(sessions().rotate(other.refreshToken, client)).resolves.toMatchObject({
      userId: ended.user.id,
    });
  });
});
