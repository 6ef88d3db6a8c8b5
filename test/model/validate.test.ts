import { expect } from '@open-wc/testing';
import { LIMITS, type WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile, WorkshopFileError } from '../../src/model/validate.js';
import { exampleWorkshop } from '../support/example.js';

type Json = Record<string, unknown>;

/** Two-byte characters: about 2.6 million of them, over 5 MB in UTF-8. */
const MULTI_BYTE = 'é'.repeat(Math.ceil(LIMITS.fileBytes / 2) + 1000);

const problemOf = (input: unknown) => {
  try {
    parseWorkshopFile(input);
  } catch (error) {
    expect(error).to.be.instanceOf(WorkshopFileError);
    return (error as WorkshopFileError).problem;
  }
  throw new Error('the file was accepted');
};

describe('reading a workshop file', () => {
  let file: WorkshopFile & Json;
  beforeEach(async () => {
    file = (await exampleWorkshop()) as WorkshopFile & Json;
  });
  const edit = (change: (f: Json & WorkshopFile) => void) => {
    change(file);
    return file;
  };

  it('accepts the example workshop, as object and as JSON text, and keeps it equal', () => {
    expect(parseWorkshopFile(file)).to.deep.equal(file);
    expect(parseWorkshopFile(JSON.stringify(file))).to.deep.equal(file);
  });

  it('measures the 5 MB limit in UTF-8 bytes, not characters, and accepts multi-byte text under it', () => {
    const json = JSON.stringify({ ...file, padding: MULTI_BYTE });
    expect(json.length).to.be.below(5_000_000);
    expect(new TextEncoder().encode(json).length).to.be.above(LIMITS.fileBytes);
    const under = { ...file, padding: 'é'.repeat(LIMITS.fileBytes / 2 - 100_000) };
    expect(() => parseWorkshopFile(under)).not.to.throw();
    expect(() => parseWorkshopFile(JSON.stringify(under))).not.to.throw();
  });

  it('ignores unknown fields and fills absent optional ones', () => {
    const parsed = parseWorkshopFile({
      format: 'netwerkambitie',
      version: 1,
      extra: 1,
      partners: [{ id: 'a', name: 'A', x: 2 }],
    });
    expect(parsed.partners).to.deep.equal([{ id: 'a', name: 'A', aspirant: false }]);
    expect(parsed).to.not.have.key('extra');
    expect(parsed.step).to.equal(1);
    expect(parsed.ambition).to.deep.equal({ drafts: [] });
  });

  const cases: [string, (f: Json & WorkshopFile) => unknown, object][] = [
    ['not JSON', () => '{"format": "netwerkambitie",', { code: 'not-json' }],
    ['not an object', () => '[1, 2]', { code: 'not-object' }],
    ['another format', (f) => ({ ...f, format: 'iets-anders' }), { code: 'wrong-format', found: 'iets-anders' }],
    ['a newer version', (f) => ({ ...f, version: 2 }), { code: 'newer-version', found: 2 }],
    ['no format', (f) => ({ ...f, format: undefined }), { code: 'missing', path: 'format' }],
    [
      'a partner without name',
      (f) => edit(() => delete (f.partners[2] as unknown as Json).name),
      { code: 'missing', path: 'partners[2].name' },
    ],
    [
      'a name of the wrong type',
      (f) => edit(() => ((f.partners[0] as unknown as Json).name = 3)),
      { code: 'wrong-type', path: 'partners[0].name', expected: 'string' },
    ],
    [
      'partners not a list',
      (f) => ({ ...f, partners: {} }),
      { code: 'wrong-type', path: 'partners', expected: 'array' },
    ],
    [
      'an unknown kind',
      (f) => edit(() => ((f.interests[1] as unknown as Json).kind = 'must')),
      { code: 'bad-value', path: 'interests[1].kind', allowed: ['wish', 'demand'] },
    ],
    [
      'an unknown scope',
      (f) => edit(() => ((f.interests[0] as unknown as Json).scope = 'team')),
      { code: 'bad-value', path: 'interests[0].scope', allowed: ['organisation', 'personal', 'shared'] },
    ],
    [
      'an unknown consent',
      (f) => edit(() => ((f.ambition.drafts[0].consent as Json).zorg = 'maybe')),
      { code: 'bad-value', path: 'ambition.drafts[0].consent.zorg', allowed: ['agree', 'can-live-with', 'object'] },
    ],
    ['a step out of range', (f) => ({ ...f, step: 6 }), { code: 'bad-value', path: 'step', allowed: [1, 2, 3, 4, 5] }],
    [
      'a duplicate id',
      (f) => edit(() => ((f.interests[1] as unknown as Json).id = f.interests[0].id)),
      { code: 'duplicate-id', path: 'interests[1].id', id: 'i-gem-1' },
    ],
    [
      'an id shared across lists',
      (f) => edit(() => ((f.contributions[0] as unknown as Json).id = 'i-gem-1')),
      { code: 'duplicate-id', path: 'contributions[0].id', id: 'i-gem-1' },
    ],
    [
      'an unknown partner',
      (f) => edit(() => ((f.interests[0] as unknown as Json).partnerId = 'ghost')),
      { code: 'unknown-ref', path: 'interests[0].partnerId', id: 'ghost' },
    ],
    [
      'a question about nothing',
      (f) => edit(() => ((f.questions[0] as unknown as Json).itemId = 'ghost')),
      { code: 'unknown-ref', path: 'questions[0].itemId', id: 'ghost' },
    ],
    [
      'a tension with a missing item',
      (f) => edit(() => (f.tensions[0].itemIds[1] = 'ghost')),
      { code: 'unknown-ref', path: 'tensions[0].itemIds[1]', id: 'ghost' },
    ],
    [
      'consent of an unknown partner',
      (f) => edit(() => ((f.ambition.drafts[0].consent as Json).ghost = 'agree')),
      { code: 'unknown-ref', path: 'ambition.drafts[0].consent.ghost', id: 'ghost' },
    ],
    [
      'an action owner that does not exist',
      (f) => edit(() => f.followUp.actions.push({ id: 'a1', text: 'x', owner: 'ghost' })),
      { code: 'unknown-ref', path: 'followUp.actions[0].owner', id: 'ghost' },
    ],
    [
      'a text over 4,000 characters',
      (f) => edit(() => ((f.interests[2] as unknown as Json).motivation = 'x'.repeat(4001))),
      { code: 'too-long', path: 'interests[2].motivation', max: 4000 },
    ],
    [
      'over 50 partners',
      (f) => ({
        ...f,
        partners: Array.from({ length: 51 }, (_, i) => ({ id: `p${i}`, name: `P${i}` })),
        interests: [],
        contributions: [],
        questions: [],
        tensions: [],
        ambition: { drafts: [] },
      }),
      { code: 'too-many-partners', max: 50 },
    ],
    [
      'over 200 items for one partner',
      (f) => ({
        ...f,
        interests: Array.from({ length: 201 }, (_, i) => ({
          id: `x${i}`,
          partnerId: 'wonen',
          scope: 'shared',
          kind: 'wish',
          text: 'x',
        })),
        questions: [],
        tensions: [],
      }),
      { code: 'too-many-items', partner: 'Woningcorporatie Thuis', max: 200 },
    ],
    [
      'a file over 5 MB',
      (f) => JSON.stringify({ ...f, padding: 'x'.repeat(LIMITS.fileBytes) }),
      { code: 'too-large', max: LIMITS.fileBytes },
    ],
    [
      'a file over 5 MB in UTF-8 but under 5 million characters, as object',
      (f) => ({ ...f, padding: MULTI_BYTE }),
      { code: 'too-large', max: LIMITS.fileBytes },
    ],
    [
      'a file over 5 MB in UTF-8 but under 5 million characters, as JSON text',
      (f) => JSON.stringify({ ...f, padding: MULTI_BYTE }),
      { code: 'too-large', max: LIMITS.fileBytes },
    ],
  ];
  for (const [name, make, problem] of cases)
    it(`refuses ${name}`, () => {
      expect(problemOf(make(file))).to.deep.equal(problem);
    });
});
