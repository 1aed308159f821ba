import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import type { ReceivedUpload, UploadReceiver } from './upload-receiver';

/** Where the engine reports a failure as soon as it happens (see UploadInterceptor). */
export const UPLOAD_FAILED = Symbol('uploadFailed');

export type RequestWithUpload = Request & {
  [UPLOAD_FAILED]?: (error: unknown) => void;
  file?: Express.Multer.File & ReceivedUpload;
};

/**
 * A multer StorageEngine that streams the part through UploadReceiver into
 * storage (never into memory). Besides multer's callback it reports a failure
 * at once through the request, so the client gets its 413/415 without
 * waiting for multer to drain the rest of the body.
 */
export class StreamingStorageEngine implements StorageEngine {
  constructor(private readonly receiver: UploadReceiver) {}

  _handleFile(
    request: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<Express.Multer.File> & ReceivedUpload) => void,
  ): void {
    this.receiver
      .receive({
        stream: file.stream,
        originalname: file.originalname,
        mimetype: file.mimetype,
      })
      .then(
        (received) => callback(null, { ...received, size: received.size }),
        (error: unknown) => {
          (request as RequestWithUpload)[UPLOAD_FAILED]?.(error);
          callback(error);
        },
      );
  }

  _removeFile(
    _request: Request,
    file: Express.Multer.File & Partial<ReceivedUpload>,
    callback: (error: Error | null) => void,
  ): void {
    if (!file.storedKey) {
      callback(null);
      return;
    }
    this.receiver.discard({ storedKey: file.storedKey }).then(
      () => callback(null),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
