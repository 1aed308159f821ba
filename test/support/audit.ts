import type { TestApp } from './test-app';
import type { SignedIn } from './factories';
import { AuditService } from '../../src/audit/audit.service';
import { EmailVerificationService } from '../../src/auth/email-verification/email-verification.service';

export interface AuditEventJson {
  id: string;
  occurred_at: string;
  action: string;
  outcome: 'success' | 'failure';
  actor_id: string | null;
  actor_type: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
}

/** Every event (newest first) through the admin export, after queued events are written. */
export async function allAuditEvents(
  t: TestApp,
  admin: SignedIn,
  query: Record<string, string> = {},
): Promise<{ events: AuditEventJson[]; text: string }> {
  // Verification mail (and its event) goes out in the background.
  await t.app.get(EmailVerificationService).idle();
  await t.app.get(AuditService).flush();
  const res = await t.http
    .get('/api/v1/audit-events/export')
    .query(query)
    .set('Authorization', admin.auth)
    .buffer(true)
    .parse((response, callback) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => callback(null, text));
    })
    .expect(200);
  const text = res.body as string;
  const events = text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as AuditEventJson);
  return { events, text };
}

/** SQL that makes every insert into audit_events fail, on either database. */
export function failingAuditTrigger(
  kind: 'sqlite' | 'mysql',
  table = 'audit_events',
  on = 'INSERT',
) {
  const name = `test_fail_${table}_${on.toLowerCase()}`;
  return {
    create:
      kind === 'sqlite'
        ? `CREATE TRIGGER ${name} BEFORE ${on} ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`
        : `CREATE TRIGGER ${name} BEFORE ${on} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'`,
    drop: `DROP TRIGGER ${name}`,
  };
}
