/**
 * Windowing for the result list: which rows are near the viewport, where they
 * go, and the list's full height, for lists of 100,000 rows of varying height.
 *
 * Written for this list instead of @tanstack/react-virtual, whose core alone
 * is ~10 KB gzipped, 7 % of the first-view budget (ADR 0007). It does what the
 * list needs and no more: one scroller (the window on phones, the scrolling
 * column otherwise), rows measured as they render (a ResizeObserver; the
 * estimate until then), the scroll position kept when rows above the viewport
 * change height, a few rows kept rendered regardless (focus, selection), and
 * scrollToIndex. The viewport is read relative to the list itself, so nothing
 * above the list (toolbar, chips, an open filter panel) needs measuring.
 */
// The refs (scroller, latest offsets) are read in handlers and effects, never to render;
// the app is not built with the React Compiler that these two rules serve.
/* eslint-disable react-hooks/refs, react-hooks/preserve-manual-memoization */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';

export interface VirtualRow {
  index: number;
  key: number;
  /** Offset of the row's top from the list's top. */
  start: number;
}

/** The rows: how many, and a stable key per row (its corpus position) and back. */
export interface RowKeys {
  readonly length: number;
  at(index: number): number | undefined;
  indexOf(key: number): number;
}

interface Options {
  rows: RowKeys;
  estimate: number;
  overscan: number;
  /** Rows to render even when off screen (the focused and the selected one). */
  pinned: readonly number[];
  list: RefObject<HTMLElement | null>;
}

/** The viewport height assumed before the first measurement (a laptop screen). */
const INITIAL_VIEW_HEIGHT = 800;

/** Measured heights kept at most (by key, oldest dropped): enough for long reading sessions. */
const MAX_MEASURED = 4000;

/** The nearest ancestor that scrolls vertically; the window on phones (the page scrolls). */
function scrollerOf(el: HTMLElement | null): HTMLElement | Window {
  for (let p = el?.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return window;
}

/** The part of the list that is on screen, in list coordinates. */
function viewportOf(list: HTMLElement, scroller: HTMLElement | Window): [number, number] {
  const top = list.getBoundingClientRect().top;
  if (scroller === window) return [-top, -top + window.innerHeight];
  const box = (scroller as HTMLElement).getBoundingClientRect();
  return [box.top - top, box.bottom - top];
}

/**
 * Row offsets without a pass over every row: row i starts at i × estimate plus
 * the corrections (measured − estimate) of the measured rows before it. Only
 * rendered rows are ever measured, so this is O(measured) to build and
 * O(log) to query, however long the list.
 */
export class RowLayout {
  private readonly at: Int32Array;
  private readonly sum: Float64Array;
  constructor(
    readonly count: number,
    private readonly estimate: number,
    measured: readonly [index: number, size: number][],
  ) {
    const sorted = [...measured].sort((a, b) => a[0] - b[0]);
    this.at = Int32Array.from(sorted, ([i]) => i);
    this.sum = new Float64Array(sorted.length + 1);
    sorted.forEach(([, size], j) => (this.sum[j + 1] = this.sum[j]! + size - estimate));
  }

  /** Offset of row i's top (i = count: the total height). */
  start(i: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return i * this.estimate + this.sum[lo]!;
  }

  /** The row at offset y (clamped to the list). */
  rowAt(y: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start(mid + 1) > y) hi = mid;
      else lo = mid + 1;
    }
    return Math.max(0, lo);
  }
}

