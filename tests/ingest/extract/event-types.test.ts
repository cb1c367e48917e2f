import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventTaxonomySchema, type EventTaxonomy } from '../../../src/shared/schema';
import { DEFAULT_EVENT_TAXONOMY_FILE } from '../../../src/ingest/extract/event-taxonomy';
import { createEventClassifier } from '../../../src/ingest/extract/event-types';
import {
  createFacetExtractor,
  loadEventTaxonomy,
} from '../../../src/ingest/extract/extract-facets';

const dir = mkdtempSync(join(tmpdir(), 'event-types-'));
function writeTaxonomy(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const SMALL: EventTaxonomy = {
  version: 1,
  minScore: 2,
  types: [
    { id: 'care', label: '慰问', triggers: ['慰问', '送温暖'], headlineWeight: 5 },
    { id: 'meeting', label: '会议', triggers: ['座谈会', '代表大会'] },
  ],
};

describe('loadEventTaxonomy', () => {
  it('loads data/event-types.json, which satisfies the shared contract', () => {
    const taxonomy = loadEventTaxonomy();
    expect(eventTaxonomySchema.parse(taxonomy)).toEqual(taxonomy);
    const ids = taxonomy.types.map((t) => t.id);
    for (const id of [
      'inspection',
      'skills-contest',
      'knowledge-contest',
      'meeting',
      'job-fair',
      'democratic-management',
      'collective-bargaining',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEFAULT_EVENT_TAXONOMY_FILE).toMatch(/data[\\/]event-types\.json$/);
  });

  it('loads a taxonomy from another path', () => {
    expect(loadEventTaxonomy(writeTaxonomy('ok.json', SMALL))).toEqual(SMALL);
  });

  it('names the file and the problem when the JSON is broken', () => {
    const path = writeTaxonomy('broken.json', '{ "version": 1, ');
    expect(() => loadEventTaxonomy(path)).toThrow(`${path}: is not valid JSON`);
  });

  it('names the file and the field when the shape is wrong', () => {
    const path = writeTaxonomy('no-triggers.json', {
      ...SMALL,
      types: [{ id: 'care', label: '慰问', triggers: [] }],
    });
    expect(() => loadEventTaxonomy(path)).toThrow(
      new RegExp(`^${path.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: types\\.0\\.triggers: `),
    );
  });

  it('rejects ids that are not kebab-case, duplicate ids and empty triggers', () => {
    const badId = writeTaxonomy('bad-id.json', {
      ...SMALL,
      types: [{ id: 'Care', label: '慰问', triggers: ['慰问'] }],
    });
    expect(() => loadEventTaxonomy(badId)).toThrow(/types\.0\.id/);
    const duplicate = writeTaxonomy('dup.json', {
      ...SMALL,
      types: [SMALL.types[0], SMALL.types[0]],
    });
    expect(() => loadEventTaxonomy(duplicate)).toThrow(
      /types\.1\.id: duplicate event type id "care"/,
    );
    const empty = writeTaxonomy('empty.json', {
      ...SMALL,
      types: [{ id: 'care', label: '慰问', triggers: ['慰问', ' '] }],
    });
    expect(() => loadEventTaxonomy(empty)).toThrow(/types\.0\.triggers\.1: empty trigger/);
  });

  it('says when the file is missing', () => {
    expect(() => loadEventTaxonomy(join(dir, 'missing.json'))).toThrow(
      /missing\.json: cannot be read \(ENOENT\)/,
    );
  });

  it('validates a taxonomy passed to createFacetExtractor too', () => {
    const invalid = { ...SMALL, minScore: 'high' } as unknown as EventTaxonomy;
    expect(() => createFacetExtractor({ taxonomy: invalid })).toThrow(/event taxonomy: minScore/);
  });
});

describe('event classification', () => {
  const classify = createEventClassifier(SMALL);

  it('scores headline hits × headlineWeight plus body hits and records the triggers', () => {
    expect(classify(['走访慰问困难职工'], ['近日开展慰问。', '为职工送温暖。'])).toEqual({
      eventTypes: ['care'],
      eventEvidence: [{ type: 'care', triggers: ['慰问', '送温暖'], score: 5 + 1 + 1 }],
    });
  });

  it('uses a headline weight of 3 when a type sets none', () => {
    expect(classify(['召开座谈会'], []).eventEvidence).toEqual([
      { type: 'meeting', triggers: ['座谈会'], score: 3 },
    ]);
  });

  it('drops types under minScore and orders the rest by score', () => {
    expect(classify([], ['座谈会上，代表大会筹备组发言。慰问。']).eventTypes).toEqual(['meeting']);
    expect(classify(['慰问'], ['座谈会。座谈会。代表大会。']).eventTypes).toEqual([
      'care',
      'meeting',
    ]);
  });

  it('returns nothing for text without triggers', () => {
    expect(classify(['标题'], ['正文。'])).toEqual({ eventTypes: [], eventEvidence: [] });
  });

  it('uses the taxonomy given to createFacetExtractor', () => {
    const extract = createFacetExtractor({ taxonomy: SMALL });
    expect(extract({ headlines: ['走访慰问'], paragraphs: [] }).eventTypes).toEqual(['care']);
  });
});
