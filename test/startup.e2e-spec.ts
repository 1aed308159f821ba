import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  DIST_CLI,
  DIST_MAIN,
  freePort,
  runNode,
  startServer,
} from './support/processes';

/**
 * The built server and CLI as an operator runs them: bad settings stop them
 * with one line naming the setting; SIGTERM drains in-flight requests and
 * exits 0.
 */
describe('start-up, configuration errors and shutdown of the built server', () => {
  let dir: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'rvp-startup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sqlite = () => `sqlite:${join(dir, `db-${Math.random().toString(36).slice(2)}.sqlite`)}`;

  // Each bad setting is a unit case of validateEnvironment (src/config/validate-environment.spec.ts);
  // this proves once that the built server turns one into a single stderr line and exit code 1.
  it('refuses to start on a bad setting: one line naming it on stderr, exit code 1', async () => {
    const result = await runNode(DIST_MAIN, [], { DATABASE_URL: sqlite(), PORT: 'abc' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Configuration error: PORT must be an integer from 1 to 65535 (got "abc")',
    ]);
  });

  it('starts in production with a proper secret and serves health', async () => {
    const port = await freePort();
    const server = await startServer({
      NODE_ENV: 'production',
      JWT_SECRET: 'Zq3kP9vX2mW7rT5yB8nC1dF4gH6jK0LsA2eR7uI9oQ',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: sqlite(),
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(res.status).toBe(200);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    // Logs are JSON lines and carry no secret.
    const lines = server
      .output()
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(server.output()).not.toContain('Zq3kP9vX2mW7rT5yB8nC1dF4gH6jK0LsA2eR7uI9oQ');
  });

  it('on SIGTERM stops accepting, finishes the request in flight, and exits 0', async () => {
    const port = await freePort();
    const server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: sqlite(),
      SHUTDOWN_TIMEOUT_MS: '10000',
    });

    // A request whose body is still arriving when the signal comes.
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
    const body = '{"ping":"in flight"}';
    socket.write(
      `POST /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    // New connections are refused while the old request is still open.
    await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
    expect(server.child.exitCode).toBeNull();

    socket.write(body.slice(5));
    const bodySentAt = Date.now();
    const finished = await server.exited;
    // The answer closes its connection, so the exit waits for no keep-alive timeout (5 s).
    expect(Date.now() - bodySentAt).toBeLessThan(3_000);
    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(response).toContain('ROUTE_NOT_FOUND');
    expect(finished.code).toBe(0);
    expect(finished.stdout).toContain('Shutdown complete');
    socket.destroy();
  });

  it('runs the CLI on the same configuration and fails clearly on bad input', async () => {
    const database = sqlite();
    const check = await runNode(DIST_CLI, ['check'], { DATABASE_URL: database });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('migrations: up to date');

    const unknown = await runNode(DIST_CLI, ['no-such-command'], { DATABASE_URL: database });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'no-such-command'");

    const badConfig = await runNode(DIST_CLI, ['check'], { DATABASE_URL: 'postgres://x' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr.trim()).toMatch(/^Configuration error: DATABASE_URL/);
  });
});
