/**
 * Classifies an article into event types. A type's score is
 * headline hits × headlineWeight + body hits; types scoring at least the
 * taxonomy's minScore are kept, best first (ties keep taxonomy order). The
 * evidence lists the trigger words found, so the app can show why.
 *
 * Counting is split from scoring so the extractor can count event triggers and
 * campaign phrases in one pass over the text (see extract-facets.ts).
 */
import type { EventEvidence, EventTaxonomy } from '../../shared/schema';
import { DEFAULT_HEADLINE_WEIGHT } from './event-taxonomy';
import { PhraseCounter } from './phrase-counter';

export interface EventClassification {
  eventTypes: string[];
  eventEvidence: EventEvidence[];
}

export interface EventScorer {
  /** One phrase group per type, in taxonomy order. */
  phraseGroups: readonly (readonly string[])[];
  /**
   * @param firstIds phrase id of each type's first trigger in the counts arrays
   * @param inHeadlines hits per phrase id in the headlines
   * @param inBody hits per phrase id in the paragraphs
   */
  score(
    firstIds: readonly number[],
    inHeadlines: Int32Array,
    inBody: Int32Array,
  ): EventClassification;
}

export function createEventScorer(taxonomy: EventTaxonomy): EventScorer {
  const types = taxonomy.types;
  const weights = types.map((t) => t.headlineWeight ?? DEFAULT_HEADLINE_WEIGHT);
  return {
    phraseGroups: types.map((t) => t.triggers),
    score(firstIds, inHeadlines, inBody) {
      const kept: { evidence: EventEvidence; index: number }[] = [];
      for (let index = 0; index < types.length; index++) {
        const type = types[index]!;
        const first = firstIds[index]!;
        let score = 0;
        let triggers: string[] | undefined;
        for (let j = 0; j < type.triggers.length; j++) {
          const hits = inHeadlines[first + j]! * weights[index]! + inBody[first + j]!;
          if (hits === 0) continue;
          score += hits;
          (triggers ??= []).push(type.triggers[j]!); // taxonomy order: stable, the author's order of importance
        }
        // A type without any hit is never kept, even with minScore ≤ 0.
        if (triggers && score >= taxonomy.minScore)
          kept.push({ evidence: { type: type.id, triggers, score }, index });
      }
      kept.sort((a, b) => b.evidence.score - a.evidence.score || a.index - b.index);
      return {
        eventTypes: kept.map((k) => k.evidence.type),
        eventEvidence: kept.map((k) => k.evidence),
      };
    },
  };
}

export type EventClassifier = (
  headlines: readonly string[],
  paragraphs: readonly string[],
) => EventClassification;

/** A stand-alone classifier with its own phrase counter. */
export function createEventClassifier(taxonomy: EventTaxonomy): EventClassifier {
  const scorer = createEventScorer(taxonomy);
  const counter = new PhraseCounter(scorer.phraseGroups);
  return (headlines, paragraphs) => {
    const inHeadlines = new Int32Array(counter.size);
    const inBody = new Int32Array(counter.size);
    for (const h of headlines) counter.count(h, inHeadlines);
    for (const p of paragraphs) counter.count(p, inBody);
    return scorer.score(counter.groupStart, inHeadlines, inBody);
  };
}
