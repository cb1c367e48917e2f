/**
 * The search index's units (docs/decisions/0010-exact-search.md, "Blocks"): the
 * full segments as aligned blocks of `layout.searchBlock` (8) segments, the
 * rest of them as one block each of 4, 2 and 1 (the binary digits of their
 * count), then the partial last segment. A cold query reads one shard per
 * character and link in every unit: at 100k articles 4 units instead of 25
 * segments, at 10k 2 instead of 3. The units follow from the article count
 * alone, so an incremental build equals a from-scratch one.
 *
 * Fed one segment at a time, in order, by StagedBuild (pipeline/staged-build.ts)
 * or ArchiveBundleWriter (fixtures). A written segment is
 * indexed once, by a builder of its own kept until its block completes (or
 * the build ends): a completed block is its segments' builders appended
 * (SearchSegmentBuilder.append, no text indexed twice). A unit whose key (its
 * segments' keys) is the live build's keeps its folder. A segment reused from
 * the live build has no builder: when a block is formed on a day its earlier
 * segments were reused (the day a segment fills: like a binary counter's
 * carry, at most 7 segments), they are indexed from their pages loaded again
 * (`reload`).
 */
import { createHash } from 'node:crypto';
import type { BundleLayout } from './bundle-layout';
import type { FamilyFolder } from './family-folder';
import { SearchSegmentBuilder, type SearchableArticle } from './search-index-builder';
import type { PlacedArticle } from './segment-families';
import type { SearchUnitRecord } from '../cache/build-record';

/** An article of a segment: its page and its index on the page. */
interface SlotRef<P> {
  page: P;
  order: number;
}

/** A page's article views, loaded again without keeping the page (run-ingest.ts). */
export type Reload<P> = (page: P) => { readonly views: readonly SearchableArticle[] };

interface OpenSegment<P> {
  key: string;
  start: number;
  slots: readonly SlotRef<P>[];
  /** Its index, if it was written in this build. */
  builder: SearchSegmentBuilder | null;
}

export interface UnitFolders {
  /** Writes a `search` folder, returns its name. */
  write(fill: (folder: FamilyFolder) => void): string;
  /** Carries a live build's folder into this build; false if it is missing. */
  reuse(dir: string): boolean;
}

export class SearchUnits<P> {
  readonly units: SearchUnitRecord[] = [];
  /** Segments of the block not yet complete. */
  private open: OpenSegment<P>[] = [];
  private readonly previous: Map<string, SearchUnitRecord>;

  constructor(
    private readonly layout: BundleLayout,
    previous: readonly SearchUnitRecord[],
    private readonly folders: UnitFolders,
  ) {
    this.previous = new Map(previous.map((u) => [u.key, u]));
  }

  /** Segment `index` (key as in the build record), `placed` if it was written, null if reused. */
  segment(
    index: number,
    key: string,
    slots: readonly SlotRef<P>[],
    placed: readonly PlacedArticle[] | null,
    reload: Reload<P>,
  ): void {
    const { searchBlock, segmentSize } = this.layout;
    const start = index * segmentSize;
    let builder: SearchSegmentBuilder | null = null;
    if (placed) {
      builder = new SearchSegmentBuilder(start);
      for (const a of placed) builder.add(a.position, a.view);
    }
    this.open.push({ key, start, slots, builder });
    if (this.open.length === searchBlock && slots.length === segmentSize) {
      this.unit(this.open, reload);
      this.open = [];
    }
  }

  /**
   * The units after the last whole block (call after the last segment): its
   * full segments as smaller aligned blocks, halving (with blocks of 8: 5 full
   * segments are a block of 4 and one of 1), then the partial segment.
   */
  finish(reload: Reload<P>): SearchUnitRecord[] {
    const open = this.open;
    this.open = [];
    const full = open.filter((s) => s.slots.length === this.layout.segmentSize).length;
    let at = 0;
    for (let size = this.layout.searchBlock / 2; size >= 1; size /= 2) {
      if (full - at < size) continue;
      this.unit(open.slice(at, at + size), reload);
      at += size;
    }
    for (const seg of open.slice(at)) this.unit([seg], reload);
    return this.units;
  }

  private unit(segments: OpenSegment<P>[], reload: Reload<P>): void {
    const key = unitKey(segments.map((s) => s.key));
    const start = segments[0]!.start;
    const count = segments.reduce((n, s) => n + s.slots.length, 0);
    const previous = this.previous.get(key);
    if (previous && previous.start === start && this.folders.reuse(previous.dir)) {
      this.units.push(previous);
      return;
    }
    const indexOf = (seg: OpenSegment<P>): SearchSegmentBuilder => {
      let builder = seg.builder;
      seg.builder = null;
      if (!builder) {
        builder = new SearchSegmentBuilder(seg.start);
        for (const [i, s] of seg.slots.entries())
          builder.add(seg.start + i, reload(s.page).views[s.order]!);
      }
      return builder;
    };
    let builder: SearchSegmentBuilder;
    if (segments.length === 1) builder = indexOf(segments[0]!);
    else {
      builder = new SearchSegmentBuilder(start);
      for (const seg of segments) builder.append(indexOf(seg));
    }
    let shards = 0;
    const dir = this.folders.write((folder) => {
      shards = this.layout.shards ?? builder.shardCount();
      for (const { shard, bytes } of builder.shards(shards)) folder.write(`${shard}.bin`, bytes);
    });
    this.units.push({ key, start, count, dir, shards });
  }
}

/** A unit's key over its segments' keys (not cache/fingerprint.ts: fixtures import this module in the browser test environment). */
function unitKey(segmentKeys: readonly string[]): string {
  const hash = createHash('sha256').update('search');
  for (const k of segmentKeys) hash.update('\0').update(k);
  return hash.digest('base64url').slice(0, 22);
}
