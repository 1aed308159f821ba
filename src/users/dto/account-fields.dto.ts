import { Optional } from '../../common/validation/optional';
import { EmailField, PasswordField, UsernameField } from './user-fields';

/** What every new account needs: registration, admin creation and the CLI share it. */
export class NewAccountDto {
  @UsernameField({ required: true })
  username!: string;

  @EmailField({ required: true })
  email!: string;

  @PasswordField({ required: true })
  password!: string;
}

/** The identity fields a change may touch; omitted ones stay as they are. */
export class IdentityChangesDto {
  @Optional()
  @UsernameField({ required: false })
  username?: string;

  @Optional()
  @EmailField({ required: false })
  email?: string;
}
