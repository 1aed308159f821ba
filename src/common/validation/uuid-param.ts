import { ParseUUIDPipe } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

/** For `@Param('id', UUID_PARAM)`: a malformed id in the path is a malformed request (400), not a missing resource. */
export const UUID_PARAM = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () =>
    new AppException(400, 'INVALID_ID', 'The id in the path is not a valid UUID.'),
});
