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

interface Options {
  count: number;
  /** Stable key of row i (its corpus position): measured heights are kept per key. */
  getKey: (index: number) => number;
  estimate: number;
  overscan: number;
  /** Rows to render even when off screen (the focused and the selected one). */
  pinned: readonly number[];
  list: RefObject<HTMLElement | null>;
}

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

/** First i with offsets[i + 1] > y (binary search over the prefix sums). */
function rowAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function useVirtualRows({ count, getKey, estimate, overscan, pinned, list }: Options) {
  // Measured heights by key: mutated by the observer, read when `version` changes.
  const [sizes] = useState(() => new Map<number, number>());
  const [version, setVersion] = useState(0);
  const [range, setRange] = useState<[number, number]>([0, -1]);
  const scroller = useRef<HTMLElement | Window | null>(null);

  const offsets = useMemo(() => {
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (sizes.get(getKey(i)) ?? estimate);
    return out;
    // `version` changes when a measurement does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, getKey, estimate, version]);
  const latest = useRef(offsets);

  const update = useCallback(() => {
    const el = list.current;
    const offs = latest.current;
    if (!el || !scroller.current || count === 0) return;
    // Hidden (the article screen on phones, the list before its first rows are in):
    // keep what is rendered, or start with a screenful.
    if (el.getClientRects().length === 0) {
      const screenful = Math.ceil(window.innerHeight / estimate) + overscan;
      setRange((r) => {
        const first = Math.max(0, Math.min(r[0], count - 1));
        const last = Math.min(count - 1, Math.max(r[1], first + screenful - 1));
        return r[0] === first && r[1] === last ? r : [first, last];
      });
      return;
    }
    const [top, bottom] = viewportOf(el, scroller.current);
    if (top === bottom) return;
    const first = Math.max(0, rowAt(offs, count, Math.max(0, top)) - overscan);
    const last = Math.min(count - 1, rowAt(offs, count, Math.max(0, bottom)) + overscan);
    setRange((r) => (r[0] === first && r[1] === last ? r : [first, last]));
  }, [list, count, overscan, estimate]);

  // Measuring the layout after each render is what a layout effect is for.
  useLayoutEffect(() => {
    latest.current = offsets;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    update();
  });

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
    };
    const onResize = () => {
      scroller.current = scrollerOf(list.current);
      schedule();
    };
    onResize();
    const target = scroller.current!;
    target.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      target.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
    };
  }, [list, update]);

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
        if ((latest.current[index] ?? 0) < top) shift += size - before;
        sizes.set(key, size);
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
      if (!el || !target || index < 0 || index >= count || el.getClientRects().length === 0) return;
      const [top, bottom] = viewportOf(el, target);
      const start = latest.current[index]!;
      const end = latest.current[index + 1]!;
      if (start < top) target.scrollBy(0, start - top);
      else if (end > bottom) target.scrollBy(0, Math.min(end - bottom, start - top));
    },
    [list, count],
  );

  const indexes = new Set<number>();
  for (let i = range[0]; i <= Math.min(range[1], count - 1); i++) indexes.add(i);
  for (const p of pinned) if (p >= 0 && p < count) indexes.add(p);
  const rows: VirtualRow[] = [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({ index, key: getKey(index), start: offsets[index]! }));

  return { rows, totalSize: offsets[count]!, measure, scrollToIndex };
}
