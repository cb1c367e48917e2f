/**
 * A written bundle's search units as the matcher reads them (search-match.ts),
 * each shard read from disk and decoded on first use. For Node-side checks of
 * a built bundle: the bench's exactness check and the exactness tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchShardPath, type ArchiveManifest } from '../../shared/archive-bundle';
import { decodeShard } from '../../shared/search-index';
import type { SegmentShards, ShardEntries } from '../../shared/search-match';

export function searchUnitsOnDisk(bundleDir: string, manifest: ArchiveManifest): SegmentShards[] {
  return manifest.search.segments.map((seg) => {
    const loaded = new Map<number, ShardEntries>();
    return {
      start: seg.start,
      count: seg.count,
      shardCount: seg.shards,
      shard: (n) => {
        if (!loaded.has(n))
          loaded.set(n, decodeShard(readFileSync(join(bundleDir, searchShardPath(seg, n)))));
        return loaded.get(n);
      },
    };
  });
}
