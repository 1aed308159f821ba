import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import {
  assertValidKey,
  ObjectNotFoundError,
  type ByteRange,
  type StorageDriver,
  type StoredObject,
} from './storage-driver';

/** Multipart part size: memory per upload is about partSize × queueSize, whatever the file size. */
const PART_SIZE_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

export interface S3DriverOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    (error instanceof S3ServiceException &&
      (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey'))
  );
}

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Swift's s3api, …).
 * Uploads are multipart and streamed (never buffered whole); a failed upload
 * is aborted so no parts linger. `move` is a server-side copy then delete.
 */
export class S3StorageDriver implements StorageDriver {
  /** A multipart upload becomes an object only when completed: no temporary key, no copy. */
  readonly writesAreAtomic = true;
  readonly location: string;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3DriverOptions) {
    this.bucket = options.bucket;
    this.location = `S3 bucket "${options.bucket}"${options.endpoint ? ` at ${options.endpoint}` : ''}`;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Checksums only where the protocol requires them: streamed uploads of
      // unknown length cannot carry one up front, and some S3-compatible
      // servers reject the trailing-checksum encoding.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, source: Readable): Promise<void> {
    assertValidKey(key);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: source },
      partSize: PART_SIZE_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      source.destroy();
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    assertValidKey(from);
    assertValidKey(to);
    await this.client.send(
      new CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: `${this.bucket}/${from}` }),
    );
    await this.delete(from);
  }

  async read(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number }> {
    assertValidKey(key);
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      // With a range, the total size is after the slash in Content-Range.
      const size = object.ContentRange
        ? Number(object.ContentRange.split('/')[1])
        : Number(object.ContentLength);
      return { stream: object.Body as Readable, size };
    } catch (error) {
      if (isMissing(error)) throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertValidKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        key,
        size: Number(head.ContentLength),
        modifiedAt: head.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  /** One ListObjectsV2 page (up to 1,000 keys) in memory at a time, in key order. */
  async *list(prefix: string, after?: string): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: `${prefix.replace(/\/+$/, '')}/`,
          ContinuationToken: token,
          ...(token === undefined && after !== undefined ? { StartAfter: after } : {}),
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key)
          yield {
            key: object.Key,
            size: Number(object.Size ?? 0),
            modifiedAt: object.LastModified ?? new Date(0),
          };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async removePrefix(prefix: string): Promise<void> {
    for await (const object of this.list(prefix)) await this.delete(object.key);
  }

  async readSmall(key: string): Promise<string | null> {
    assertValidKey(key);
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return (await object.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Buckets are never created by the app, so `createStorage` changes nothing
   * here. `exclusive` is a conditional write (If-None-Match: *); servers that
   * do not implement it get a check-then-write, which is enough for the one
   * place that uses it (the first start).
   */
  async writeSmall(
    key: string,
    content: string,
    options: { exclusive?: boolean } = {},
  ): Promise<boolean> {
    assertValidKey(key);
    const put = (ifNoneMatch?: string) =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: content,
          ContentType: 'application/json',
          IfNoneMatch: ifNoneMatch,
        }),
      );
    if (!options.exclusive) {
      await put();
      return true;
    }
    try {
      await put('*');
      return true;
    } catch (error) {
      const status = (error as S3ServiceException).$metadata?.httpStatusCode;
      if (status === 412 || status === 409) return false;
      if (status !== 501 && status !== 400) throw error;
    }
    if ((await this.stat(key)) !== null) return false;
    await put();
    return true;
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  /** Object stores do not run out of space in a way a client can measure. */
  freeBytes(): Promise<null> {
    return Promise.resolve(null);
  }

  destroy(): void {
    this.client.destroy();
  }
}
