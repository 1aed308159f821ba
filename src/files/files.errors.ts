import { AppException } from '../common/errors/app.exception';

export const FileErrors = {
  notFound: () => new AppException(404, 'FILE_NOT_FOUND', 'No file with that id.'),
  tooLarge: (maxBytes: number) =>
    new AppException(
      413,
      'FILE_TOO_LARGE',
      `The file is larger than the limit of ${maxBytes} bytes.`,
    ),
  unsupportedType: (reason: string) =>
    new AppException(415, 'UNSUPPORTED_FILE_TYPE', `The file type is not accepted: ${reason}.`),
  notMultipart: () =>
    new AppException(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the upload as multipart/form-data with one part named "file".',
    ),
  empty: () =>
    new AppException(422, 'EMPTY_FILE', 'The file is empty.', {
      errors: [{ field: 'file', message: 'file must not be empty' }],
    }),
  missing: () =>
    new AppException(422, 'VALIDATION_FAILED', 'The request has invalid or unknown fields.', {
      errors: [{ field: 'file', message: 'a part named "file" with a file is required' }],
    }),
  badFilename: (reason: string) =>
    new AppException(422, 'INVALID_FILENAME', `The filename is not accepted: it ${reason}.`, {
      errors: [{ field: 'file', message: `filename ${reason}` }],
    }),
  malformedMultipart: (detail = 'The multipart body is malformed or incomplete.') =>
    new AppException(400, 'MALFORMED_MULTIPART', detail),
  insufficientStorage: () =>
    new AppException(
      507,
      'INSUFFICIENT_STORAGE',
      'The file storage is full; nothing was kept. Try again later.',
    ),
  storageUnavailable: () =>
    new AppException(
      503,
      'STORAGE_UNAVAILABLE',
      'The file storage is unavailable; nothing was kept. Try again later.',
      { headers: { 'Retry-After': '30' } },
    ),
  uploadTimedOut: (idleSeconds: number) =>
    new AppException(
      408,
      'UPLOAD_TIMEOUT',
      `No part of the upload arrived for ${idleSeconds} seconds; nothing was kept.`,
    ),
  tooManyUploads: (limit: number) =>
    new AppException(
      429,
      'TOO_MANY_UPLOADS',
      `You already have ${limit} upload${limit === 1 ? '' : 's'} in progress; wait for one to finish.`,
      { headers: { 'Retry-After': '5' } },
    ),
  rangeNotSatisfiable: (size: number) =>
    new AppException(
      416,
      'RANGE_NOT_SATISFIABLE',
      'The requested range is malformed or outside the file.',
      {
        headers: { 'Content-Range': `bytes */${size}` },
      },
    ),
};
