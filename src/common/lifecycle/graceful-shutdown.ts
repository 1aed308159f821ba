import { Global, Injectable, Module } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

export interface DrainResult {
  /** Every connection ended by itself within the timeout. */
  drained: boolean;
  /** Connections still open at the timeout, closed by force. */
  cut: number;
}

/**
 * Graceful shutdown of the HTTP side (SIGTERM/SIGINT, see main.ts), in the
 * order a load balancer needs:
 * 1. readiness answers 503 SHUTTING_DOWN (`draining`);
 * 2. the server stops accepting connections and closes idle keep-alive
 *    connections at once;
 * 3. requests in flight finish — uploads and downloads included — and their
 *    responses carry `Connection: close` (or, when their headers went out
 *    already, their connection is closed as soon as they end), so keep-alive
 *    clients cannot keep the process busy;
 * 4. what is still open after SHUTDOWN_TIMEOUT_MS is closed by force.
 */
@Injectable()
export class GracefulShutdown {
  private readonly inFlight = new Set<Response>();
  private server?: Server;

  get draining(): boolean {
    return this.server !== undefined;
  }

  /** Express middleware, mounted first: tracks responses in flight; while draining, each one closes its connection. */
  readonly middleware = (_request: Request, response: Response, next: NextFunction): void => {
    this.inFlight.add(response);
    if (this.draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      this.inFlight.delete(response);
      // A response whose headers promised keep-alive leaves an idle connection behind.
      if (this.server) setImmediate(() => this.server?.closeIdleConnections());
    });
    next();
  };

  async drain(server: Server, timeoutMs: number): Promise<DrainResult> {
    this.server = server;
    for (const response of this.inFlight)
      if (!response.headersSent) response.setHeader('Connection', 'close');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      closed.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (drained) return { drained, cut: 0 };
    const cut = await new Promise<number>((resolve) =>
      server.getConnections((_error, count) => resolve(count ?? 0)),
    );
    server.closeAllConnections();
    await closed;
    return { drained, cut };
  }
}

@Global()
@Module({ providers: [GracefulShutdown], exports: [GracefulShutdown] })
export class LifecycleModule {}
