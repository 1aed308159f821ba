import { IsBoolean, IsEmail, IsString, MaxLength } from 'class-validator';
import { AppException } from '../errors/app.exception';
import { Optional } from './optional';
import { NoControlCharacters } from './string-rules';
import { AppValidationPipe } from './validation.pipe';

class ExampleDto {
  @IsString()
  @MaxLength(8)
  @NoControlCharacters()
  name!: string;

  @IsEmail()
  email!: string;

  @Optional()
  @IsBoolean()
  flag?: boolean;
}

const pipe = new AppValidationPipe();
const body = { type: 'body' as const, metatype: ExampleDto };

async function failure(value: unknown): Promise<AppException> {
  try {
    await pipe.transform(value, body);
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected validation to fail');
}

describe('AppValidationPipe', () => {
  it('passes a valid body through as the DTO class', async () => {
    await expect(
      pipe.transform({ name: 'ada', email: 'ada@example.org' }, body),
    ).resolves.toBeInstanceOf(ExampleDto);
  });

  it('answers 422 VALIDATION_FAILED listing every field problem', async () => {
    const error = await failure({ name: 'much too long', email: 'nope' });
    expect(error.getStatus()).toBe(422);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors?.map((e) => e.field).sort()).toEqual(['email', 'name']);
  });

  it('rejects unknown fields instead of dropping them', async () => {
    const error = await failure({ name: 'ada', email: 'ada@example.org', is_admin: true });
    expect(error.errors).toEqual([{ field: 'is_admin', message: 'is not an accepted field' }]);
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])(
    'rejects the prototype key %s (class-transformer would drop it silently)',
    async (key) => {
      const error = await failure(
        JSON.parse(`{"name":"ada","email":"ada@example.org","${key}":{}}`),
      );
      expect(error.getStatus()).toBe(422);
      expect(error.errors).toEqual([{ field: key, message: 'is not an accepted field' }]);
    },
  );

  it('rejects NUL and other control characters', async () => {
    const error = await failure({ name: 'a\u0000b', email: 'ada@example.org' });
    expect(error.errors).toEqual([
      { field: 'name', message: 'name must not contain control characters' },
    ]);
  });

  it('lets an optional field be omitted', async () => {
    await expect(
      pipe.transform({ name: 'ada', email: 'ada@example.org' }, body),
    ).resolves.toMatchObject({ name: 'ada' });
  });

  it('refuses null for an optional field with one message naming it', async () => {
    const error = await failure({ name: 'ada', email: 'ada@example.org', flag: null });
    expect(error.getStatus()).toBe(422);
    expect(error.errors).toEqual([{ field: 'flag', message: 'flag must not be null' }]);
  });

  it('still applies the rules of an optional field that is present', async () => {
    const error = await failure({ name: 'ada', email: 'ada@example.org', flag: 'yes' });
    expect(error.errors).toEqual([{ field: 'flag', message: 'flag must be a boolean value' }]);
  });

  it.each([[[]], [['a']], ['text'], [42], [null]])(
    'rejects a body that is not an object: %j',
    async (value) => {
      const error = await failure(value);
      expect(error.getStatus()).toBe(422);
      expect(error.errors).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
    },
  );
});
