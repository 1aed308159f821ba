import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

interface Link {
  client: Socket;
  upstream: Socket;
  /** Bytes in either direction are dropped (a link that stopped answering without closing). */
  swallowing: boolean;
}

/**
 * A loopback TCP relay to a real server, with the network failures a test
 * needs:
 * - `cut()` closes the listener and every relayed connection: the server
 *   vanished (resets, then refused connections);
 * - `blackhole()` keeps every connection open but drops all bytes, and
 *   accepts new connections without ever answering: a link that swallows
 *   bytes, where only timeouts help. `restore()` relays new connections
 *   again; connections made during the outage stay dead, as they would;
 * - `latencyMs` delays every chunk in both directions: a slow database.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private readonly links = new Set<Link>();
  private server?: Server;
  private swallowingNew = false;
  latencyMs = 0;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.swallowingNew) {
      client.on('data', () => undefined);
      return;
    }
    const upstream = createConnection(this.targetPort, this.targetHost);
    this.track(upstream);
    const link: Link = { client, upstream, swallowing: false };
    this.links.add(link);
    const forward = (from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        if (link.swallowing) return;
        if (this.latencyMs > 0) setTimeout(() => to.write(chunk), this.latencyMs);
        else to.write(chunk);
      });
      from.on('close', () => {
        this.links.delete(link);
        to.destroy();
      });
    };
    forward(client, upstream);
    forward(upstream, client);
  }

  /** From now on no byte passes, on existing connections or new ones. */
  blackhole(): void {
    this.swallowingNew = true;
    for (const link of this.links) link.swallowing = true;
  }

  /** New connections are relayed again (those made or frozen during the outage stay dead). */
  restore(): void {
    this.swallowingNew = false;
  }

  /** How many client connections are open through the relay right now. */
  get openConnections(): number {
    return [...this.sockets].filter((socket) => !socket.destroyed).length;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
