import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { bundleData, unionDictionary } from '../articles/bundle-data';
import { manifestQueryOptions } from '../articles/manifest-query';
import { allArticles, positionList, type ResultSet } from '../articles/result-set';
import { facetColumnQueryOptions, unionsQueryOptions } from '../filters/facet-index-query';
import type { EngineOutput } from '../filters/facet-engine';
import {
  districtValues,
  typeValues,
  unionOptions,
  type CountSource,
  type FacetValue,
  type UnionFacetModel,
} from '../filters/facets';
import { activeFilterCount, filterVocabulary, knownFilters } from '../filters/filter-model';
import { useReaderFilters } from '../filters/use-reader-filters';
import { enginesQueryOptions } from '../load-engines';
import { useSearch } from '../search/use-search';
import { dateIndexQueryOptions } from '../archive/date-column-query';
import { effectiveSort, orderResults, type DateOrderData } from '../archive/order-results';
import { selectedDayIds, timelineModel, type TimelineModel } from '../archive/timeline-model';
import { withPeriod } from '../filters/filter-model';

export interface Facets {
  districts: FacetValue[];
  types: FacetValue[];
  unions: UnionFacetModel;
  /** Absent on an archive without dates. */
  timeline?: TimelineModel | undefined;
}

/**
 * Everything the reader shows, derived from the URL and the bundle: the filters,
 * the search state, the results (query ∩ filters; corpus order, or by relevance
 * while a query is active) and the live
 * facet counts.
 *
 * What is loaded when (see docs/decisions/0007-scale-bundle.md): the manifest
 * alone gives the first view (its totals are the counts while nothing is
 * filtered). The district and type columns load on the first filter or search
 * (or on the intent to, `prepareFilters`). The union column and unions.json
 * load only when the union facet needs them: a union filter, the facet being
 * used, or the facet on screen while counts are live.
 */
