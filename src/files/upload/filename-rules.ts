/** Rules for the display filename a client sends with an upload. Pure; no I/O. */
import {
  hasInvisibleCharacters,
  INVISIBLE_CHARACTERS_MESSAGE,
} from '../../common/validation/string-rules';

export const FILENAME_MAX_BYTES = 255;

// C0 controls, DEL and C1 controls, plus the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Path separators and the characters Windows reserves in names. */
const RESERVED = /[/\\<>:"|?*]/;
/** Device names Windows will not create as files, with or without an extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Returns the filename to store (NFC-normalised), or a reason to refuse it.
 * The name is display metadata only and never becomes a path; refusing the
 * dangerous shapes still protects clients that save downloads under it.
 */
export function checkFilename(
  raw: string | undefined,
): { ok: true; filename: string } | { ok: false; reason: string } {
  if (raw === undefined || raw.trim() === '')
    return { ok: false, reason: 'a filename is required' };
  const filename = raw.normalize('NFC');
  if (Buffer.byteLength(filename, 'utf8') > FILENAME_MAX_BYTES) {
    return { ok: false, reason: `must be at most ${FILENAME_MAX_BYTES} bytes` };
  }
  if (CONTROL.test(filename)) return { ok: false, reason: 'must not contain control characters' };
  if (hasInvisibleCharacters(filename)) return { ok: false, reason: INVISIBLE_CHARACTERS_MESSAGE };
  if (RESERVED.test(filename))
    return { ok: false, reason: 'must not contain path separators or any of < > : " | ? *' };
  if (filename.includes('..')) return { ok: false, reason: 'must not contain ".."' };
  if (filename === '.' || /[. ]$/.test(filename) || /^ /.test(filename)) {
    return { ok: false, reason: 'must not start with a space or end with a dot or space' };
  }
  if (RESERVED_NAME.test(filename)) return { ok: false, reason: 'is a reserved device name' };
  return { ok: true, filename };
}
