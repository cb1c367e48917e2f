import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArchiveManifest, ListRow } from '../../shared/archive-bundle';
import { articlePath, type ReaderFilters } from '../../shared/paths';
import { useListRows } from '../articles/list-rows';
import type { ResultSet } from '../articles/result-set';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { Highlight } from '../shared/Highlight';
import { RowExcerpt } from '../search/RowExcerpt';
import { useVirtualRows } from './use-virtual-rows';

interface Props {
  results: ResultSet;
  manifest: ArchiveManifest;
  filters: ReaderFilters;
  selectedId: string | undefined;
  /** Corpus position of the open article, when known. */
  selectedPosition: number | undefined;
  phrases: readonly string[];
  typeLabels: ReadonlyMap<string, string>;
}

const ESTIMATED_ROW = 116;
const OVERSCAN = 3;

/**
 * The result list, named 文章列表; each item's link (its title) opens the article
 * with the current filters. Virtualised: only the rows near the viewport are in
 * the DOM, each item tells its position (aria-posinset/setsize), and rows come
 * from list chunks fetched for what is on screen. The focused and the selected
 * row stay rendered, so focus is never lost to scrolling.
 */
export function ResultList({
  results,
  manifest,
  filters,
  selectedId,
  selectedPosition,
  phrases,
  typeLabels,
}: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [focused, setFocused] = useState(-1);
  const selectedIndex = selectedPosition === undefined ? -1 : results.indexOf(selectedPosition);
  const {
    rows: items,
    totalSize,
    measure,
    scrollToIndex,
  } = useVirtualRows({
    rows: results,
    estimate: ESTIMATED_ROW,
    overscan: OVERSCAN,
    pinned: [focused, selectedIndex],
    list: listRef,
  });
  const rows = useListRows(
    manifest,
    items.map((item) => item.key),
  );
  // The first screenful appears at once, not row by row.
  const [shown, setShown] = useState(false);
  const ready = shown || (!rows.pending && items.length > 0) || results.length === 0;
  if (ready && !shown) setShown(true);

  // Keep the open article in view when it changes (j/k, previous/next), and once the
  // list first shows (a deep link): before the frame that measures the viewport.
  useLayoutEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex);
    // Only when the selection moves or the list appears, not when results or layout change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, selectedIndex >= 0, ready]);

  if (rows.error) {
    return (
      <div className="p-4">
        <DataErrorMessage error={rows.error} />
      </div>
    );
  }
  return (
    <>
      {!ready && <ListSkeleton />}
      <ul
        ref={listRef}
        role="list"
        aria-label="文章列表"
        className="result-list"
        hidden={!ready}
        style={{ height: totalSize }}
      >
        {items.map((item) => {
          const row = rows.get(item.key);
          return (
            <li
              // Keyed by slot: when the results change, rows are updated in place, not remounted.
              key={item.index}
              ref={measure}
              data-index={item.index}
              data-key={item.key}
              aria-setsize={results.length}
              aria-posinset={item.index + 1}
              className="result-item"
              data-selected={(row && row.id === selectedId) || undefined}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => setFocused(item.index)}
            >
              {row ? (
                <ResultRow
                  row={row}
                  manifest={manifest}
                  filters={filters}
                  selected={row.id === selectedId}
                  phrases={phrases}
                  typeLabels={typeLabels}
                />
              ) : (
                <div aria-hidden="true">
                  <div className="skeleton h-4 w-4/5" />
                  <div className="skeleton mt-3 h-3 w-full" />
                  <div className="skeleton mt-2 h-3 w-2/3" />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ResultRow({
  row,
  manifest,
  filters,
  selected,
  phrases,
  typeLabels,
}: {
  row: ListRow;
  manifest: ArchiveManifest;
  filters: ReaderFilters;
  selected: boolean;
  phrases: readonly string[];
  typeLabels: ReadonlyMap<string, string>;
}) {
  // Only the link changes with the filters; the row's text is memoised, so a toggle
  // re-renders the links of the rows on screen and nothing inside them.
  return (
    <>
      <Link
        to={articlePath(row.id, filters)}
        className="result-link"
        aria-current={selected ? 'page' : undefined}
      >
        <RowTitle text={row.title} phrases={phrases} />
      </Link>
      <RowDetails row={row} manifest={manifest} phrases={phrases} typeLabels={typeLabels} />
    </>
  );
}

const RowTitle = memo(Highlight);

const RowDetails = memo(function RowDetails({
  row,
  manifest,
  phrases,
  typeLabels,
}: {
  row: ListRow;
  manifest: ArchiveManifest;
  phrases: readonly string[];
  typeLabels: ReadonlyMap<string, string>;
}) {
  const { district, type } = manifest.facets;
  const firstType = row.type[0] === undefined ? undefined : type.values[row.type[0]];
  return (
    <>
      <RowExcerpt row={row} phrases={phrases} />
      <p className="result-meta">
        {row.kind === 'photo' && <span className="badge badge-photo">图片新闻</span>}
        {row.truncated && <span className="badge badge-warn">未刊完</span>}
        {row.district.slice(0, 2).map((d) => (
          <span key={d}>{district.values[d]}</span>
        ))}
        {firstType !== undefined && <span>{typeLabels.get(firstType) ?? firstType}</span>}
        {row.date ? (
          <time dateTime={row.date}>{row.date}</time>
        ) : (
          manifest.dates && <span>日期不详</span>
        )}
      </p>
    </>
  );
});

export function ListSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-3 p-4">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton h-20 w-full" />
      ))}
    </div>
  );
}
