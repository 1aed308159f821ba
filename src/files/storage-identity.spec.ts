import { markerContent, parseMarker } from './storage-identity.service';

describe('storage marker', () => {
  const id = '3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60';

  it('reads back the id it writes', () => {
    expect(parseMarker(markerContent(id))).toEqual({ kind: 'id', id });
  });

  it('treats no marker and an empty one (a crash while writing) as absent', () => {
    expect(parseMarker(null)).toEqual({ kind: 'absent' });
    expect(parseMarker('')).toEqual({ kind: 'absent' });
    expect(parseMarker(' \n')).toEqual({ kind: 'absent' });
  });

  it('does not take anything else for a marker', () => {
    for (const text of [
      'garbage',
      '{"storage_id":"3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"}',
      '{"format":"reviewpoint-storage/1","storage_id":"not-a-uuid"}',
      '[]',
    ])
      expect(parseMarker(text)).toEqual({ kind: 'unreadable' });
  });
});
