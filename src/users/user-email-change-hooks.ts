import { Injectable } from '@nestjs/common';

/** An account's email changed (and stopped counting as verified). */
export interface EmailChange {
  userId: string;
  username: string;
  previousEmail: string;
  email: string;
}

/**
 * Lets other modules react to an email change without the users module
 * depending on them (auth mails a verification link to the new address and
 * a notice to the old one). Listeners run after the change committed; they
 * must not throw, and what they do (mail) happens in the background.
 */
export interface UserEmailChangeListener {
  emailChanged(change: EmailChange): void;
}

@Injectable()
export class UserEmailChangeHooks {
  private readonly listeners: UserEmailChangeListener[] = [];

  register(listener: UserEmailChangeListener): void {
    this.listeners.push(listener);
  }

  notify(change: EmailChange): void {
    for (const listener of this.listeners) listener.emailChanged(change);
  }
}
