import { IdentityChangesDto } from '../../users/dto/account-fields.dto';

/** `PATCH /auth/me`: only `username` and `email`; anything else (`is_admin`, …) is 422. */
export class UpdateMeDto extends IdentityChangesDto {}
