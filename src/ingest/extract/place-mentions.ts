/**
 * Finds place names in one piece of text with a leftmost-longest scan over the
 * gazetteer. Longest wins, so 朝阳市 (a city in Liaoning) beats 朝阳, and
 * 大兴安岭 beats 大兴. A place that directly follows a place outside Beijing is
 * part of that foreign address (长春市朝阳区, 辽宁朝阳), so it is marked
 * `inForeignAddress` and never counts for a Beijing district.
 */
import type { Gazetteer, Place } from './gazetteer';

export interface PlaceMention {
  start: number;
  /** Exclusive end offset. */
  end: number;
  text: string;
  place: Place;
  inForeignAddress: boolean;
}

export function findPlaces(gazetteer: Gazetteer, text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  let foreignEnd = -1;
  let i = 0;
  while (i < text.length) {
    const match = gazetteer.trie.longestAt(text, i);
    if (!match) {
      i++;
      continue;
    }
    const alias = text.slice(match.start, match.end);
    const guards = gazetteer.notFollowedBy.get(alias);
    if (guards?.some((g) => text.startsWith(g, match.end))) {
      i++;
      continue;
    }
    const inForeignAddress = match.start === foreignEnd;
    mentions.push({
      start: match.start,
      end: match.end,
      text: alias,
      place: match.value,
      inForeignAddress,
    });
    if (inForeignAddress || match.value.kind === 'foreign') foreignEnd = match.end;
    i = match.end;
  }
  return mentions;
}

/** True when the mention counts for Beijing (not foreign, not inside a foreign address). */
export function isBeijingPlace(m: PlaceMention): boolean {
  return !m.inForeignAddress && m.place.kind !== 'foreign';
}
