import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, for whatever runs on its behalf. The
 * root logger's mixin reads it, so every log line written while serving a
 * request carries `request_id` without a per-request child logger.
 */
export const requestContext = new AsyncLocalStorage<string>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore();
}
