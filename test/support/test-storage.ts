import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where e2e tests put uploaded bytes: a temporary directory (local driver),
 * or a fresh bucket on a real S3-compatible server when TEST_S3_ENDPOINT is
 * set (e.g. the Swift server of ../shared/tools/start-s3.sh). Tests look at
 * storage through this, not through the app's driver.
 */
export function testStorageKind(): 'local' | 's3' {
  return process.env.TEST_S3_ENDPOINT ? 's3' : 'local';
}

function s3Client(): S3Client {
  return new S3Client({
    endpoint: process.env.TEST_S3_ENDPOINT,
    region: process.env.TEST_S3_REGION ?? 'us-east-1',
    forcePathStyle: true,
    credentials: {
      accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID ?? 'test:tester',
      secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY ?? 'testing',
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export interface TestStorage {
  /** Settings that point the app at this storage. */
  env: Record<string, string>;
  /** Every stored key, sorted. */
  keys(): Promise<string[]>;
  /** Places an object directly (bypassing the app); `old` backdates it where the storage allows. */
  place(key: string, data: Buffer | string, options?: { old?: boolean }): Promise<void>;
  /** Removes an object directly (bypassing the app). */
  remove(key: string): Promise<void>;
  /** An object's content as text (bypassing the app). */
  read(key: string): Promise<string>;
  /** True when `place(…, {old: true})` really backdates (local disk); S3 sets its own dates. */
  canBackdate: boolean;
  drop(): Promise<void>;
}

export async function createTestStorage(localDir: string): Promise<TestStorage> {
  if (testStorageKind() === 'local') {
    mkdirSync(localDir, { recursive: true });
    const walk = () => {
      try {
        return readdirSync(localDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) =>
            join(entry.parentPath, entry.name)
              .slice(localDir.length + 1)
              .split('\\')
              .join('/'),
          )
          .sort();
      } catch (error) {
        // A storage directory that is gone holds nothing; any other failure is the test's to see.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    };
    return {
      env: { STORAGE_DRIVER: 'local', STORAGE_DIR: localDir },
      keys: async () => walk(),
      place: async (key, data, options) => {
        const path = join(localDir, ...key.split('/'));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data);
        if (options?.old) {
          const hoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
          utimesSync(path, hoursAgo, hoursAgo);
        }
      },
      remove: async (key) => unlinkSync(join(localDir, ...key.split('/'))),
      read: async (key) => readFileSync(join(localDir, ...key.split('/')), 'utf8'),
      canBackdate: true,
      drop: async () => rmSync(localDir, { recursive: true, force: true }),
    };
  }

  const client = s3Client();
  const bucket = `rvp-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  const keys = async () => {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort();
  };
  return {
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT as string,
      S3_REGION: process.env.TEST_S3_REGION ?? 'us-east-1',
      S3_ACCESS_KEY_ID: process.env.TEST_S3_ACCESS_KEY_ID ?? 'test:tester',
      S3_SECRET_ACCESS_KEY: process.env.TEST_S3_SECRET_ACCESS_KEY ?? 'testing',
      S3_FORCE_PATH_STYLE: 'true',
      S3_BUCKET: bucket,
    },
    keys,
    place: async (key, data) => {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: data }));
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    read: async (key) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return (await object.Body?.transformToString('utf8')) ?? '';
    },
    canBackdate: false,
    drop: async () => {
      for (const key of await keys())
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      await client.send(new DeleteBucketCommand({ Bucket: bucket }));
      client.destroy();
    },
  };
}
