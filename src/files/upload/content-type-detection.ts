import { fileTypeFromBuffer } from 'file-type';
import { FILE_TYPE_ALIASES } from '../../config/files.config';

/** Bytes read before deciding a type: enough for binary signatures, OOXML's first entries and a text sample. */
export const SNIFF_BYTES = 64 * 1024;

export const TEXT_TYPES = ['text/plain', 'text/csv', 'text/markdown', 'application/json'] as const;

const OOXML_TYPES = new Set([
  FILE_TYPE_ALIASES.docx,
  FILE_TYPE_ALIASES.xlsx,
  FILE_TYPE_ALIASES.pptx,
]);

/** Spellings clients use for the same types. */
const MIME_ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'text/x-markdown': 'text/markdown',
  'text/comma-separated-values': 'text/csv',
  'text/x-csv': 'text/csv',
  'application/csv': 'text/csv',
  'text/json': 'application/json',
  'application/x-zip-compressed': 'application/zip',
  'application/x-zip': 'application/zip',
};

/** A declared type that says nothing about the content. */
const NON_COMMITTAL = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
]);

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  text: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  markdown: 'text/markdown',
  json: 'application/json',
  zip: 'application/zip',
  docx: FILE_TYPE_ALIASES.docx,
  xlsx: FILE_TYPE_ALIASES.xlsx,
  pptx: FILE_TYPE_ALIASES.pptx,
  html: 'text/html',
  htm: 'text/html',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

export function normalizeMimeType(value: string | undefined): string {
  const bare = (value ?? '').split(';')[0].trim().toLowerCase();
  return MIME_ALIASES[bare] ?? bare;
}

function extensionType(filename: string): string | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(filename);
  return match ? EXTENSION_TYPES[match[1].toLowerCase()] : undefined;
}

const isTextType = (type: string) => (TEXT_TYPES as readonly string[]).includes(type);

/** Two names for what may be the same bytes: OOXML documents are ZIP archives. */
function sameKind(declared: string, detected: string): boolean {
  if (declared === detected) return true;
  if (declared === 'application/zip' && OOXML_TYPES.has(detected)) return true;
  return isTextType(declared) && isTextType(detected);
}

/**
 * UTF-8 text with no control characters but tab, line breaks and form feed.
 * When the sample ends mid-file, a multi-byte character cut at the end is fine.
 */
function asText(sample: Buffer, complete: boolean): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** HTML, SVG and other XML: text a browser may render or run, whatever the name says. */
function markupType(text: string): string | undefined {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|script|iframe|object|embed)\b/.test(start))
    return 'text/html';
  if (
    start.startsWith('<svg') ||
    (start.startsWith('<?xml') && text.slice(0, 4096).toLowerCase().includes('<svg'))
  ) {
    return 'image/svg+xml';
  }
  if (start.startsWith('<?xml')) return 'application/xml';
  return undefined;
}

function looksLikeJson(text: string, complete: boolean): boolean {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!/^[[{]/.test(body)) return false;
  if (!complete) return true;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

export type Detection = { ok: true; contentType: string } | { ok: false; reason: string };

/**
 * Decides an upload's type from its first bytes, then checks it against what
 * the client declared (part Content-Type and filename extension) and the
 * allow-list. Binary formats are recognised by signature (file-type); text
 * is recognised as UTF-8, and which text type it is comes from the
 * declaration, defaulting to text/plain (JSON must also look like JSON).
 */
export async function detectContentType(input: {
  sample: Buffer;
  /** The sample is the whole file. */
  complete: boolean;
  declaredType: string | undefined;
  filename: string;
  allowedTypes: readonly string[];
}): Promise<Detection> {
  const declared = normalizeMimeType(input.declaredType);
  const fromExtension = extensionType(input.filename);

  let detected: string;
  const signature = await fileTypeFromBuffer(input.sample);
  const text = signature ? undefined : asText(input.sample, input.complete);
  if (signature) {
    detected = signature.mime;
  } else if (text !== undefined) {
    detected =
      markupType(text) ??
      (isTextType(declared)
        ? declared
        : fromExtension && isTextType(fromExtension)
          ? fromExtension
          : 'text/plain');
    if (detected === 'application/json' && !looksLikeJson(text, input.complete)) {
      return { ok: false, reason: 'the content is declared as JSON but is not JSON' };
    }
  } else {
    detected = 'application/octet-stream';
  }

  if (!NON_COMMITTAL.has(declared) && !sameKind(declared, detected)) {
    return { ok: false, reason: `the content is ${detected}, not the declared ${declared}` };
  }
  if (fromExtension && !sameKind(fromExtension, detected)) {
    return {
      ok: false,
      reason: `the content is ${detected}, which does not match the file extension`,
    };
  }
  if (!input.allowedTypes.includes(detected)) {
    return { ok: false, reason: `${detected} is not an accepted file type` };
  }
  return { ok: true, contentType: detected };
}
