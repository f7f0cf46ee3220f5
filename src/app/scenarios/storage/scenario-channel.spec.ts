import fc from 'fast-check';
import { PRESETS, Scenario } from '../scenario';
import { readNews } from './scenario-channel';
import { STORAGE_SCHEMA } from './scenario-db';
import { readScenario } from './stored-record';

describe('news from other tabs', () => {
  const a: Scenario = { ...PRESETS[1], id: 'a', name: 'A', preset: false };
  const message = {
    type: 'scenarios-stored',
    schema: STORAGE_SCHEMA,
    stored: [{ revision: 2, scenario: a }],
    deleted: ['b'],
  };

  it('reads a sound message', () => {
    expect(readNews(message)).toEqual({
      schema: STORAGE_SCHEMA,
      stored: [{ revision: 2, scenario: a }],
      deleted: ['b'],
    });
  });

  it('refuses a message of another kind or with anything unsound in it', () => {
    const broken: unknown[] = [
      null,
      'reload',
      { ...message, type: 'reload' },
      { ...message, schema: '2' },
      { ...message, stored: {} },
      { ...message, deleted: 'b' },
      { ...message, deleted: [3] },
      { ...message, stored: [{ revision: 0, scenario: a }] },
      { ...message, stored: [{ revision: 1.5, scenario: a }] },
      { ...message, stored: [{ revision: 2, scenario: { ...a, levers: null } }] },
      { ...message, stored: [null] },
    ];
    for (const m of broken) expect(readNews(m)).withContext(JSON.stringify(m)).toBeNull();
  });

  it('never throws, and passes on only sound scenarios at positive revisions', () => {
    const anything = fc.anything({ maxDepth: 2 });
    const version = fc.record({
      revision: fc.oneof(fc.integer(), anything),
      scenario: fc.oneof(fc.constant(a), anything),
    });
    const messageLike = fc.record({
      type: fc.oneof(fc.constant('scenarios-stored'), anything),
      schema: fc.oneof(fc.integer(), anything),
      stored: fc.oneof(fc.array(version, { maxLength: 3 }), anything),
      deleted: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), anything),
    });
    fc.assert(
      fc.property(fc.oneof(anything, messageLike), (m) => {
        const news = readNews(m);
        for (const v of news?.stored ?? []) {
          expect(readScenario(v.scenario)).toEqual(v.scenario);
          expect(Number.isInteger(v.revision) && v.revision > 0).toBeTrue();
        }
        expect((news?.deleted ?? []).every((id) => typeof id === 'string')).toBeTrue();
      }),
      { numRuns: 500 },
    );
  });
});
