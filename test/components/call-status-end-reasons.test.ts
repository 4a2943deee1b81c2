import { expect } from '@open-wc/testing';
import { END_REASONS, endReasonKind, type EndReasonKind } from '../../src/components/call-status/end-reasons.js';
import { callStatusStrings } from '../../src/i18n/en/call-status.js';

// Every row of the table, as the ACS documentation states it (see the sources in end-reasons.ts).
const EXPECTED: [code: number, subCode: number, kind: EndReasonKind][] = [
  [0, 0, 'Normal'],
  [0, 4097, 'EndedForAll'],
  [0, 4521, 'NoNetwork'],
  [0, 5000, 'Removed'],
  [0, 5003, 'Declined'],
  [0, 5300, 'Removed'],
  [0, 5317, 'Removed'],
  [0, 5854, 'LobbyDenied'],
  [0, 5010, 'Normal'],
  [0, 5013, 'Normal'],
  [0, 7000, 'EndedForAll'],
  [0, 7015, 'Transferred'],
  [0, 560000, 'Normal'],
  [487, 0, 'Canceled'],
  [487, 540487, 'Canceled'],
  [487, 10003, 'AcceptedElsewhere'],
  [487, 10004, 'NoAnswer'],
  [487, 10024, 'Declined'],
  [603, 0, 'Declined'],
  [486, 560486, 'Busy'],
  [480, 10037, 'Unavailable'],
  [480, 10076, 'Unavailable'],
  [480, 10077, 'Unavailable'],
  [480, 10078, 'Unavailable'],
  [480, 560480, 'NoAnswer'],
  [408, 4506, 'NoAnswer'],
  [408, 10057, 'NoAnswer'],
  [403, 5828, 'NotInvited'],
  [403, 5829, 'RoomClosed'],
  [403, 5830, 'NotInvited'],
  [403, 510403, 'Unauthorized'],
  [404, 0, 'NotFound'],
  [401, 10009, 'Unauthorized'],
  [495, 4507, 'Unauthorized'],
  [410, 3100, 'Failed'],
  [410, 3101, 'Failed'],
  [410, 3112, 'Failed'],
  [410, 301005, 'Failed'],
  [490, 4525, 'NoNetwork'],
  [490, 4502, 'NoNetwork'],
  [491, 0, 'NoNetwork'],
  [496, 7, 'NoNetwork'],
  [497, 0, 'NoNetwork'],
  [498, 0, 'NoNetwork'],
  [500, 0, 'Failed'],
  [503, 0, 'Failed'],
  [504, 0, 'Failed'],
];

describe('call end reasons (end-reasons.ts)', () => {
  for (const [code, subCode, kind] of EXPECTED) {
    it(`${code}/${subCode} -> ${kind}`, () => {
      expect(endReasonKind({ code, subCode })).to.equal(kind);
    });
  }

  it('covers every row of the table with an expectation of that kind', () => {
    for (const [kind, tokens] of Object.entries(END_REASONS)) {
      for (const token of tokens.split(' ')) {
        const [code, subCode] = token.split('/').map(Number);
        const hit = EXPECTED.some(([c, s, k]) => c === code && (subCode === undefined || s === subCode) && k === kind);
        expect(hit, `${token} (${kind}) has no test`).to.equal(true);
      }
    }
  });

  it('lists every token once, well formed', () => {
    const tokens = Object.values(END_REASONS).flatMap((t) => t.split(' '));
    for (const token of tokens) expect(token).to.match(/^\d+(\/\d+)?$/);
    expect(new Set(tokens).size).to.equal(tokens.length);
  });

  it('has a message for every kind', () => {
    for (const kind of [...Object.keys(END_REASONS), 'Failed', 'Unknown']) {
      expect(callStatusStrings, kind).to.have.property(`end${kind}`);
    }
  });

  it('prefers an exact code/sub-code over the bare code', () => {
    expect(endReasonKind({ code: 487, subCode: 10003 })).to.equal('AcceptedElsewhere');
    expect(endReasonKind({ code: 487, subCode: 12345 })).to.equal('Canceled');
    expect(endReasonKind({ code: 403, subCode: 5829 })).to.equal('RoomClosed');
    expect(endReasonKind({ code: 403 } as never)).to.equal('Unauthorized');
  });

  it('maps unknown codes to a generic kind, and no reason to undefined', () => {
    expect(endReasonKind({ code: 0, subCode: 123456 })).to.equal('Unknown');
    expect(endReasonKind({ code: 299, subCode: 1 })).to.equal('Unknown');
    expect(endReasonKind({ code: 499, subCode: 1 })).to.equal('Failed');
    expect(endReasonKind({ code: 699, subCode: 1 })).to.equal('Failed');
    expect(endReasonKind(undefined)).to.equal(undefined);
  });
});
