import { registerDecorator, type ValidationOptions } from 'class-validator';

// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** Rejects strings containing NUL or other control characters. */
export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'noControlCharacters',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must not contain control characters', ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value),
      },
    });
  };
}

/**
 * Characters that change how text displays without being seen themselves
 * (Unicode TR 36/UTS 39/UTS 55 guidance): format characters (general
 * category Cf: the bidi embeddings, overrides, isolates and marks, zero-width
 * space and joiners, word joiner, BOM, soft hyphen, tags, …) and the other
 * default-ignorable code points (Hangul fillers, combining grapheme joiner,
 * …). `report\u202Etxt.exe` displays as "reportexe.txt". Variation selectors
 * are ignorable too but only pick a glyph's style (the emoji "❤️"), so they
 * are allowed.
 */
const INVISIBLE_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const VARIATION_SELECTOR = /^\p{Variation_Selector}$/u;

export function hasInvisibleCharacters(value: string): boolean {
  for (const [character] of value.matchAll(INVISIBLE_CHARACTERS))
    if (!VARIATION_SELECTOR.test(character)) return true;
  return false;
}

export const INVISIBLE_CHARACTERS_MESSAGE =
  'must not contain invisible or bidirectional control characters';

/** Rejects strings with bidi controls, zero-width and other invisible characters (see above). */
export function NoInvisibleCharacters(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'noInvisibleCharacters',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property ${INVISIBLE_CHARACTERS_MESSAGE}`, ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleCharacters(value),
      },
    });
  };
}
