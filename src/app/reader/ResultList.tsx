import {
  defaultRangeExtractor,
  measureElement,
  useVirtualizer,
  useWindowVirtualizer,
  type Range,
  type VirtualItem,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import type { ArchiveManifest, ListRow } from '../../shared/archive-bundle';
import { articlePath, type ReaderFilters } from '../../shared/paths';
import { useListRows } from '../articles/list-rows';
import type { ResultSet } from '../articles/result-set';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { Highlight } from '../shared/Highlight';

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
const OVERSCAN = 6;

/** The nearest ancestor that scrolls vertically; the window on phones (the page scrolls). */
function findScroller(el: HTMLElement | null): HTMLElement | Window {
  for (let p = el?.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return window;
}

/** Which element scrolls the list changes with the layout (phone, tablet, desktop). */
function useScroller(ref: RefObject<HTMLElement | null>): HTMLElement | Window | undefined {
  const [scroller, setScroller] = useState<HTMLElement | Window>();
  useLayoutEffect(() => {
    const update = () => setScroller(findScroller(ref.current));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref]);
  return scroller;
}

/**
 * The result list, named 文章列表; each item's link (its title) opens the article
 * with the current filters. Virtualised: only the rows near the viewport are in
 * the DOM, each item tells its position (aria-posinset/setsize), and rows come
 * from list chunks fetched for what is on screen.
 */
export function ResultList(props: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  const scroller = useScroller(anchor);
  return (
    <div ref={anchor}>
      {scroller === window ? (
        <WindowList {...props} />
      ) : scroller ? (
        <ElementList {...props} scroller={scroller as HTMLElement} />
      ) : null}
    </div>
  );
}

interface Common {
  count: number;
  estimateSize: () => number;
  overscan: number;
  scrollMargin: number;
  getItemKey: (index: number) => number;
  rangeExtractor: (range: Range) => number[];
  measureElement: typeof measureElement<HTMLLIElement>;
}

/**
 * A row measured while the list is hidden (the article screen on phones) or
 * without layout has no height: keep the estimate rather than collapse the list.
 */
const measureRow: typeof measureElement<HTMLLIElement> = (el, entry, instance) => {
  const size = measureElement(el, entry, instance);
  return size > 0 ? size : ESTIMATED_ROW;
};

/** Options shared by both virtualizers; `pinned` rows (focused, selected) stay rendered. */
function useCommonOptions(results: ResultSet, scrollMargin: number, pinned: number[]): Common {
  const pinnedKey = pinned.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      for (const p of pinnedKey ? pinnedKey.split(',').map(Number) : []) {
        if (p >= 0 && p < range.count && !indexes.includes(p)) indexes.push(p);
      }
      return indexes.sort((a, b) => a - b);
    },
    [pinnedKey],
  );
  // Stable per result set: the virtualizer recomputes its measurements when it changes.
  const getItemKey = useCallback((i: number) => results.at(i) ?? i, [results]);
  return {
    count: results.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    measureElement: measureRow,
  };
}

function WindowList(props: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState(-1);
  const selectedIndex = selectedIndexOf(props);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>(
    useCommonOptions(props.results, margin, [focused, selectedIndex]),
  );
  // After every render: chips or an open filter panel above the list move it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || el.offsetParent === null) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - margin) > 0.5) setMargin(top);
  });
  return (
    <Rows
      {...props}
      listRef={list}
      view={viewOf(virtualizer)}
      onFocusRow={setFocused}
      selectedIndex={selectedIndex}
    />
  );
}

function ElementList(props: Props & { scroller: HTMLElement }) {
  const { scroller } = props;
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState(-1);
  const selectedIndex = selectedIndexOf(props);
  // The app is not built with the React Compiler, so nothing memoises across this call.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    ...useCommonOptions(props.results, margin, [focused, selectedIndex]),
    getScrollElement: () => scroller,
    // Before the first measurement, assume the scroller's size (it has one: it scrolls).
    initialRect: { width: scroller.clientWidth, height: scroller.clientHeight || 800 },
  });
  // After every render: chips or an open filter panel above the list move it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || el.offsetParent === null) return;
    const top =
      el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(top - margin) > 0.5) setMargin(top);
  });
  return (
    <Rows
      {...props}
      listRef={list}
      view={viewOf(virtualizer)}
      onFocusRow={setFocused}
      selectedIndex={selectedIndex}
    />
  );
}

