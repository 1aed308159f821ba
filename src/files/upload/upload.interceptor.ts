import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import { AppException } from '../../common/errors/app.exception';
import { filesConfig, type FilesSettings } from '../../config/files.config';
import { FileErrors } from '../files.errors';
import {
  StreamingStorageEngine,
  UPLOAD_FAILED,
  type RequestWithUpload,
} from './multer-storage.engine';
import { UploadReceiver } from './upload-receiver';
import { UploadSlots } from './upload-slots';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';

/** Room for multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

function toAppException(error: unknown): unknown {
  if (error instanceof AppException) return error;
  if (error instanceof MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_COUNT':
        return FileErrors.malformedMultipart('Send exactly one file, in a part named "file".');
      case 'LIMIT_UNEXPECTED_FILE':
        return FileErrors.malformedMultipart(
          `Unexpected file part "${error.field ?? ''}": the file goes in a part named "file".`,
        );
      case 'LIMIT_FIELD_COUNT':
      case 'LIMIT_PART_COUNT':
        return FileErrors.malformedMultipart('Send only one part, named "file".');
      default:
        return FileErrors.malformedMultipart(`The multipart body was refused (${error.code}).`);
    }
  }
  // busboy's parse errors ("Unexpected end of form", "Malformed part header", …) and client aborts.
  return FileErrors.malformedMultipart();
}

/**
 * Runs multer for `POST /files`, after the authentication guard (interceptors
 * run after guards, so nothing is read from an anonymous client). One part
 * named `file`, no other fields, filenames kept whole so path tricks can be
 * refused rather than silently stripped.
 *
 * Uploads have no total time limit (a slow link may take long for 100 MiB),
 * but a body that stops arriving for UPLOAD_IDLE_TIMEOUT_SECONDS is cut with
 * 408 UPLOAD_TIMEOUT, and each user may have at most
 * MAX_CONCURRENT_UPLOADS_PER_USER in progress (429 TOO_MANY_UPLOADS).
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;
  private readonly maxRequestBytes: number;
  private readonly slots: UploadSlots;
  private readonly maxConcurrentUploads: number;
  private readonly idleTimeoutSeconds: number;

  constructor(receiver: UploadReceiver, @Inject(filesConfig.KEY) settings: FilesSettings) {
    this.maxConcurrentUploads = settings.maxConcurrentUploadsPerUser;
    this.slots = new UploadSlots(settings.maxConcurrentUploadsPerUser);
    this.idleTimeoutSeconds = settings.uploadIdleTimeoutSeconds;
    this.maxRequestBytes = settings.maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
    this.upload = multer({
      storage: new StreamingStorageEngine(receiver),
      preservePath: true,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 0, parts: 1, headerPairs: 20, fieldNameSize: 100 },
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<RequestWithUpload>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!request.is('multipart/form-data')) throw FileErrors.notMultipart();
    const declaredLength = Number(request.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > this.maxRequestBytes) {
      response.setHeader('Connection', 'close');
      throw FileErrors.tooLarge(this.maxRequestBytes - MULTIPART_OVERHEAD_BYTES);
    }

    const caller = (request as RequestWithUpload & { user: AuthenticatedUser }).user;
    const release = this.slots.take(caller.user.id);
    if (!release) {
      response.setHeader('Connection', 'close');
      throw FileErrors.tooManyUploads(this.maxConcurrentUploads);
    }
    response.once('close', release);

    // The first failure reported wins. The storage engine reports its own (413, 415,
    // 422, storage errors) as soon as it knows; multer's (a malformed body, a client
    // gone) come through its callback, which waits for the engine unless the client
    // disconnected. So the engine must never make multer fail on its behalf (it must
    // not destroy the part's stream: see UploadReceiver), or multer's generic error
    // could arrive first and turn a 413 into a 400.
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (error: unknown) =>
          reject(error instanceof Error ? error : new Error(String(error)));
        request[UPLOAD_FAILED] = fail;
        // No byte for this long: the upload has stalled (slow but moving is fine). multer
        // reads the body; told that it failed, it ends the part stream, the partial
        // upload is removed, and its callback reports the timeout.
        request.setTimeout(this.idleTimeoutSeconds * 1000, () => {
          const timedOut = FileErrors.uploadTimedOut(this.idleTimeoutSeconds);
          request.emit('error', timedOut);
          fail(timedOut);
        });
        this.upload(request, response, (error?: unknown) => (error ? fail(error) : resolve()));
      });
    } catch (error) {
      // Whatever the client is still sending is not wanted: answer now and close the connection.
      response.setHeader('Connection', 'close');
      const answer = toAppException(error);
      // A stalled client may never end its body: drop the connection once answered.
      if (answer instanceof AppException && answer.getStatus() === 408) {
        response.once('finish', () => request.socket.destroy());
        setTimeout(() => request.socket.destroy(), 1_000).unref();
      }
      throw answer;
    } finally {
      request.setTimeout(0);
      delete request[UPLOAD_FAILED];
    }
    if (!request.file) throw FileErrors.missing();
    return next.handle();
  }
}
