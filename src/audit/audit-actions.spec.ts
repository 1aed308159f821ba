import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTION_NAMES } from './audit-actions';

describe('the audit action list', () => {
  it('names actions in dotted lower case', () => {
    for (const action of AUDIT_ACTION_NAMES) expect(action).toMatch(/^[a-z]+\.[a-z_]+$/);
  });

  it('is documented in docs/audit-log.md, every action', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'audit-log.md'), 'utf8');
    for (const action of AUDIT_ACTION_NAMES) expect(doc).toContain(`| \`${action}\``);
  });
});