/** What the rows need of either virtualizer (window or element scrolling). */
interface VirtualView {
  items: VirtualItem[];
  totalSize: number;
  scrollMargin: number;
  measureElement: (el: HTMLLIElement | null) => void;
  scrollToIndex: (index: number) => void;
}

function viewOf(v: {
  getVirtualItems(): VirtualItem[];
  getTotalSize(): number;
  options: { scrollMargin: number };
  measureElement: (el: HTMLLIElement | null) => void;
  scrollToIndex: (index: number, options: { align: 'auto' }) => void;
}): VirtualView {
  return {
    items: v.getVirtualItems(),
    totalSize: v.getTotalSize(),
    scrollMargin: v.options.scrollMargin,
    measureElement: v.measureElement,
    scrollToIndex: (i) => v.scrollToIndex(i, { align: 'auto' }),
  };
}

function selectedIndexOf({ results, selectedPosition }: Props): number {
  return selectedPosition === undefined ? -1 : results.indexOf(selectedPosition);
}

function Rows({
  results,
  manifest,
  filters,
  selectedId,
  phrases,
  typeLabels,
  listRef,
  view,
  onFocusRow,
  selectedIndex,
}: Props & {
  listRef: RefObject<HTMLUListElement | null>;
  view: VirtualView;
  onFocusRow: (index: number) => void;
  selectedIndex: number;
}) {
  const { items } = view;
  const positions = items.map((item) => results.at(item.index) ?? 0);
  const rows = useListRows(manifest, positions);
  // The first screenful appears at once, not row by row.
  const [shown, setShown] = useState(false);
  const ready = shown || (!rows.pending && items.length > 0) || results.length === 0;
  if (ready && !shown) setShown(true);

  // Keep the open article in view when it changes (j/k, previous/next), if the list is on screen.
  useEffect(() => {
    if (selectedIndex < 0 || listRef.current?.offsetParent === null) return;
    view.scrollToIndex(selectedIndex);
    // Only when the selection moves, not when results or layout change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, selectedIndex >= 0]);

  if (rows.error) {
    return (
      <div className="p-4">
        <DataErrorMessage error={rows.error} />
      </div>
    );
  }
  if (!ready) return <ListSkeleton />;
  const margin = view.scrollMargin;
  return (
    <ul
      ref={listRef}
      role="list"
      aria-label="文章列表"
      className="result-list"
      style={{ height: view.totalSize }}
    >
      {items.map((item) => {
        const position = results.at(item.index) ?? 0;
        const row = rows.get(position);
        return (
          <li
            key={item.key}
            ref={view.measureElement}
            data-index={item.index}
            aria-setsize={results.length}
            aria-posinset={item.index + 1}
            className="result-item"
            data-selected={(row && row.id === selectedId) || undefined}
            style={{ transform: `translateY(${item.start - margin}px)` }}
            onFocus={() => onFocusRow(item.index)}
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
  const { district, type } = manifest.facets;
  const firstType = row.type[0] === undefined ? undefined : type.values[row.type[0]];
  return (
    <>
      <Link
        to={articlePath(row.id, filters)}
        className="result-link"
        aria-current={selected ? 'page' : undefined}
      >
        <Highlight text={row.title} phrases={phrases} />
      </Link>
      <p className="result-excerpt">
        <Highlight text={row.excerpt} phrases={phrases} />
      </p>
      <p className="result-meta">
        {row.kind === 'photo' && <span className="badge badge-photo">图片新闻</span>}
        {row.truncated && <span className="badge badge-warn">未刊完</span>}
        {row.district.slice(0, 2).map((d) => (
          <span key={d}>{district.values[d]}</span>
        ))}
        {firstType !== undefined && <span>{typeLabels.get(firstType) ?? firstType}</span>}
        {row.date && <span>{row.date}</span>}
      </p>
    </>
  );
}

export function ListSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-3 p-4">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton h-20 w-full" />
      ))}
    </div>
  );
}
