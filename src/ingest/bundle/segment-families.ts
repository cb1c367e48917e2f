/**
 * The families that grow with the archive, written one segment (a range of
 * corpus positions) at a time: list rows and article buckets. A segment's
 * folder depends only on the articles at its positions (and the facet ids
 * they map to), so an unchanged segment keeps its folder name from build to
 * build and a daily append rewrites only the last one.
 *
 * A family that can be built per range implements SegmentFamily; the build
 * orchestration (src/ingest/pipeline/run-ingest.ts) writes each segment's
 * folders with every such family, or reuses them when the segment is unchanged.
 */
import type { ListRow } from '../../shared/archive-bundle';
import type { Article } from '../../shared/schema';
import type { BundleLayout } from './bundle-layout';
import type { FamilyFolder } from './family-folder';

const EXCERPT_CHARS = 60;

/** An article at its corpus position, as the bundle writes it. */
export interface PlacedArticle {
  position: number;
  /** Final (corpus-wide steps applied). */
  article: Article;
  /** JSON.stringify(article): the exact text of articles.json. */
  json: string;
  /** Facet value ids (manifest.facets.*.values). */
  district: number[];
  type: number[];
}

export interface SegmentFamily {
  /** Folder prefix, and the manifest section that lists the segments' folders. */
  readonly name: 'list' | 'articles';
  /** Writes one segment's files; `articles` are the segment's, in position order. */
  write(folder: FamilyFolder, articles: readonly PlacedArticle[], layout: BundleLayout): void;
}

function listRowOf({ article, district, type }: PlacedArticle): ListRow {
  return {
    id: article.id,
    title: article.title,
    kind: article.kind,
    truncated: article.truncated,
    source: article.origin.file,
    ...(article.date ? { date: article.date } : {}),
    district,
    type,
    excerpt: Array.from(article.paragraphs.join('')).slice(0, EXCERPT_CHARS).join(''),
  };
}

/** `<n>.json`: the list rows of chunk n of the segment. */
export const listFamily: SegmentFamily = {
  name: 'list',
  write(folder, articles, { listChunkSize }) {
    for (let i = 0; i < articles.length; i += listChunkSize) {
      const rows = articles.slice(i, i + listChunkSize).map(listRowOf);
      folder.write(`${i / listChunkSize}.json`, JSON.stringify(rows));
    }
  },
};

/**
 * `<b>.json`: bucketSize consecutive articles, `{ id: article + index }`, so
 * neighbours in corpus order (previous / next) usually share a request.
 */
export const articlesFamily: SegmentFamily = {
  name: 'articles',
  write(folder, articles, { bucketSize }) {
    for (let i = 0; i < articles.length; i += bucketSize) {
      // The record is the article plus its corpus position: spliced in rather than stringified twice.
      const members = articles
        .slice(i, i + bucketSize)
        .map(
          (p) => `${JSON.stringify(p.article.id)}:${p.json.slice(0, -1)},"index":${p.position}}`,
        );
      folder.write(`${i / bucketSize}.json`, `{${members.join(',\n')}}`);
    }
  },
};

export const SEGMENT_FAMILIES: readonly SegmentFamily[] = [listFamily, articlesFamily];
