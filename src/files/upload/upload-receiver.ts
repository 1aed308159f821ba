import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { filesConfig, type FilesSettings } from '../../config/files.config';
import { FileErrors } from '../files.errors';
import { StorageFailures } from '../storage-failures';
import { StorageIdentity } from '../storage-identity.service';
import { STORAGE_DRIVER, type StorageDriver } from '../storage/storage-driver';
import { TemporaryArea } from '../temporary-area';
import { detectContentType, SNIFF_BYTES } from './content-type-detection';
import { checkFilename } from './filename-rules';
import { objectKeyFor } from '../storage/storage-keys';
import { errorForLog } from '../../common/errors/error-for-log';

/** What a successfully received upload is, before it becomes a file. */
export interface ReceivedUpload {
  /** The id the file will have. */
  fileId: string;
  /** Where the bytes are now: the final key, or a temporary one to `move` from. */
  storedKey: string;
  finalKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Reads from `stream` until `bytes` are buffered or it ends; leaves the rest unread (paused). */
function readHead(stream: Readable, bytes: number): Promise<{ head: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) {
        stream.pause();
        cleanup();
        resolve({ head: Buffer.concat(chunks), ended: false });
      }
    };
    const onEnd = () => {
      cleanup();
      resolve({ head: Buffer.concat(chunks), ended: true });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

/**
 * The upload path for one file part, as multer hands it over: check the name,
 * sniff the type from the first bytes (refusing before anything is stored),
 * then stream into storage (a temporary object, or the final key where the
 * driver's writes are atomic) while counting and hashing. Any failure
 * (too large, client gone, storage error) removes the partial object before
 * it is reported. Memory stays at one sniffing buffer however big the file.
 */
@Injectable()
export class UploadReceiver {
  private readonly logger = new Logger(UploadReceiver.name);

  constructor(
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(filesConfig.KEY) private readonly settings: FilesSettings,
    private readonly identity: StorageIdentity,
    private readonly temporary: TemporaryArea,
    private readonly failures: StorageFailures,
  ) {}

  async receive(part: {
    stream: Readable;
    originalname?: string;
    mimetype?: string;
  }): Promise<ReceivedUpload> {
    // Bytes are only written into storage known to be this database's (see StorageIdentity).
    if (!this.identity.current.verified) throw FileErrors.storageUnavailable();
    const name = checkFilename(part.originalname);
    if (!name.ok) throw FileErrors.badFilename(name.reason);

    const { head, ended } = await readHead(part.stream, SNIFF_BYTES);
    if (head.length === 0) throw FileErrors.empty();
    if (head.length > this.settings.maxUploadBytes)
      throw FileErrors.tooLarge(this.settings.maxUploadBytes);
    const detection = await detectContentType({
      sample: head,
      complete: ended,
      declaredType: part.mimetype,
      filename: name.filename,
      allowedTypes: this.settings.allowedFileTypes,
    });
    if (!detection.ok) throw FileErrors.unsupportedType(detection.reason);

    const fileId = randomUUID();
    const finalKey = objectKeyFor(fileId);
    const storedKey = this.storage.writesAreAtomic ? finalKey : this.temporary.keyFor(fileId);
    const maxBytes = this.settings.maxUploadBytes;
    const hash = createHash('sha256');
    let size = 0;
    // What fails while reading the part is the client's doing (`clientFailure`:
    // too large, client gone, malformed body); anything else, e.g. the disk
    // filling up, is the storage's and is answered as such (507/503).
    let clientFailure: unknown;
    // Counts and hashes what passes; past the limit it fails with 413, which
    // ends the storage write (and removes what was written).
    const body = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) {
          clientFailure = FileErrors.tooLarge(maxBytes);
          callback(clientFailure as Error);
          return;
        }
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    body.write(head);
    if (ended) body.end();
    else {
      // The part is piped, not iterated or pipelined, so that stopping early never
      // destroys it: destroying busboy's stream for the part makes multer report the
      // upload as failed (AbortError → 400) on its own, and that report raced this
      // one (413) — see UploadInterceptor. The part's own failures (client gone,
      // malformed body) are forwarded, as pipe() does not.
      part.stream.pipe(body);
      part.stream.once('error', (error) => {
        clientFailure = error;
        body.destroy(error);
      });
    }
    try {
      await this.storage.put(storedKey, body);
    } catch (error) {
      // Whatever is left of the part is read and dropped, so multer can finish the request.
      part.stream.unpipe(body);
      part.stream.resume();
      // put() removes what it wrote; make sure, and say so if it could not.
      await this.storage
        .delete(storedKey)
        .catch((cleanupError: unknown) =>
          this.logger.error(
            { key: storedKey, err: errorForLog(cleanupError) },
            'Could not remove a partial upload; the janitor will',
          ),
        );
      throw clientFailure ?? this.failures.answerFor(error, 'storing an upload');
    }
    return {
      fileId,
      storedKey,
      finalKey,
      filename: name.filename,
      contentType: detection.contentType,
      size,
      sha256: hash.digest('hex'),
    };
  }

  /** Drops a received upload that will not become a file. */
  discard(upload: Pick<ReceivedUpload, 'storedKey'>): Promise<void> {
    return this.storage.delete(upload.storedKey);
  }
}
