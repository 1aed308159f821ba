import { crc32 } from 'node:zlib';

/**
 * Small real files of every accepted type, and the spoofs the upload path
 * must refuse. Built in code so the tests carry no binary blobs.
 */

/** A ZIP archive with stored (uncompressed) entries: enough for OOXML documents. */
export function buildZip(entries: Array<{ name: string; data: string | Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt32LE(0, 10); // time/date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function ooxml(kind: 'word' | 'xl' | 'ppt', main: string, contentType: string): Buffer {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${kind}/${main}" ContentType="${contentType}"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${kind}/${main}"/></Relationships>`,
    },
    { name: `${kind}/${main}`, data: '<?xml version="1.0" encoding="UTF-8"?><root/>' },
  ]);
}

export const FIXTURES = {
  pdf: Buffer.from(
    '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  gif: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
  text: Buffer.from('Reviewer notes\n\nThe method section is clear. – Ünïcode is fine.\n', 'utf8'),
  csv: Buffer.from('id,title,score\n1,"On Reviews",4.5\n2,Another,3\n', 'utf8'),
  markdown: Buffer.from('# Abstract\n\nWe study *peer review*.\n', 'utf8'),
  json: Buffer.from('{"title":"On Reviews","authors":["Ada","Grace"],"pages":12}\n', 'utf8'),
  zip: buildZip([{ name: 'data/readme.txt', data: 'archived dataset' }]),
  docx: ooxml(
    'word',
    'document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  ),
  xlsx: ooxml(
    'xl',
    'workbook.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  ),
  pptx: ooxml(
    'ppt',
    'presentation.xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  ),
  /** An ELF executable header with some code-ish bytes. */
  elf: Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
    Buffer.alloc(56, 0),
    Buffer.from([0x55, 0x48, 0x89, 0xe5, 0xc3]),
  ]),
  /** A Windows PE (MZ) executable header. */
  exe: Buffer.concat([
    Buffer.from('MZ', 'latin1'),
    Buffer.alloc(58, 0),
    Buffer.from([0x80, 0, 0, 0]),
    Buffer.alloc(64, 0),
    Buffer.from('PE\0\0', 'latin1'),
    Buffer.alloc(64, 0),
  ]),
  html: Buffer.from(
    '<!DOCTYPE html><html><body><script>fetch("/api/v1/auth/me")</script></body></html>',
    'utf8',
  ),
  svg: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(document.cookie)</script></svg>',
    'utf8',
  ),
};

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
