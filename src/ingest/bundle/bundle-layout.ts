/**
 * How big the files of each bundle family are. Tests' fixtures use tiny ones
 * to get several files (and segments) of each.
 */

export interface BundleLayout {
  /** List rows per list file; a phone's first screen shows ~13 rows, so 32 keeps the first view small. */
  listChunkSize: number;
  /** Consecutive articles per bucket file: opening one downloads its bucket (~0.8 KB gzipped per article). */
  bucketSize: number;
  /**
   * Corpus positions per segment of the families that grow with the archive.
   * A daily append rewrites only the last segment; more segments mean a longer
   * manifest (its first view) — see docs/decisions/0013-daily-updates.md.
   */
  segmentSize: number;
  /**
   * Segments per search block (a power of two): full segments' search index
   * is cut into aligned blocks of this many, the rest into blocks of half,
   * a quarter… (fewer, fuller shards for a cold query) instead of one unit
   * per segment; 1 turns blocks off. See src/ingest/bundle/search-units.ts.
   */
  searchBlock: number;
  /** Fixed search shard count per segment; by default it grows with the segment's index. */
  shards?: number;
  /** Fixed id-directory shard count; by default ~IDS_PER_SHARD ids per shard. */
  idShards?: number;
  /** Busiest unions listed in the manifest for the first view. */
  topUnions: number;
}

export const DEFAULT_LAYOUT: BundleLayout = {
  listChunkSize: 32,
  bucketSize: 24,
  segmentSize: 4096,
  searchBlock: 8,
  topUnions: 12,
};

/** ~1,000 ids per directory shard: ~20 KB, ~11 KB gzipped, fetched only by a cold deep link. */
const IDS_PER_SHARD = 1024;

export function layoutOf(partial: Partial<BundleLayout> = {}): BundleLayout {
  const layout = { ...DEFAULT_LAYOUT, ...partial };
  const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n > 0);
  if (
    !whole(layout.listChunkSize) ||
    !whole(layout.bucketSize) ||
    !whole(layout.segmentSize) ||
    !whole(layout.searchBlock) ||
    (layout.searchBlock & (layout.searchBlock - 1)) !== 0 ||
    !whole(layout.shards) ||
    !whole(layout.idShards) ||
    layout.segmentSize % layout.listChunkSize !== 0
  ) {
    throw new RangeError(
      `bad bundle layout ${JSON.stringify(layout)}: sizes must be positive whole numbers, searchBlock a power of two and segmentSize a multiple of listChunkSize`,
    );
  }
  return layout;
}

/** A power of two, so the shard of an id is stable while the archive grows within one size class. */
export function idShardCount(layout: BundleLayout, articles: number): number {
  if (layout.idShards) return layout.idShards;
  let n = 1;
  while (articles / n > IDS_PER_SHARD) n *= 2;
  return n;
}
