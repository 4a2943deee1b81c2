import { expect } from '@open-wc/testing';
import { END_REASONS, endReasonKind, type EndReasonKind } from '../../src/components/call-status/end-reasons.js';
import { callStatusStrings } from '../../src/i18n/en/call-status.js';

// Every row of the table, as the ACS documentation states it (see the sources in end-reasons.ts).
const EXPECTED: [code: number, subCode: number, kind: EndReasonKind][] = [
  [0, 0, 'normal'],
  [0, 4097, 'endedForAll'],
  [0, 4521, 'noNetwork'],
  [0, 5000, 'removed'],
  [0, 5003, 'declined'],
  [0, 5300, 'removed'],
  [0, 5317, 'removed'],
  [0, 5854, 'lobbyDenied'],
  [0, 7000, 'endedForAll'],
  [0, 560000, 'normal'],
  [487, 0, 'canceled'],
  [487, 540487, 'canceled'],
  [487, 10003, 'acceptedElsewhere'],
  [487, 10004, 'noAnswer'],
  [487, 10024, 'declined'],
  [603, 0, 'declined'],
  [486, 560486, 'busy'],
  [480, 10037, 'unavailable'],
  [480, 10076, 'unavailable'],
  [480, 10077, 'unavailable'],
  [480, 10078, 'unavailable'],
  [408, 4506, 'noAnswer'],
  [408, 10057, 'noAnswer'],
  [403, 5828, 'notInvited'],
  [403, 5829, 'roomClosed'],
  [403, 5830, 'notInvited'],
  [403, 510403, 'unauthorized'],
  [404, 0, 'notFound'],
  [401, 10009, 'unauthorized'],
  [495, 4507, 'unauthorized'],
  [410, 3100, 'failed'],
  [410, 3101, 'failed'],
  [410, 3112, 'failed'],
  [410, 301005, 'failed'],
  [490, 4525, 'noNetwork'],
  [490, 4502, 'noNetwork'],
  [491, 0, 'noNetwork'],
  [496, 7, 'noNetwork'],
  [497, 0, 'noNetwork'],
  [498, 0, 'noNetwork'],
  [500, 0, 'failed'],
  [503, 0, 'failed'],
  [504, 0, 'failed'],
];

describe('call end reasons (end-reasons.ts)', () => {
  for (const [code, subCode, kind] of EXPECTED) {
    it(`${code}/${subCode} -> ${kind}`, () => {
      expect(endReasonKind({ code, subCode })).to.equal(kind);
    });
  }

  it('covers every row of the table with an expectation', () => {
    for (const row of END_REASONS) {
      const hit = EXPECTED.some(([c, s]) => c === row.code && (row.subCode === undefined || row.subCode === s));
      expect(hit, `row ${row.code}/${row.subCode ?? '*'} has no test`).to.equal(true);
    }
  });

  it('has a message for every kind', () => {
    const kinds = new Set(END_REASONS.map((r) => r.kind));
    kinds.add('unknown');
    for (const kind of kinds) {
      const key = `end${kind[0].toUpperCase()}${kind.slice(1)}`;
      expect(callStatusStrings, key).to.have.property(key);
    }
  });

  it('maps unknown codes to a generic kind, and no reason to undefined', () => {
    expect(endReasonKind({ code: 0, subCode: 123456 })).to.equal('unknown');
    expect(endReasonKind({ code: 299, subCode: 1 })).to.equal('unknown');
    expect(endReasonKind({ code: 499, subCode: 1 })).to.equal('failed');
    expect(endReasonKind({ code: 699, subCode: 1 })).to.equal('failed');
    expect(endReasonKind(undefined)).to.equal(undefined);
  });
});
