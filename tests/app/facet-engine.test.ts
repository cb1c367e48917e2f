import { describe, expect, test } from 'vitest';
import { allArticles, positionList } from '../../src/app/articles/result-set';
import { runFacetEngine, type EngineInput } from '../../src/app/filters/facet-engine';
import { unionGroups } from '../../src/app/filters/union-groups';
import type { UnionFacetModel } from '../../src/app/filters/facets';
import { decodeFacetColumn, encodeFacetColumn } from '../../src/shared/facet-index';

// Six articles. Districts: 0 西城 1 东城 2 海淀. Types: 0 care 1 contest. Unions: 0 A 1 B.
const district = decodeFacetColumn(encodeFacetColumn([[0], [0, 1], [1], [2], [], [0]]));
const type = decodeFacetColumn(encodeFacetColumn([[0], [1], [0], [0, 1], [1], []]));
const union = decodeFacetColumn(encodeFacetColumn([[0], [], [1], [0, 1], [0], [1]]));

function run(
  selected: { district?: number[]; type?: number[]; union?: number[] },
  options: { matches?: number[]; withUnion?: boolean } = {},
) {
  const input: EngineInput = {
    articleCount: 6,
    matches: options.matches ? Uint32Array.from(options.matches) : undefined,
    facets: {
      district: { column: district, size: 3, selected: selected.district ?? [] },
      type: { column: type, size: 2, selected: selected.type ?? [] },
      union: {
        column: options.withUnion === false ? undefined : union,
        size: 2,
        selected: selected.union ?? [],
      },
    },
  };
  const out = runFacetEngine(input);
  return {
    results: [...out.results],
    district: out.counts.district && [...out.counts.district],
    type: out.counts.type && [...out.counts.type],
    union: out.counts.union && [...out.counts.union],
  };
}

describe('facet engine', () => {
  test('no filter: every article, and corpus counts', () => {
    const r = run({});
    expect(r.results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.district).toEqual([3, 2, 1]);
    expect(r.type).toEqual([3, 3]);
    expect(r.union).toEqual([3, 3]);
  });

  test('OR within a facet', () => {
    expect(run({ district: [0] }).results).toEqual([0, 1, 5]);
    expect(run({ district: [0, 2] }).results).toEqual([0, 1, 3, 5]);
  });

  test('AND across facets', () => {
    expect(run({ district: [0], type: [1] }).results).toEqual([1]);
    expect(run({ district: [0, 1], type: [0], union: [1] }).results).toEqual([2]);
  });

  test("a facet's counts apply every other facet but not itself", () => {
    const r = run({ district: [0], type: [0] });
    expect(r.results).toEqual([0]);
    // Districts counted over type=care articles (0, 2, 3): 西城 1, 东城 1, 海淀 1.
    expect(r.district).toEqual([1, 1, 1]);
    // Types counted over 西城 articles (0, 1, 5): care 1, contest 1.
    expect(r.type).toEqual([1, 1]);
    // Unions counted over results only (both other facets apply): A 1.
    expect(r.union).toEqual([1, 0]);
  });

  test('the search matches restrict everything', () => {
    const r = run({ type: [1] }, { matches: [1, 2, 3] });
    expect(r.results).toEqual([1, 3]);
    expect(r.type).toEqual([2, 2]);
    expect(r.district).toEqual([1, 1, 1]);
  });

  test('a selected value no article has filters everything out, and counts stay', () => {
    const r = run({ district: [-1] });
    expect(r.results).toEqual([]);
    expect(r.district).toEqual([3, 2, 1]);
    expect(r.type).toEqual([0, 0]);
  });

  test('a facet whose column is not loaded is not counted, and cannot filter', () => {
    expect(run({ district: [0] }, { withUnion: false }).union).toBeUndefined();
    expect(() => run({ union: [0] }, { withUnion: false })).toThrow(/not loaded/);
  });

  test('a repeated id in one article counts once', () => {
    const dup = decodeFacetColumn(encodeFacetColumn([[1, 1], [1]]));
    const out = runFacetEngine({
      articleCount: 2,
      facets: {
        district: { column: dup, size: 2, selected: [] },
        type: { column: undefined, size: 0, selected: [] },
        union: { column: undefined, size: 0, selected: [] },
      },
    });
    expect([...out.counts.district!]).toEqual([0, 2]);
  });

  test('100,000 articles in a few milliseconds', () => {
    const n = 100_000;
    const col = (values: number, per: number) =>
      decodeFacetColumn(
        encodeFacetColumn(
          Array.from({ length: n }, (_, i) =>
            Array.from({ length: per }, (_, k) => (i * 7 + k * 13) % values),
          ),
        ),
      );
    const input: EngineInput = {
      articleCount: n,
      facets: {
        district: { column: col(17, 1), size: 17, selected: [3, 5] },
        type: { column: col(12, 2), size: 12, selected: [1] },
        union: { column: col(9000, 2), size: 9000, selected: [] },
      },
    };
    runFacetEngine(input);
    const start = performance.now();
    const out = runFacetEngine(input);
    const ms = performance.now() - start;
    expect(out.results.length).toBeGreaterThan(0);
    // Generous: jsdom under parallel tests; the browser benchmark holds the real budget.
    expect(ms).toBeLessThan(100);
  });
});