export function useReaderModel() {
  const client = useQueryClient();
  const manifestQuery = useQuery(manifestQueryOptions());
  const manifest = manifestQuery.data;
  const data = useMemo(() => (manifest ? bundleData(manifest) : undefined), [manifest]);
  const { parsed, setFilters } = useReaderFilters();

  const [unionEngaged, setUnionEngaged] = useState(false);
  const [unionVisible, setUnionVisible] = useState(false);
  const [intent, setIntent] = useState(false);

  const query = useDeferredValue(parsed.q);
  const search = useSearch(query, manifest);
  const searchActive = search.status === 'pending' || search.status === 'ready';
  const active = activeFilterCount(parsed) > 0 || searchActive;
  const needUnion = parsed.unions.length > 0 || unionEngaged || (active && unionVisible);
  const needColumns = active || intent || needUnion;

  // The engines chunk loads with the manifest when the URL already filters or searches.
  const engines = useQuery({
    ...enginesQueryOptions(),
    enabled: needColumns || parsed.q.trim() !== '',
  });
  const runFacetEngine = engines.data?.runFacetEngine;
  const enabled = data !== undefined;
  const district = useQuery({
    ...facetColumnQueryOptions(client, 'district'),
    enabled: enabled && needColumns,
  });
  const type = useQuery({
    ...facetColumnQueryOptions(client, 'type'),
    enabled: enabled && needColumns,
  });
  const union = useQuery({
    ...facetColumnQueryOptions(client, 'union'),
    enabled: enabled && needUnion,
  });
  const unions = useQuery({ ...unionsQueryOptions(client), enabled: enabled && needUnion });
  const dictionary = useMemo(
    () => (unions.data ? unionDictionary(unions.data) : undefined),
    [unions.data],
  );

  const vocab = useMemo(
    () => (data ? filterVocabulary(data, dictionary) : undefined),
    [data, dictionary],
  );
  const dates = data?.manifest.dates;
  const filters = useMemo(() => {
    const known = vocab ? knownFilters(parsed, vocab) : parsed;
    // An archive without dates has no periods to filter by.
    return data && !dates && (known.from || known.to) ? withPeriod(known) : known;
  }, [parsed, vocab, data, dates]);
  const rangeActive = Boolean(filters.from || filters.to);
  const sort = effectiveSort(filters.sort, {
    searching: parsed.q.trim() !== '',
    dated: dates !== undefined,
  });
  // The date column: with the other columns (the timeline counts like a facet), for a
  // date range, and for date order when corpus order is not date order.
  const needDates =
    dates !== undefined &&
    (needColumns || rangeActive || (!dates.sorted && (sort === 'newest' || sort === 'oldest')));
  const dateIndex = useQuery({
    ...dateIndexQueryOptions(client),
    enabled: enabled && needDates,
  });
  // True while the results still belong to an older query (typing ahead of them).
  const searching = query !== filters.q || search.status === 'pending';

  const matches = search.status === 'ready' ? search.matches : undefined;
  const ranked = search.status === 'ready' ? search.ranked : undefined;
  const hasSelection = activeFilterCount(filters) > 0;
  // Union counts only while the union facet needs them (on screen, used or filtering):
  // ten thousand counts nobody sees would cost every toggle.
  const unionColumn = dictionary && needUnion ? union.data : undefined;
  const canRun =
    data !== undefined &&
    runFacetEngine !== undefined &&
    (filters.districts.length === 0 || district.data !== undefined) &&
    (filters.types.length === 0 || type.data !== undefined) &&
    (filters.unions.length === 0 || unionColumn !== undefined) &&
    (!rangeActive || dateIndex.data !== undefined) &&
    search.status !== 'pending' &&
    search.status !== 'error';
  // The facet selection alone (not the query text): typing must not re-run the engine.
  const selectionKey = [
    filters.districts,
    filters.types,
    filters.unions,
    [filters.from, filters.to],
  ]
    .map((v) => v.join('\n'))
    .join('\t');
  const selection = useMemo(
    () => ({
      districts: filters.districts,
      types: filters.types,
      unions: filters.unions,
      days: dates ? selectedDayIds(dates, filters.from, filters.to) : [],
    }),
    // The key stands for the lists and the range; `filters` changes with every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selectionKey, dates],
  );
  const engine = useMemo<EngineOutput | undefined>(() => {
    if (!canRun || !data || !runFacetEngine || !(hasSelection || matches)) return undefined;
    const { facets, articleCount } = data.manifest;
    return runFacetEngine({
      articleCount,
      matches,
      facets: {
        district: {
          column: district.data,
          size: facets.district.values.length,
          selected: selection.districts.map((d) => data.districtIds.get(d) ?? -1),
          totals: facets.district.counts,
        },
        type: {
          column: type.data,
          size: facets.type.values.length,
          selected: selection.types.map((t) => data.typeIds.get(t) ?? -1),
          totals: facets.type.counts,
        },
        union: {
          column: unionColumn,
          size: facets.union.distinct,
          selected: selection.unions.map((u) => dictionary?.ids.get(u) ?? -1),
          totals: dictionary?.counts,
        },
        date: {
          column: dateIndex.data?.column,
          size: dateIndex.data?.span ?? 0,
          selected: selection.days,
          totals: dateIndex.data?.totals,
        },
      },
    });
  }, [
    dateIndex.data,
    canRun,
    runFacetEngine,
    data,
    hasSelection,
    matches,
    district.data,
    type.data,
    unionColumn,
    dictionary,
    selection,
  ]);

  const searchSettled = search.status !== 'pending' && search.status !== 'error';
  const matching = useMemo<ResultSet | undefined>(() => {
    if (!data || !searchSettled) return undefined;
    if (hasSelection) return engine ? positionList(engine.results) : undefined;
    if (matches) return positionList(matches);
    return allArticles(data.manifest.articleCount);
  }, [data, searchSettled, hasSelection, engine, matches]);
  // The search's ranking (best match first): the order while a query is active.
  const relevance = ranked;
  const dateOrder = useMemo<DateOrderData | undefined>(
    () =>
      data && dates
        ? {
            articleCount: data.manifest.articleCount,
            dated: dates.dated,
            sorted: dates.sorted,
            byDay: dateIndex.data?.byDay,
          }
        : undefined,
    [data, dates, dateIndex.data],
  );
  const results = useMemo(
    () => (matching ? orderResults(matching, sort, dateOrder, relevance) : undefined),
    [matching, sort, dateOrder, relevance],
  );
  const countsLive = hasSelection || matches !== undefined;

  // Without the dictionary, selected unions the manifest does not list are added.
  const extraUnions = dictionary ? '' : filters.unions.join('\n');
  const unionChoices = useMemo(
    () =>
      data ? unionOptions(data, dictionary, extraUnions ? extraUnions.split('\n') : []) : undefined,
    [data, dictionary, extraUnions],
  );
  const facets = useMemo<Facets | undefined>(() => {
    if (!data || !unionChoices) return undefined;
    const sourceOf = (counts: Uint32Array | undefined): CountSource =>
      countsLive ? (engine ? counts : undefined) : 'corpus';
    const unionSource = sourceOf(engine?.counts.union);
    const dateSource = sourceOf(engine?.counts.date);
    return {
      districts: districtValues(data, filters, sourceOf(engine?.counts.district)),
      types: typeValues(data, filters, sourceOf(engine?.counts.type)),
      unions: {
        ...unionChoices,
        counts:
          unionSource === 'corpus' ? unionChoices.corpus : dictionary ? unionSource : undefined,
        selected: filters.unions,
      },
      timeline: data.manifest.dates
        ? timelineModel(
            data.manifest.dates,
            filters,
            dateSource === 'corpus' ? 'archive' : dateSource,
          )
        : undefined,
    };
  }, [data, unionChoices, filters, engine, countsLive, dictionary]);

  const countsReady =
    !countsLive ||
    (engine !== undefined &&
      engine.counts.district !== undefined &&
      engine.counts.type !== undefined &&
      (!needUnion || engine.counts.union !== undefined) &&
      (!dates || engine.counts.date !== undefined));

  const bundleError = manifestQuery.error;
  const dataError =
    engines.error ??
    district.error ??
    type.error ??
    union.error ??
    unions.error ??
    dateIndex.error ??
    null;
  const retry = useCallback(() => void client.resetQueries(), [client]);
  const engageUnion = useCallback(() => setUnionEngaged(true), []);
  const prepareFilters = useCallback(() => setIntent(true), []);

  return {
    bundle: bundleError
      ? ({ status: 'error', error: bundleError, retry } as const)
      : data
        ? ({ status: 'ready', data } as const)
        : ({ status: 'pending' } as const),
    data,
    filters,
    setFilters,
    search,
    searching,
    results,
    /** The order the list is in (undefined: corpus order, an archive without dates). */
    sort,
    facets,
    /** Results and every shown count belong to the URL's state (for the benchmark hook). */
    settled: results !== undefined && !searching && countsReady,
    dataError,
    /** The union facet reports being used or on screen, so its data loads when needed. */
    union: {
      loading: needUnion && (unions.isPending || union.isPending),
      engage: engageUnion,
      setVisible: setUnionVisible,
    },
    /** The reader is about to filter or search (focus, hover): start loading the columns. */
    prepareFilters,
  };
}

export type ReaderModel = ReturnType<typeof useReaderModel>;
