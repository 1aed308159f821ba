import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DIST_MAIN = join(ROOT, 'dist', 'src', 'main.js');
export const DIST_CLI = join(ROOT, 'dist', 'src', 'cli.js');

/** These tests run the built artifact; `npm test` builds it first. */
export function assertBuilt(): void {
  if (!existsSync(DIST_MAIN) || !existsSync(DIST_CLI)) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child process: only what it needs, so the runner's settings do not leak in. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    ...env,
  };
}

export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${script} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the built server and resolves once it logs that it is listening. */
export function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string; exited: Promise<Finished> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST_MAIN], { cwd: ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<Finished>((done) =>
      child.on('close', (code, signal) => done({ code, signal, stdout, stderr })),
    );
    const timer = setTimeout(() => {
      // Do not leave it running (its pipes would also keep Jest from exiting).
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Listening on')) {
        clearTimeout(timer);
        resolve({ child, output: () => stdout + stderr, exited });
      }
    });
    void exited.then((finished) => {
      clearTimeout(timer);
      reject(
        new Error(
          `server exited early (${finished.code}):\n${finished.stdout}\n${finished.stderr}`,
        ),
      );
    });
  });
}
