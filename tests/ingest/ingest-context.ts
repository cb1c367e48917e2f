/** The real extractor and a page runner shared by the ingest tests. */
import { createFacetExtractor, loadEventTaxonomy } from '../../src/ingest/extract/extract-facets';
import { ingestPage, type PageResult } from '../../src/ingest/pipeline/ingest-page';
import { BANNERS } from './seed-fixtures';

const taxonomy = loadEventTaxonomy();
export const extract = createFacetExtractor({ taxonomy });

export function runPage(
  file: string,
  bytes: Uint8Array,
  banners: ReadonlySet<string> = BANNERS,
): PageResult {
  return ingestPage({ file, bytes, banners, extract });
}
