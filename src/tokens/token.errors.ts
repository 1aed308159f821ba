import { AppException } from '../common/errors/app.exception';

/** The caller's own sessions and personal access tokens; someone else's are "not found" too. */
export const TokenErrors = {
  sessionNotFound: () =>
    new AppException(404, 'SESSION_NOT_FOUND', 'You have no active session with that id.'),
  personalTokenNotFound: () =>
    new AppException(
      404,
      'TOKEN_NOT_FOUND',
      'You have no active personal access token with that id.',
    ),
};
