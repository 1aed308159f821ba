import { NewAccountDto } from '../../users/dto/account-fields.dto';

/** `POST /auth/register`. Nothing else is accepted: `is_admin`, `is_active` or `id` get 422. */
export class RegisterDto extends NewAccountDto {}
