/**
 * Code the reader needs only once it filters or searches, in its own chunk so
 * the first view does not carry it (docs/decisions/0007-scale-bundle.md):
 * the filter engine, the binary decoders, search matching and ranking, row
 * passages and filter suggestions. Load it with
 * `loadEngines` (or the query below), never import it statically.
 */
export { decodeFacetColumn } from '../shared/facet-index';
export { fetchDateIndex } from './archive/fetch-date-index';
export { decodeShard } from '../shared/search-index';
export { runQuery, shardsForTerms } from '../shared/search-match';
export { runFacetEngine } from './filters/facet-engine';
export { matchPassage } from './search/match-passage';
export { suggestFilters, suggestionCandidates } from './search/suggestions';
