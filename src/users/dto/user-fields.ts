import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
} from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { NoControlCharacters, NoInvisibleCharacters } from '../../common/validation/string-rules';
import { canonicalEmail, EMAIL_MAX_LENGTH, USERNAME_PATTERN } from '../user-rules';

/** Trims and NFC-normalises, so one name has one spelling before any rule looks at it. */
function TrimNfc(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().normalize('NFC') : value,
  );
}

/** The email has a stored form (an IDNA domain) that fits the column. */
function HasCanonicalEmail(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'hasCanonicalEmail',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must have a valid domain name and fit in ${EMAIL_MAX_LENGTH} characters with the domain in its ASCII form`,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true;
          const canonical = canonicalEmail(value);
          return canonical !== undefined && canonical.length <= EMAIL_MAX_LENGTH;
        },
      },
    });
  };
}

/**
 * The validation and documentation of the user fields, shared by every DTO
 * that accepts them (register, admin create/update, profile update, CLI).
 */
export function UsernameField(options: { required: boolean }) {
  const doc = {
    example: 'ada.lovelace',
    description:
      '3–32 letters, digits, `.`, `_` or `-`; unique ignoring case. Surrounding spaces are ignored.',
    minLength: 3,
    maxLength: 32,
    pattern: USERNAME_PATTERN.source,
  };
  return applyDecorators(
    options.required ? ApiProperty(doc) : ApiPropertyOptional(doc),
    TrimNfc(),
    IsString(),
    // The pattern refuses these too; this names the spoofing attempt for what it is.
    NoInvisibleCharacters(),
    Matches(USERNAME_PATTERN, {
      message: 'username must be 3–32 letters, digits, ".", "_" or "-"',
    }),
  );
}

export function EmailField(options: { required: boolean }) {
  const doc = {
    example: 'ada@example.org',
    format: 'email',
    maxLength: EMAIL_MAX_LENGTH,
    description:
      'Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.',
  };
  return applyDecorators(
    options.required ? ApiProperty(doc) : ApiPropertyOptional(doc),
    Trim(),
    IsString(),
    MaxLength(EMAIL_MAX_LENGTH),
    NoInvisibleCharacters(),
    IsEmail({ allow_utf8_local_part: false }, { message: 'email must be a valid email address' }),
    HasCanonicalEmail(),
  );
}

/**
 * Length and strength are checked by the password policy in the service
 * (characters, not bytes; common passwords); this only bounds the input.
 */
export function PasswordField(options: {
  required: boolean;
  name?: string;
  description?: string;
  /** Where two password fields meet (current and new), their examples must differ. */
  example?: string;
}) {
  const doc = {
    example: options.example ?? 'correct horse battery staple',
    format: 'password',
    minLength: 8,
    maxLength: 128,
    description:
      options.description ??
      '8–128 characters, any Unicode; not a common password and not the username or email.',
  };
  return applyDecorators(
    options.required ? ApiProperty(doc) : ApiPropertyOptional(doc),
    IsString(),
    IsNotEmpty(),
    MaxLength(1024),
    NoControlCharacters(),
  );
}
