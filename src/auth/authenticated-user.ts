import type { UserEntity } from '../users/user.entity';

/**
 * Who is calling, as the authentication guard established it from current
 * data on this very request (never from claims cached in a token).
 */
export interface AuthenticatedUser {
  user: UserEntity;
  /** The sign-in session behind the access token. */
  sessionId: string;
}
