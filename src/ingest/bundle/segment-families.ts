/**
 * The families that grow with the archive, written one segment (a range of
 * corpus positions) at a time: list rows and article buckets (the search
 * index is cut into blocks of segments: bundle/search-units.ts). A segment's
 * folder depends only on the articles at its positions (and the facet ids
 * they map to), so an unchanged segment keeps its folder name from build to
 * build and a daily append rewrites only the last one.
 *
 * A family that can be built per range implements SegmentFamily; the build
 * orchestration (src/ingest/pipeline/run-ingest.ts) writes each segment's
 * folders with every such family, or reuses them when the segment is unchanged.
 */
import type { BundleSegment, ListRow } from '../../shared/archive-bundle';
import type { Article } from '../../shared/schema';
import type { BundleLayout } from './bundle-layout';
import type { FamilyFolder } from './family-folder';

const EXCERPT_CHARS = 60;

/** What the bundle needs of an article besides its JSON: its list row's fields and its text for search. */
export interface ArticleView {
  title: string;
  kind: Article['kind'];
  truncated: boolean;
  source: string;
  date?: string;
  excerpt: string;
  /** What the search index reads (headlines and lead ranked apart from the rest). */
  headlines: string[];
  paragraphs: string[];
}

/** The first EXCERPT_CHARS characters (code points) of the text, without splitting all of it. */
function excerptOf(paragraphs: readonly string[]): string {
  let text = '';
  for (const p of paragraphs) {
    text += p;
    if (text.length >= 2 * EXCERPT_CHARS) break;
  }
  return Array.from(text.slice(0, 2 * EXCERPT_CHARS))
    .slice(0, EXCERPT_CHARS)
    .join('');
}

export function viewOf(a: Article): ArticleView {
  return {
    title: a.title,
    kind: a.kind,
    truncated: a.truncated,
    source: a.origin.file,
    ...(a.date ? { date: a.date } : {}),
    excerpt: excerptOf(a.paragraphs),
    headlines: a.headlines,
    paragraphs: a.paragraphs,
  };
}

/** An article at its corpus position, as the bundle writes it. */
export interface PlacedArticle {
  position: number;
  /** Final (corpus-wide steps applied). */
  id: string;
  /** The final article's JSON: the exact text of articles.json. */
  json: string;
  view: ArticleView;
  /** Facet value ids (manifest.facets.*.values). */
  district: number[];
  type: number[];
}

/** What a segment's manifest entry says besides its range and folder (search: its shard count). */
export type SegmentFacts = Record<string, number>;
/** A segment's manifest entry: range, folder and facts. */
export type FamilySegment = BundleSegment & Record<string, number | string>;

export interface SegmentFamily {
  /** Folder prefix, and the manifest section that lists the segments' folders. */
  readonly name: string;
  /** Writes one segment's files; `articles` are the segment's, in position order. */
  write(
    folder: FamilyFolder,
    articles: readonly PlacedArticle[],
    layout: BundleLayout,
  ): SegmentFacts | void;
}

function listRowOf({ id, view, district, type }: PlacedArticle): ListRow {
  return {
    id,
    title: view.title,
    kind: view.kind,
    truncated: view.truncated,
    source: view.source,
    ...(view.date ? { date: view.date } : {}),
    district,
    type,
    excerpt: view.excerpt,
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
        .map((p) => `${JSON.stringify(p.id)}:${p.json.slice(0, -1)},"index":${p.position}}`);
      folder.write(`${i / bucketSize}.json`, `{${members.join(',\n')}}`);
    }
  },
};

/** Search is not one of them: its units are blocks of segments (bundle/search-units.ts). */
export const SEGMENT_FAMILIES: readonly SegmentFamily[] = [listFamily, articlesFamily];
