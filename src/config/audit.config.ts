import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { booleanSetting, integerSetting, parseSettings } from './settings';

export const auditSettingsSchema = z.object({
  AUDIT_ENABLED: booleanSetting(true),
  AUDIT_RETENTION_DAYS: integerSetting({ min: 1, max: 36_500, default: 365 }),
  AUDIT_PURGE_INTERVAL_SECONDS: integerSetting({ min: 60, max: 604_800, default: 3_600 }),
  AUDIT_PURGE_BATCH_SIZE: integerSetting({ min: 10, max: 100_000, default: 1_000 }),
});

export type AuditSettings = {
  /**
   * False only to measure what auditing costs (bench/audit.js): nothing is
   * recorded at all, so the log and its chain have gaps in time. Keep it on.
   */
  enabled: boolean;
  /** Events older than this many days are purged. */
  retentionDays: number;
  purgeIntervalSeconds: number;
  /** Rows deleted per purge transaction, so a purge never holds long locks. */
  purgeBatchSize: number;
};

export function loadAuditSettings(env: NodeJS.ProcessEnv = process.env): AuditSettings {
  const parsed = parseSettings(auditSettingsSchema, env);
  return {
    enabled: parsed.AUDIT_ENABLED,
    retentionDays: parsed.AUDIT_RETENTION_DAYS,
    purgeIntervalSeconds: parsed.AUDIT_PURGE_INTERVAL_SECONDS,
    purgeBatchSize: parsed.AUDIT_PURGE_BATCH_SIZE,
  };
}

export const auditConfig = registerAs('audit', (): AuditSettings => loadAuditSettings());
