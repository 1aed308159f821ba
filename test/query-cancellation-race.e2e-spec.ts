import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { FileEntity } from '../src/files/file.entity';
import { insertRows } from './support/bulk-insert';
import { register, type SignedIn } from './support/factories';
import { useTestApp } from './support/test-app';
import { testDatabaseKind } from './support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * MariaDB: the `KILL QUERY` sent for a client that left names a server
 * thread, not a statement. If the left statement finishes before the kill
 * arrives and its connection goes back to the pool, the kill stops whatever
 * that connection runs next: another client's request, answered 500. With a
 * pool of one connection, clients leaving at random moments of their reads
 * while another client keeps reading, no request of the staying client may
 * fail.
 */
(testDatabaseKind() === 'mysql' ? describe : describe.skip)(
  'query cancellation never stops another request (MariaDB)',
  () => {
    const t = useTestApp({ DATABASE_POOL_SIZE: '1', FILES_JANITOR_INTERVAL_SECONDS: '0' });
    let user: SignedIn;

    beforeAll(async () => {
      user = await register(t);
      // Enough rows that a counted list takes a few milliseconds: the window the race needs.
      const rows = Array.from({ length: 20_000 }, (_, i) =>
        Object.assign(new FileEntity(), {
          id: randomUUID(),
          owner_id: user.user.id,
          filename: `paper ${i}.pdf`,
          content_type: 'application/pdf',
          size: 1000 + i,
          sha256: randomBytes(32).toString('hex'),
          storage_key: randomBytes(16).toString('hex'),
          uploaded_at: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000),
        }),
      );
      await insertRows(t.dataSource, FileEntity, rows);
    });

    /** A counted list whose client leaves after `afterMs`. */
    function leaveAfter(afterMs: number): Promise<void> {
      return new Promise((resolve) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port: t.port,
          path: '/api/v1/files?count=true',
          headers: { Authorization: user.auth },
        });
        req.on('error', () => resolve());
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve());
          res.on('error', () => resolve());
        });
        req.end();
        setTimeout(() => {
          req.destroy();
          resolve();
        }, afterMs);
      });
    }

    it('answers every request of a client that stays while others leave mid-read', async () => {
      const statuses = new Map<number, number>();
      let leaving = true;
      const stayer = (async () => {
        while (leaving) {
          // A connection closed without an answer counts as status 0.
          const status = await t.http
            .get('/api/v1/files?count=true')
            .set('Authorization', user.auth)
            .then(
              (res) => res.status,
              () => 0,
            );
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      })();
      for (let i = 0; i < 150; i += 1) {
        await Promise.all([leaveAfter(1 + (i % 12)), leaveAfter(2 + ((i * 7) % 11))]);
        await sleep(i % 3);
      }
      leaving = false;
      await stayer;
      expect(Object.fromEntries(statuses)).toEqual({ 200: expect.any(Number) });
      expect(statuses.get(200)).toBeGreaterThan(20);
    });
  },
);
