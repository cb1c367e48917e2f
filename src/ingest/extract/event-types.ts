/**
 * Classifies an article into event types. A type's score is
 * headline hits × headlineWeight + body hits; types scoring at least the
 * taxonomy's minScore are kept, best first (ties keep taxonomy order). The
 * evidence lists the trigger words found, so the app can show why.
 */
import type { EventEvidence, EventTaxonomy } from '../../shared/schema';
import { DEFAULT_HEADLINE_WEIGHT } from './event-taxonomy';
import { PhraseCounter } from './phrase-counter';

export interface EventClassification {
  eventTypes: string[];
  eventEvidence: EventEvidence[];
}

export type EventClassifier = (
  headlines: readonly string[],
  paragraphs: readonly string[],
) => EventClassification;

export function createEventClassifier(taxonomy: EventTaxonomy): EventClassifier {
  const types = taxonomy.types;
  const counter = new PhraseCounter(types.map((t) => t.triggers));
  const weights = types.map((t) => t.headlineWeight ?? DEFAULT_HEADLINE_WEIGHT);
  const minScore = Math.max(taxonomy.minScore, Number.MIN_VALUE); // a type with no hit is never kept
  return (headlines, paragraphs) => {
    const inHeadlines = new Int32Array(counter.size);
    const inBody = new Int32Array(counter.size);
    for (const h of headlines) counter.count(h, inHeadlines);
    for (const p of paragraphs) counter.count(p, inBody);
    const kept: { evidence: EventEvidence; index: number }[] = [];
    types.forEach((type, index) => {
      const first = counter.groupStart[index]!;
      let score = 0;
      let triggers: string[] | undefined;
      type.triggers.forEach((trigger, j) => {
        const hits = inHeadlines[first + j]! * weights[index]! + inBody[first + j]!;
        if (hits === 0) return;
        score += hits;
        (triggers ??= []).push(trigger); // taxonomy order: stable, the author's order of importance
      });
      if (triggers && score >= minScore)
        kept.push({ evidence: { type: type.id, triggers, score }, index });
    });
    kept.sort((a, b) => b.evidence.score - a.evidence.score || a.index - b.index);
    return {
      eventTypes: kept.map((k) => k.evidence.type),
      eventEvidence: kept.map((k) => k.evidence),
    };
  };
}
