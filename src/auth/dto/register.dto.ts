import { EmailField, PasswordField, UsernameField } from '../../users/dto/user-fields';

/** `POST /auth/register`. Nothing else is accepted: `is_admin`, `is_active` or `id` get 422. */
export class RegisterDto {
  @UsernameField({ required: true })
  username!: string;

  @EmailField({ required: true })
  email!: string;

  @PasswordField({ required: true })
  password!: string;
}
