import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A response as the browser saw it (redirects are not followed by fetch itself). */
export interface Seen {
  url: string;
  status: number;
  location?: string;
  headers: Headers;
  body: string;
}

/**
 * A minimal browser for sign-in flows: keeps cookies per host (names only,
 * paths ignored: the flows here set distinct names) and follows redirects
 * one by one, so each hop can be inspected. At the test provider's
 * interaction pages it submits the login form (any password) and the consent
 * form, as a person would.
 */
export class OidcBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** One request; no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const headers = new Headers();
    const jar = this.jar(target.host);
    if (jar.size > 0)
      headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    let body: string | undefined;
    if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) this.store(target.host, cookie);
    const location = response.headers.get('location') ?? undefined;
    return {
      url: target.href,
      status: response.status,
      location: location === undefined ? undefined : new URL(location, target).href,
      headers: response.headers,
      body: await response.text(),
    } satisfies Seen;
  }

  /**
   * Follows redirects from `url`, signing in as `login` at provider pages,
   * until a redirect points at a URL `stop` accepts (returned unfetched: the
   * client app is not running) or a page answers without a redirect.
   */
  async walk(url: string, login: string, stop: (url: string) => boolean): Promise<Seen[]> {
    const seen: Seen[] = [];
    let next: string | undefined = url;
    let form: Record<string, string> | undefined;
    for (let hop = 0; next !== undefined && hop < 20; hop += 1) {
      const page = await this.request(next, { form });
      seen.push(page);
      form = undefined;
      next = page.location;
      if (next !== undefined && stop(next)) break;
      if (page.status === 200 && /\/interaction\/[^/]+$/.test(new URL(page.url).pathname)) {
        // The provider's development login, then consent, posted back to the same page.
        const prompt = /name="prompt" value="(\w+)"/.exec(page.body)?.[1];
        form =
          prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt: 'consent' };
        next = page.url;
      }
    }
    return seen;
  }

  private jar(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }

  private store(host: string, header: string): void {
    const [pair, ...attributes] = header.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some(
      (a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
    );
    if (expired || value === '') this.jar(host).delete(name);
    else this.jar(host).set(name, value);
  }
}

/**
 * A loopback port that relays to a server started later: the app's public
 * address (SSO_PUBLIC_URL, registered at the provider) must be known before
 * the app is started on its random port.
 */
export class PublicAddress {
  port = 0;
  target?: number;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<this> {
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      if (this.target === undefined) return void client.destroy();
      const upstream = createConnection(this.target, '127.0.0.1');
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
