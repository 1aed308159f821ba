import { errorForLog } from './error-for-log';

describe('errorForLog', () => {
  it('names the type, message and code of an Error, without its stack unless asked', () => {
    const error = Object.assign(new TypeError('boom'), { code: 'ECONNRESET', sql: 'SELECT …' });
    expect(errorForLog(error)).toEqual({ type: 'TypeError', message: 'boom', code: 'ECONNRESET' });
    expect(errorForLog(error, { stack: true }).stack).toContain('TypeError: boom');
  });

  it('describes a thrown non-Error by its type and text', () => {
    expect(errorForLog('plain')).toEqual({ type: 'string', message: 'plain' });
    expect(errorForLog({ code: 1 })).toEqual({ type: 'object', message: '[object Object]' });
  });
});
