import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Whether the process has begun a graceful shutdown (SIGTERM/SIGINT, see
 * main.ts). Readiness answers 503 from that moment so load balancers stop
 * sending new requests, and every response closes its connection.
 */
@Injectable()
export class ShutdownState {
  private since?: Date;

  get draining(): boolean {
    return this.since !== undefined;
  }

  begin(): void {
    this.since ??= new Date();
  }
}

@Global()
@Module({ providers: [ShutdownState], exports: [ShutdownState] })
export class LifecycleModule {}
