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