describe('facet engine against a reference', () => {
  /** The definition, one article at a time. */
  function reference(
    cols: number[][][],
    sizes: number[],
    selected: number[][],
    matches: number[] | undefined,
  ) {
    const n = cols[0]!.length;
    const passes = (f: number, i: number) =>
      selected[f]!.length === 0 || selected[f]!.some((v) => cols[f]![i]!.includes(v));
    const candidates = [...Array(n).keys()].filter((i) => !matches || matches.includes(i));
    const results = candidates.filter((i) => [0, 1, 2].every((f) => passes(f, i)));
    const counts = [0, 1, 2].map((f) => {
      const c = new Array<number>(sizes[f]!).fill(0);
      for (const i of candidates) {
        if (![0, 1, 2].every((g) => g === f || passes(g, i))) continue;
        for (const v of new Set(cols[f]![i])) c[v]!++;
      }
      return c;
    });
    return { results, counts };
  }

  test('random archives, selections and queries agree with the definition', () => {
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let round = 0; round < 60; round++) {
      const n = 1 + rand(40);
      const sizes = [1 + rand(6), 1 + rand(5), 1 + rand(9)];
      const cols = sizes.map((size) =>
        Array.from({ length: n }, () => Array.from({ length: rand(4) }, () => rand(size))),
      );
      const selected = sizes.map((size) =>
        rand(2) ? [] : Array.from({ length: 1 + rand(2) }, () => rand(size + 1)),
      );
      const matches = rand(2)
        ? undefined
        : [...new Set(Array.from({ length: rand(n + 1) }, () => rand(n)))].sort((a, b) => a - b);
      const totals = reference(cols, sizes, [[], [], []], undefined).counts;
      const out = runFacetEngine({
        articleCount: n,
        matches: matches && Uint32Array.from(matches),
        facets: {
          district: {
            column: decodeFacetColumn(encodeFacetColumn(cols[0]!)),
            size: sizes[0]!,
            selected: selected[0]!,
            totals: totals[0],
          },
          type: {
            column: decodeFacetColumn(encodeFacetColumn(cols[1]!)),
            size: sizes[1]!,
            selected: selected[1]!,
          },
          union: {
            column: decodeFacetColumn(encodeFacetColumn(cols[2]!)),
            size: sizes[2]!,
            selected: selected[2]!,
            totals: totals[2],
          },
        },
      });
      const want = reference(cols, sizes, selected, matches);
      expect([...out.results], `round ${round}`).toEqual(want.results);
      expect([...out.counts.district!], `round ${round}`).toEqual(want.counts[0]);
      expect([...out.counts.type!], `round ${round}`).toEqual(want.counts[1]);
      expect([...out.counts.union!], `round ${round}`).toEqual(want.counts[2]);
    }
  });

  test('archive totals are used when nothing else restricts a facet', () => {
    const out = runFacetEngine({
      articleCount: 6,
      facets: {
        district: { column: district, size: 3, selected: [0], totals: [30, 20, 10] },
        type: { column: type, size: 2, selected: [], totals: [99, 99] },
        union: { column: undefined, size: 2, selected: [] },
      },
    });
    // District is restricted by nothing else: its totals, as given.
    expect([...out.counts.district!]).toEqual([30, 20, 10]);
    // Type is restricted by the district filter: counted.
    expect([...out.counts.type!]).toEqual([1, 1]);
  });
});

describe('result sets', () => {
  test('all articles and position lists answer at() and indexOf()', () => {
    const all = allArticles(5);
    expect([all.length, all.at(3), all.at(5), all.indexOf(4), all.indexOf(9)]).toEqual([
      5,
      3,
      undefined,
      4,
      -1,
    ]);
    const some = positionList(Uint32Array.from([2, 7, 11, 40]));
    expect([some.at(1), some.indexOf(11), some.indexOf(12), some.indexOf(2)]).toEqual([
      7, 2, -1, 0,
    ]);
  });
});

describe('union groups', () => {
  const model: UnionFacetModel = {
    names: [
      '北京市总工会',
      '西城区总工会',
      '东城区总工会',
      '海淀区总工会',
      '甲公司工会',
      '乙公司工会',
    ],
    levels: ['municipal', 'district', 'district', 'district', 'enterprise', undefined],
    corpus: [9, 5, 4, 1, 2, 1],
    counts: [3, 0, 2, 1, 0, 1],
    rank: [0, 5, 1, 3, 4, 2],
    complete: true,
    selected: ['西城区总工会'],
  };

  test('levels in order, values by live count, selected kept beyond the limit', () => {
    const groups = unionGroups(model, { needle: '', limit: () => 1 });
    expect(groups.map((g) => [g.label, g.total])).toEqual([
      ['市级', 1],
      ['区级', 3],
      ['企业事业', 1],
      ['其他', 1],
    ]);
    const district = groups.find((g) => g.key === 'district')!;
    // 东城 (2) is the busiest unselected; 西城 (0) stays because it is selected.
    expect(district.values.map((v) => [v.value, v.count, v.selected])).toEqual([
      ['东城区总工会', 2, false],
      ['西城区总工会', 0, true],
    ]);
  });

  test('the name filter and counting state', () => {
    const groups = unionGroups(
      { ...model, counts: undefined },
      { needle: '公司', limit: () => 10 },
    );
    expect(groups.flatMap((g) => g.values.map((v) => [v.value, v.count]))).toEqual([
      ['甲公司工会', undefined],
      ['乙公司工会', undefined],
    ]);
  });
});
