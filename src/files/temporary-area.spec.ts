import { HEARTBEAT_STALE_MS, parseHeartbeat, writerIsGone, type Here } from './temporary-area';

describe('writerIsGone', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  const fresh = new Date(now - 5_000);
  const alive = new Set([100, 200]);
  const here: Here = {
    writerId: 'me',
    host: 'api-1',
    bootId: 'boot-a',
    pid: 200,
    isAlive: (pid) => alive.has(pid),
  };
  const beat = (over: Record<string, unknown> = {}) => ({
    writer: 'other',
    host: 'api-1',
    boot_id: 'boot-a',
    pid: 100,
    at: fresh.toISOString(),
    ...over,
  });

  it('keeps a live writer on this machine', () => {
    expect(writerIsGone(beat(), fresh, here, now)).toBe(false);
  });

  it('drops a writer on this machine whose process is gone, at once', () => {
    expect(writerIsGone(beat({ pid: 999 }), fresh, here, now)).toBe(true);
  });

  it('drops an earlier process that had this pid (a restarted container is pid 1 again)', () => {
    expect(writerIsGone(beat({ pid: 200 }), fresh, here, now)).toBe(true);
  });

  it('trusts a fresh heartbeat from another machine or boot, and drops a stale one anywhere', () => {
    expect(writerIsGone(beat({ host: 'api-2', pid: 999 }), fresh, here, now)).toBe(false);
    expect(writerIsGone(beat({ boot_id: 'boot-b', pid: 999 }), fresh, here, now)).toBe(false);
    const stale = new Date(now - HEARTBEAT_STALE_MS - 1);
    expect(writerIsGone(beat({ host: 'api-2' }), stale, here, now)).toBe(true);
    expect(writerIsGone(undefined, stale, here, now)).toBe(true);
  });

  it('judges a heartbeat caught mid-write by its age alone', () => {
    expect(parseHeartbeat('{"host":"api-1","pi')).toBeUndefined();
    expect(writerIsGone(undefined, fresh, here, now)).toBe(false);
  });
});
