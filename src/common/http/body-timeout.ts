import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { sendProblem } from '../errors/all-exceptions.filter';

/**
 * Node's own total request timeout (300 s) cuts every request that takes
 * longer, even an upload whose bytes are still arriving. It is turned off;
 * instead:
 * - headers must arrive within `headersTimeout` (Node's default, 60 s);
 * - JSON and form bodies (at most JSON_BODY_LIMIT_BYTES) must arrive whole
 *   within REQUEST_BODY_TIMEOUT_SECONDS (`bodyTimeoutMiddleware`), so a body
 *   sent a byte a second cannot hold a connection;
 * - uploads (multipart) get an idle timeout instead, in UploadInterceptor:
 *   slow is fine, stalled is not.
 */
export function configureServerTimeouts(server: Server): void {
  server.requestTimeout = 0;
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}

/**
 * Mounted before the body parsers. When a non-multipart body is not complete
 * in time it answers 408 REQUEST_TIMEOUT itself (the parser would wait for the
 * rest of the body before handing on any error) and closes the connection.
 */
export function bodyTimeoutMiddleware(timeoutSeconds: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!hasBody(request) || request.is('multipart/form-data')) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (request.complete || response.headersSent) return;
      response.setHeader('Connection', 'close');
      response.once('finish', () => request.socket.destroy());
      sendProblem(request, response, {
        status: 408,
        code: 'REQUEST_TIMEOUT',
        detail: `The request body did not arrive within ${timeoutSeconds} seconds.`,
      });
    }, timeoutSeconds * 1000);
    const clear = () => clearTimeout(timer);
    request.once('end', clear);
    response.once('close', clear);
    next();
  };
}
