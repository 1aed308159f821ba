import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import {
  booleanSetting,
  enumSetting,
  integerSetting,
  optionalStringSetting,
  optionalUrlSetting,
  parseSettings,
  stringSetting,
} from './settings';

/** S3's limit for a single-request server-side copy. */
const S3_MAX_OBJECT_COPY_BYTES = 5 * 1024 ** 3;

/** Office Open XML types, accepted in ALLOWED_FILE_TYPES by their short names too. */
export const FILE_TYPE_ALIASES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export const DEFAULT_ALLOWED_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
  'application/zip',
  'docx',
  'xlsx',
  'pptx',
].join(',');

export const filesSettingsSchema = z.object({
  STORAGE_DRIVER: enumSetting(['local', 's3'], 'local'),
  STORAGE_DIR: stringSetting('./data/files'),
  MAX_UPLOAD_BYTES: integerSetting({ min: 1, max: 1024 ** 4, default: 100 * 1024 * 1024 }),
  ALLOWED_FILE_TYPES: stringSetting(DEFAULT_ALLOWED_FILE_TYPES),
  S3_ENDPOINT: optionalUrlSetting(['http', 'https']),
  S3_BUCKET: optionalStringSetting(),
  S3_REGION: stringSetting('us-east-1'),
  S3_ACCESS_KEY_ID: optionalStringSetting(),
  S3_SECRET_ACCESS_KEY: optionalStringSetting(),
  S3_FORCE_PATH_STYLE: booleanSetting(false),
  FILES_TEMP_MAX_AGE_SECONDS: integerSetting({ min: 1, max: 604_800, default: 3_600 }),
  FILES_JANITOR_INTERVAL_SECONDS: integerSetting({ min: 0, max: 604_800, default: 3_600 }),
  FILES_QUARANTINE_RETENTION_SECONDS: integerSetting({
    min: 1,
    max: 31_536_000,
    default: 604_800,
  }),
  FILES_JANITOR_MAX_QUARANTINE_PER_PASS: integerSetting({ min: 0, max: 100_000, default: 50 }),
  FILES_JANITOR_PASS_MAX_ITEMS: integerSetting({ min: 1, max: 100_000_000, default: 100_000 }),
  FILES_JANITOR_PASS_MAX_SECONDS: integerSetting({ min: 1, max: 86_400, default: 300 }),
  FILES_JANITOR_LEASE_SECONDS: integerSetting({ min: 5, max: 86_400, default: 120 }),
  STORAGE_MIN_FREE_BYTES: integerSetting({ min: 0, max: 1024 ** 5, default: 100 * 1024 * 1024 }),
  UPLOAD_IDLE_TIMEOUT_SECONDS: integerSetting({ min: 1, max: 3_600, default: 30 }),
  MAX_CONCURRENT_UPLOADS_PER_USER: integerSetting({ min: 1, max: 1_000, default: 3 }),
});

export type FilesSettings = {
  storageDriver: 'local' | 's3';
  storageDir: string;
  maxUploadBytes: number;
  allowedFileTypes: string[];
  /** Temporary objects and unreferenced objects younger than this are left alone (uploads in flight). */
  tempMaxAgeSeconds: number;
  /** How often the janitor runs after its start-up pass; 0 turns the periodic runs off. */
  janitorIntervalSeconds: number;
  /** How long an unreferenced object stays in quarantine before the janitor deletes it. */
  quarantineRetentionSeconds: number;
  /** At most this many unreferenced objects are moved to quarantine per janitor pass. */
  maxQuarantinePerPass: number;
  /** A janitor pass stops after looking at this many objects and rows; the next pass continues. */
  janitorPassMaxItems: number;
  /** A janitor pass stops after this long; the next pass continues. */
  janitorPassMaxSeconds: number;
  /** How long the janitor lease lasts without renewal (renewed every 500 items). */
  janitorLeaseSeconds: number;
  /** Readiness fails when the local storage has less free space than this (0: not checked). */
  minFreeBytes: number;
  /** An upload whose body makes no progress for this long is cut with 408. */
  uploadIdleTimeoutSeconds: number;
  /** Uploads one user may have in flight at once (per instance); more get 429. */
  maxConcurrentUploadsPerUser: number;
  s3: {
    endpoint: string | undefined;
    bucket: string | undefined;
    region: string;
    accessKeyId: string | undefined;
    secretAccessKey: string | undefined;
    forcePathStyle: boolean;
  };
};

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