export function useVirtualRows({ rows: keys, estimate, overscan, pinned, list }: Options) {
  // Measured heights by key: mutated by the observer, read when `version` changes.
  const [sizes] = useState(() => new Map<number, number>());
  const [version, setVersion] = useState(0);
  // The on-screen part of the list, in list coordinates; until measured, the top screenful.
  const [view, setView] = useState<[number, number] | null>(null);
  const scroller = useRef<HTMLElement | Window | null>(null);
  const count = keys.length;

  const layout = useMemo(() => {
    const measured: [number, number][] = [];
    for (const [key, size] of sizes) {
      const i = keys.indexOf(key);
      if (i >= 0) measured.push([i, size]);
    }
    return new RowLayout(count, estimate, measured);
    // `version` changes when a measurement does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, count, estimate, version, sizes]);
  const latest = useRef(layout);

  const update = useCallback(() => {
    const el = list.current;
    // Hidden (the article screen on phones): keep rendering what was on screen.
    if (!el || !scroller.current || el.getClientRects().length === 0) return;
    const [top, bottom] = viewportOf(el, scroller.current);
    if (top === bottom) return;
    setView((v) => (v && v[0] === top && v[1] === bottom ? v : [top, bottom]));
  }, [list]);

  // The viewport follows scrolling and layout one frame later: reading the layout
  // inside the commit would force it synchronously on every change. The rows for
  // new results are chosen during render, from the last viewport.
  const frame = useRef(0);
  const schedule = useCallback(() => {
    if (!frame.current) {
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        update();
      });
    }
  }, [update]);
  useLayoutEffect(() => {
    latest.current = layout;
    schedule();
  });

  useEffect(() => {
    const onResize = () => {
      scroller.current = scrollerOf(list.current);
      schedule();
    };
    onResize();
    const target = scroller.current!;
    target.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      target.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
    };
  }, [list, schedule]);

  // One observer for every rendered row; a changed height re-lays out the list.
  const observer = useMemo(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;
    return new ResizeObserver((entries) => {
      let changed = false;
      let shift = 0;
      const el = list.current;
      const top = el && scroller.current ? viewportOf(el, scroller.current)[0] : 0;
      for (const entry of entries) {
        const row = entry.target as HTMLElement;
        const key = Number(row.dataset.key);
        const size = entry.borderBoxSize?.[0]?.blockSize ?? row.getBoundingClientRect().height;
        // A hidden row measures 0: keep the estimate rather than collapse the list.
        if (!(size > 0) || sizes.get(key) === size) continue;
        const index = Number(row.dataset.index);
        const before = sizes.get(key) ?? estimate;
        if (latest.current.start(index) < top) shift += size - before;
        sizes.delete(key);
        sizes.set(key, size);
        if (sizes.size > MAX_MEASURED) sizes.delete(sizes.keys().next().value!);
        changed = true;
      }
      if (!changed) return;
      // Rows above the viewport grew or shrank: keep what the reader looks at in place.
      if (shift !== 0 && scroller.current) scroller.current.scrollBy(0, shift);
      setVersion((v) => v + 1);
    });
  }, [list, estimate, sizes]);
  useEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (row: HTMLElement | null) => {
      if (row) observer?.observe(row);
    },
    [observer],
  );

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = list.current;
      const target = scroller.current;
      const rows = latest.current;
      if (!el || !target || index < 0 || index >= rows.count || el.getClientRects().length === 0) {
        return;
      }
      const [top, bottom] = viewportOf(el, target);
      const start = rows.start(index);
      const end = rows.start(index + 1);
      if (start < top) target.scrollBy(0, start - top);
      else if (end > bottom) target.scrollBy(0, Math.min(end - bottom, start - top));
    },
    [list],
  );

  // Until measured (a frame after mounting), a fixed screenful: the same rows on the
  // server and in the first browser render, so a prerendered list hydrates as it is.
  // It starts at the first pinned row if any (a deep link's article, scrolled to
  // next), so the list chunks above it are not fetched for nothing.
  const anchor = pinned.find((p) => p >= 0 && p < count);
  const initialTop = anchor === undefined ? 0 : layout.start(anchor);
  const [top, bottom] = view ?? [initialTop, initialTop + INITIAL_VIEW_HEIGHT];
  const first = count > 0 ? Math.max(0, layout.rowAt(Math.max(0, top)) - overscan) : 0;
  const last = count > 0 ? Math.min(count - 1, layout.rowAt(Math.max(0, bottom)) + overscan) : -1;
  const indexes = new Set<number>();
  for (let i = first; i <= last; i++) indexes.add(i);
  for (const p of pinned) if (p >= 0 && p < count) indexes.add(p);
  const rows: VirtualRow[] = [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({ index, key: keys.at(index) ?? index, start: layout.start(index) }));

  return { rows, totalSize: layout.start(count), measure, scrollToIndex };
}
