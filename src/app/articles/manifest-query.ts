import { queryOptions } from '@tanstack/react-query';
import {
  ARCHIVE_BUNDLE_VERSION,
  archiveManifestSchema,
  type ArchiveManifest,
  type BundleSegment,
} from '../../shared/archive-bundle';
import { BundleError } from '../shared/bundle-error';
import { fetchDataText, parseJson } from '../shared/fetch-data';

export const MANIFEST_FILE = 'manifest.json';

/** Checks what the schema cannot: the parts of the manifest agree with each other. */
function inconsistency(m: ArchiveManifest): string | undefined {
  const { district, type } = m.facets;
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (district.values.length !== district.counts.length) return 'facets.district: values ≠ counts';
  if (type.values.length !== type.counts.length) return 'facets.type: values ≠ counts';
  if (!whole(m.articleCount)) return 'articleCount';
  if (!whole(m.list.chunkSize) || m.list.chunkSize === 0) return 'list.chunkSize';
  if (m.list.chunks !== Math.ceil(m.articleCount / m.list.chunkSize)) return 'list.chunks';
  if (!whole(m.segmentSize) || m.segmentSize === 0 || m.segmentSize % m.list.chunkSize !== 0)
    return 'segmentSize';
  if (!segmentsCover(m.list.segments, m)) return 'list.segments';
  if (!segmentsCover(m.articles.segments, m)) return 'articles.segments';
  if (!whole(m.articles.bucketSize) || m.articles.bucketSize === 0) return 'articles.bucketSize';
  if (!whole(m.articles.ids.shards) || m.articles.ids.shards === 0) return 'articles.ids.shards';
  // Search segments need not be uniform (the matcher takes each one's range): contiguous and covering.
  let end = 0;
  for (const [i, seg] of m.search.segments.entries()) {
    if (seg.start !== end || !whole(seg.count)) return `search.segments[${i}]: not contiguous`;
    if (!whole(seg.shards) || seg.shards === 0) return `search.segments[${i}].shards`;
    end += seg.count;
  }
  if (end !== m.articleCount) return 'search.segments: do not cover every article';
  return undefined;
}

/** Segment k holds positions [k × segmentSize, …), all full but the last, none missing. */
function segmentsCover(segments: readonly BundleSegment[], m: ArchiveManifest): boolean {
  if (segments.length !== Math.ceil(m.articleCount / m.segmentSize)) return false;
  return segments.every(
    (s, k) =>
      s.start === k * m.segmentSize &&
      s.count === Math.min(m.segmentSize, m.articleCount - s.start),
  );
}

async function fetchManifest(signal: AbortSignal): Promise<ArchiveManifest> {
  const json = parseJson(await fetchDataText(MANIFEST_FILE, signal), MANIFEST_FILE);
  // Check the version first: a bundle from another version may not even parse.
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (version !== ARCHIVE_BUNDLE_VERSION) {
    throw new BundleError(
      'incompatible',
      '新闻数据的版本与阅读器不兼容。',
      `数据版本 ${String(version)}，阅读器需要版本 ${ARCHIVE_BUNDLE_VERSION}`,
    );
  }
  const parsed = archiveManifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BundleError(
      'invalid',
      '数据清单的格式与阅读器不符。',
      first ? `${first.path.join('.')}: ${first.message}` : '',
    );
  }
  const problem = inconsistency(parsed.data);
  if (problem) throw new BundleError('invalid', '数据清单的内容前后不一致。', problem);
  return parsed.data;
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['bundle', 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest(signal),
  });
}
