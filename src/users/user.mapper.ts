import type { UserResponseDto } from './dto/user-response.dto';
import type { UserEntity } from './user.entity';

/**
 * The only way a user leaves the API: an explicit allow-list of fields, so a
 * password hash (or any column added later) cannot leak by accident.
 */
export function toUserResponse(
  user: Omit<
    UserEntity,
    'hashed_password' | 'username_normalized' | 'scim_user_name' | 'scim_user_name_normalized'
  >,
): UserResponseDto {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    is_active: user.is_active,
    is_admin: user.is_admin,
    email_verified: user.email_verified,
    mfa_enabled: user.mfa_enabled,
    created_at: user.created_at.toISOString(),
    updated_at: user.updated_at.toISOString(),
  };
}
