import { AppException } from '../common/errors/app.exception';
import { validationFailed } from '../common/validation/validation.pipe';

export const UserErrors = {
  usernameTaken: () => new AppException(409, 'USERNAME_TAKEN', 'That username is already taken.'),
  emailTaken: () =>
    new AppException(409, 'EMAIL_TAKEN', 'An account with that email already exists.'),
  notFound: () => new AppException(404, 'USER_NOT_FOUND', 'No user with that id.'),
  lastAdmin: () =>
    new AppException(
      409,
      'LAST_ADMIN',
      'This is the last active administrator; it cannot be deactivated, demoted or deleted.',
    ),
  weakPassword: (field: string, message: string) =>
    validationFailed([{ field, message: `${field} ${message}` }]),
  wrongCurrentPassword: () =>
    new AppException(422, 'INVALID_CURRENT_PASSWORD', 'The current password is incorrect.', {
      errors: [{ field: 'current_password', message: 'current_password is incorrect' }],
    }),
};
