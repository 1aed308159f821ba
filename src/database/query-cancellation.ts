import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Aborted when the client of the request being served has gone (its
 * connection closed before the response was complete); undefined outside a
 * request. The guarded mysql2 pool cancels a running SELECT on this signal.
 */
export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignal.getStore();
}

/**
 * Gives each read request (GET, HEAD) a signal aborted when its client goes
 * away before the response is complete, so the heavy reads (lists, exports,
 * `count=true`) stop on the database too instead of running on for nobody.
 * Writes are never cancelled this way: they finish or roll back as usual.
 */
export function queryCancellationMiddleware(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    next();
    return;
  }
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  requestSignal.run(controller.signal, next);
}

/** The statements cancelled with their request: reads only. */
export function isCancellableRead(sql: string): boolean {
  return /^\s*(\(\s*)?(SELECT|WITH)\b/i.test(sql);
}