function parseAllowedFileTypes(raw: string): string[] {
  const types = raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .map((entry) => FILE_TYPE_ALIASES[entry] ?? entry);
  const invalid = types.find((type) => !MIME_TYPE.test(type));
  if (invalid !== undefined || types.length === 0) {
    throw new ConfigurationError(
      'ALLOWED_FILE_TYPES',
      `must be a comma-separated list of MIME types (or docx, xlsx, pptx)${invalid ? ` (got ${JSON.stringify(invalid)})` : ''}`,
    );
  }
  return [...new Set(types)];
}

export function loadFilesSettings(env: NodeJS.ProcessEnv = process.env): FilesSettings {
  const parsed = parseSettings(filesSettingsSchema, env, ['S3_SECRET_ACCESS_KEY']);
  if (parsed.STORAGE_DRIVER === 's3') {
    if (!parsed.S3_BUCKET)
      throw new ConfigurationError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
    if (Boolean(parsed.S3_ACCESS_KEY_ID) !== Boolean(parsed.S3_SECRET_ACCESS_KEY)) {
      throw new ConfigurationError(
        parsed.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
        'must be set together with the other S3 key (or leave both unset to use the SDK default credentials)',
      );
    }
    // The S3 driver's move() is a single server-side copy, which S3 limits to 5 GiB.
    // (Uploads now go straight to their final key, so the multipart limit, 10,000 parts
    // of 5 MiB, would allow more; the bound is kept until move() does multipart copies.)
    if (parsed.MAX_UPLOAD_BYTES > S3_MAX_OBJECT_COPY_BYTES) {
      throw new ConfigurationError(
        'MAX_UPLOAD_BYTES',
        `must be at most ${S3_MAX_OBJECT_COPY_BYTES} with STORAGE_DRIVER=s3`,
      );
    }
  }
  return {
    storageDriver: parsed.STORAGE_DRIVER,
    storageDir: resolve(parsed.STORAGE_DIR),
    maxUploadBytes: parsed.MAX_UPLOAD_BYTES,
    allowedFileTypes: parseAllowedFileTypes(parsed.ALLOWED_FILE_TYPES),
    tempMaxAgeSeconds: parsed.FILES_TEMP_MAX_AGE_SECONDS,
    janitorIntervalSeconds: parsed.FILES_JANITOR_INTERVAL_SECONDS,
    quarantineRetentionSeconds: parsed.FILES_QUARANTINE_RETENTION_SECONDS,
    maxQuarantinePerPass: parsed.FILES_JANITOR_MAX_QUARANTINE_PER_PASS,
    janitorPassMaxItems: parsed.FILES_JANITOR_PASS_MAX_ITEMS,
    janitorPassMaxSeconds: parsed.FILES_JANITOR_PASS_MAX_SECONDS,
    janitorLeaseSeconds: parsed.FILES_JANITOR_LEASE_SECONDS,
    minFreeBytes: parsed.STORAGE_MIN_FREE_BYTES,
    uploadIdleTimeoutSeconds: parsed.UPLOAD_IDLE_TIMEOUT_SECONDS,
    maxConcurrentUploadsPerUser: parsed.MAX_CONCURRENT_UPLOADS_PER_USER,
    s3: {
      endpoint: parsed.S3_ENDPOINT,
      bucket: parsed.S3_BUCKET,
      region: parsed.S3_REGION,
      accessKeyId: parsed.S3_ACCESS_KEY_ID,
      secretAccessKey: parsed.S3_SECRET_ACCESS_KEY,
      forcePathStyle: parsed.S3_FORCE_PATH_STYLE,
    },
  };
}

export const filesConfig = registerAs('files', (): FilesSettings => loadFilesSettings());
