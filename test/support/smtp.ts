import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** A message as the SMTP server received it, parsed by mailparser. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  envelopeFrom: string;
  /** The From header as sent. */
  from: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  /** For SMTP_URL: plain SMTP on loopback (STARTTLS is not offered, so nothing is negotiated). */
  url: string;
  port: number;
  /** Everything received so far, in order. */
  received: ReceivedMail[];
  /**
   * The oldest message to `address` (and, given `subject`, with a matching
   * subject) not yet taken by this call, waiting for one if needed.
   */
  nextMailTo(address: string, timeoutMs?: number, subject?: RegExp): Promise<ReceivedMail>;
  /** Messages received for `address` so far. */
  mailsTo(address: string): ReceivedMail[];
  /** Holds messages at the end of DATA (the client waits for the server's answer) until `release()`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

interface Waiter {
  address: string;
  subject?: RegExp;
  resolve(mail: ReceivedMail): void;
}

/**
 * A real SMTP server inside the test process, on 127.0.0.1 and a free port:
 * no authentication, no TLS. The application under test sends to it over
 * TCP with its real nodemailer transport; tests read what arrived.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiters: Waiter[] = [];
  let held: { promise: Promise<void>; release(): void } | undefined;

  const deliver = (mail: ReceivedMail): void => {
    received.push(mail);
    for (const waiter of [...waiters]) {
      if (!mail.to.includes(waiter.address) || taken.has(mail)) continue;
      if (waiter.subject && !waiter.subject.test(mail.subject)) continue;
      taken.add(mail);
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(mail);
    }
  };

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): void => {
    simpleParser(stream)
      .then(async (parsed) => {
        if (held) await held.promise;
        const envelope = session.envelope;
        deliver({
          to: envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          envelopeFrom: envelope.mailFrom === false ? '' : envelope.mailFrom.address,
          from: parsed.from?.text ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
        });
        callback();
      })
      .catch((error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error))),
      );
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onData,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    mailsTo: (address) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    nextMailTo: (address, timeoutMs = 20_000, subject) => {
      const wanted = address.toLowerCase();
      const waiting = received.find(
        (mail) =>
          mail.to.includes(wanted) &&
          !taken.has(mail) &&
          (subject === undefined || subject.test(mail.subject)),
      );
      if (waiting) {
        taken.add(waiting);
        return Promise.resolve(waiting);
      }
      return new Promise<ReceivedMail>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no mail to ${wanted} within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          address: wanted,
          subject,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        waiters.push(waiter);
      });
    },
    hold: () => {
      let release = (): void => undefined;
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release: () => {
      held?.release();
      held = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        held?.release();
        server.close(() => resolve());
      }),
  };
}

/** The `token` query parameter of the first link in a mail's text that starts with `baseUrl`. */
export function linkTokenIn(mail: ReceivedMail, baseUrl: string): string {
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${baseUrl}?token=… link in the mail:\n${mail.text}`);
  return match[1];
}
