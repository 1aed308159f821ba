import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Command, CommandRunner, Option } from 'nest-commander';
import { AppException } from '../common/errors/app.exception';
import { toFieldErrors } from '../common/validation/validation.pipe';
import { NewAccountDto } from '../users/dto/account-fields.dto';
import { UsersService } from '../users/users.service';

interface CreateAdminOptions {
  username?: string;
  email?: string;
  password?: string;
}

/**
 * `npm run cli -- create-admin --username <u> --email <e> --password <p>`:
 * creates an administrator, or promotes (and reactivates) the existing user
 * with that username. Exits non-zero with the problems on bad input.
 */
@Command({
  name: 'create-admin',
  description: 'Create an administrator, or promote the user with that username',
})
export class CreateAdminCommand extends CommandRunner {
  constructor(private readonly users: UsersService) {
    super();
  }

  @Option({
    flags: '--username <username>',
    description: '3–32 letters, digits, ".", "_" or "-"',
    required: true,
  })
  parseUsername(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'the administrator’s email', required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({
    flags: '--password <password>',
    description: '8–128 characters, not a common password',
    required: true,
  })
  parsePassword(value: string): string {
    return value;
  }

  async run(_args: string[], options: CreateAdminOptions): Promise<void> {
    // The same field rules as the API's registration.
    const input = plainToInstance(NewAccountDto, options);
    const problems = toFieldErrors(await validate(input, { forbidUnknownValues: true }));
    if (problems.length > 0)
      throw new Error(`invalid input: ${problems.map((p) => p.message).join('; ')}`);
    try {
      const { user, created } = await this.users.createOrPromoteAdmin(input);
      process.stdout.write(
        created
          ? `Created administrator ${user.username} <${user.email}> (id ${user.id})\n`
          : `Promoted existing user ${user.username} <${user.email}> to administrator (id ${user.id}); email and password unchanged\n`,
      );
    } catch (error) {
      if (error instanceof AppException) {
        const details = error.errors?.map((e) => e.message).join('; ');
        throw new Error(`${details ?? error.detail} (${error.code})`);
      }
      throw error;
    }
  }
}
