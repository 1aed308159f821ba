import { Command, CommandRunner } from 'nest-commander';
import { describeProblem } from '../audit/audit-chain';
import { AuditLogService } from '../audit/audit-log.service';

/**
 * `npm run cli -- audit-verify`: walks the audit hash chain from the purge
 * anchor to its head and exits 1 naming the first event that was edited,
 * removed or inserted out of order.
 */
@Command({
  name: 'audit-verify',
  description: 'Verify the audit log hash chain; exits 1 naming the first bad event',
})
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly auditLog: AuditLogService) {
    super();
  }

  async run(): Promise<void> {
    const result = await this.auditLog.verify();
    if (!result.ok) {
      throw new Error(
        `audit chain broken after ${result.checked} good event(s): ${describeProblem(result.problem)}`,
      );
    }
    process.stdout.write(
      result.checked === 0
        ? 'audit chain ok: no events\n'
        : `audit chain ok: ${result.checked} events (#${result.firstSeq} to #${result.lastSeq})\n`,
    );
    // Kept somewhere else (a ticket, a SIEM), the head hash later proves the chain up to it
    // was not rewritten as a whole, which no check inside one database can.
    process.stdout.write(`head: #${result.lastSeq} ${result.lastHash}\n`);
  }
}
