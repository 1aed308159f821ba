import {
  canonicalJson,
  chainHash,
  ChainVerifier,
  describeProblem,
  GENESIS_HASH,
  type ChainedEvent,
} from './audit-chain';

function chain(length: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const content = {
      seq,
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      occurred_at: new Date(Date.UTC(2026, 11, 1, 10, 0, 0, seq)),
      action: 'user.login',
      outcome: 'success',
      actor_id: null,
      actor_type: 'anonymous',
      target_type: 'user',
      target_id: 'u1',
      ip: '127.0.0.1',
      user_agent: 'jest',
      request_id: `r${seq}`,
      details: canonicalJson({ n: seq }),
    };
    const hash = chainHash(previous, content);
    events.push({ ...content, prev_hash: previous, hash });
    previous = hash;
  }
  return events;
}

function verify(events: ChainedEvent[], bounds = { anchorSeq: 0, anchorHash: GENESIS_HASH }) {
  const head = events.at(-1);
  const verifier = new ChainVerifier({
    ...bounds,
    lastSeq: head?.seq ?? bounds.anchorSeq,
    lastHash: head?.hash ?? bounds.anchorHash,
  });
  for (const event of events) if (!verifier.accept(event)) break;
  return verifier.finish();
}

describe('canonicalJson', () => {
  it('sorts keys at every level so equal details give equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,"x"]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('ChainVerifier', () => {
  it('accepts an untouched chain', () => {
    expect(verify(chain(20))).toEqual({ ok: true, checked: 20 });
  });

  it('names an edited event', () => {
    const events = chain(10);
    events[4] = { ...events[4], target_id: 'someone-else' };
    const result = verify(events);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'edited', seq: 5 } });
  });

  it('names the first missing position when an event is removed', () => {
    const events = chain(10);
    events.splice(6, 1);
    expect(verify(events)).toMatchObject({ ok: false, problem: { kind: 'missing', seq: 7 } });
  });

  it('names an event whose seq was changed to move it (content no longer matches)', () => {
    const events = chain(10);
    const [a, b] = [events[2], events[3]];
    events[2] = { ...b, seq: 3 };
    events[3] = { ...a, seq: 4 };
    expect(verify(events)).toMatchObject({ ok: false, problem: { seq: 3 } });
  });

  it('names an event that is self-consistent but does not follow its predecessor', () => {
    const events = chain(10);
    const forged = { ...events[9], id: 'forged', prev_hash: events[3].hash };
    events[9] = { ...forged, hash: chainHash(forged.prev_hash, forged) };
    expect(verify(events)).toMatchObject({
      ok: false,
      problem: { kind: 'out_of_order', seq: 10, id: 'forged' },
    });
  });

  it('names a removed tail and an event beyond the head', () => {
    const events = chain(10);
    const verifier = new ChainVerifier({
      anchorSeq: 0,
      anchorHash: GENESIS_HASH,
      lastSeq: 10,
      lastHash: events[9].hash,
    });
    for (const event of events.slice(0, 8)) verifier.accept(event);
    expect(verifier.finish()).toMatchObject({ ok: false, problem: { kind: 'truncated', seq: 9 } });

    const extra = chain(11);
    const beyond = new ChainVerifier({
      anchorSeq: 0,
      anchorHash: GENESIS_HASH,
      lastSeq: 10,
      lastHash: extra[9].hash,
    });
    for (const event of extra) if (!beyond.accept(event)) break;
    expect(beyond.finish()).toMatchObject({ ok: false, problem: { kind: 'unexpected', seq: 11 } });
  });

  it('starts from the purge anchor, and notices when the oldest remaining event is removed', () => {
    const events = chain(10);
    const anchor = { anchorSeq: 4, anchorHash: events[3].hash };
    expect(verify(events.slice(4), anchor)).toEqual({ ok: true, checked: 6 });
    expect(verify(events.slice(5), anchor)).toMatchObject({
      ok: false,
      problem: { kind: 'missing', seq: 5 },
    });
  });

  it('describes each problem with the event it names', () => {
    expect(describeProblem({ kind: 'edited', seq: 5, id: 'abc' })).toContain('event #5 (abc)');
    expect(describeProblem({ kind: 'missing', seq: 7 })).toContain('event #7 is missing');
  });
});
