/**
 * The bundle families rebuilt whole on every build, from compact per-article
 * data (facet values, ids) that the build keeps for every article anyway: facet
 * columns and the id directory. They are small next to the segmented families
 * (segment-families.ts) and need no article text, so no page is loaded for them.
 */
import {
  FACET_FILES,
  UNIONS_FILE,
  type ArchiveManifest,
  type UnionEntry,
} from '../../shared/archive-bundle';
import { encodeFacetColumn } from '../../shared/facet-index';
import type { EventTaxonomy, UnionLevel } from '../../shared/schema';
import type { FamilyFolder } from './family-folder';

/** What facet columns need of an article. */
export interface ArticleFacets {
  districts: readonly string[];
  eventTypes: readonly string[];
  /** [name, level] of each union, in the article's order. */
  unions: readonly (readonly [string, UnionLevel])[];
}

/**
 * Facet value ids and per-article columns. District and union ids are given in
 * order of first appearance in the corpus, so appending articles never changes
 * the ids of earlier ones (and earlier segments' list rows stay as they were).
 */
export class FacetColumns {
  private readonly districtIds = new Map<string, number>();
  private readonly districtCounts: number[] = [];
  private readonly typeIds: Map<string, number>;
  private readonly typeCounts: number[];
  private readonly unions = new Map<string, { id: number; level: UnionLevel; count: number }>();
  private readonly columns = {
    district: [] as number[][],
    type: [] as number[][],
    union: [] as number[][],
  };

  constructor(private readonly taxonomy: EventTaxonomy) {
    this.typeIds = new Map(taxonomy.types.map((t, i) => [t.id, i]));
    this.typeCounts = taxonomy.types.map(() => 0);
  }

  /** Adds the next article (in corpus order) and returns its district and type ids. */
  add(facets: ArticleFacets): { district: number[]; type: number[] } {
    const district = facets.districts.map((d) => {
      let id = this.districtIds.get(d);
      if (id === undefined) {
        this.districtIds.set(d, (id = this.districtIds.size));
        this.districtCounts.push(0);
      }
      this.districtCounts[id]!++;
      return id;
    });
    const type = facets.eventTypes.flatMap((t) => {
      const id = this.typeIds.get(t);
      if (id === undefined) return [];
      this.typeCounts[id]!++;
      return [id];
    });
    const union = facets.unions.map(([name, level]) => {
      let entry = this.unions.get(name);
      if (!entry) this.unions.set(name, (entry = { id: this.unions.size, level, count: 0 }));
      entry.count++;
      return entry.id;
    });
    this.columns.district.push(district);
    this.columns.type.push(type);
    this.columns.union.push(union);
    return { district, type };
  }

  private unionEntries(): UnionEntry[] {
    return [...this.unions].map(([name, u]) => ({ name, level: u.level, count: u.count }));
  }

  write(folder: FamilyFolder): void {
    folder.write(FACET_FILES.district, encodeFacetColumn(this.columns.district));
    folder.write(FACET_FILES.type, encodeFacetColumn(this.columns.type));
    folder.write(FACET_FILES.union, encodeFacetColumn(this.columns.union));
    folder.write(UNIONS_FILE, JSON.stringify(this.unionEntries()));
  }

  manifestFacets(topUnions: number): ArchiveManifest['facets'] {
    const unions = this.unionEntries();
    return {
      district: { values: [...this.districtIds.keys()], counts: [...this.districtCounts] },
      type: { values: this.taxonomy.types.map((t) => t.id), counts: [...this.typeCounts] },
      union: {
        distinct: unions.length,
        top: unions.sort((a, b) => b.count - a.count).slice(0, topUnions),
      },
    };
  }
}

/** `<s>.json`: id → corpus position for the ids that hash to shard s (bucketOf). */
export function writeIdDirectory(
  folder: FamilyFolder,
  ids: readonly string[],
  shards: number,
  shardOf: (id: string, shards: number) => number,
): void {
  const members: string[][] = Array.from({ length: shards }, () => []);
  ids.forEach((id, position) =>
    members[shardOf(id, shards)]!.push(`${JSON.stringify(id)}:${position}`),
  );
  // Every shard exists, empty ones as {}: a missing file then always means a broken deploy.
  members.forEach((m, shard) => folder.write(`${shard}.json`, `{${m.join(',')}}`));
}
