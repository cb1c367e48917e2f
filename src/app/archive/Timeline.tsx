import { memo, useEffect, useId, useRef, useState } from 'react';
import type { TimelineModel } from './timeline-model';

interface Props {
  model: TimelineModel;
  /** The range in the URL: a click on the one selected bar clears it; Shift extends from its start. */
  from: string | undefined;
  to: string | undefined;
  /** Sets the date range (both undefined: clears it). Should be stable. */
  onSelect: (from: string | undefined, to: string | undefined) => void;
}

/**
 * The timeline: a bar per year (or per month within a selected year or short
 * range), its height the live count. Each bar is a toggle button named by its
 * period and count (“2023年，120篇”). A click selects that period (on the only
 * selected bar: clears it); dragging across bars, Shift with a click, Enter or
 * Space, or Shift with ←/→ selects the range from where the selection began to
 * that bar; ←/→ alone move between bars.
 */
export const Timeline = memo(function Timeline({ model, from, to, onSelect }: Props) {
  const hintId = useId();
  const { bars } = model;
  const [drag, setDrag] = useState<[start: number, end: number] | null>(null);
  const max = bars.reduce((m, b) => Math.max(m, b.count ?? 0), 1);
  const span = (a: number, b: number) =>
    onSelect(bars[Math.min(a, b)]!.period, bars[Math.max(a, b)]!.period);
  // Where a range selection began (a period: the bars change when the view zooms).
  const anchor = useRef('');
  const extend = (i: number) => {
    const from = bars.findIndex((b) => b.period === anchor.current);
    span(
      from >= 0
        ? from
        : Math.max(
            0,
            bars.findIndex((b) => b.selected),
          ),
      i,
    );
  };

  // A drag ends wherever the pointer is released; a drag within one bar is a click.
  const latest = useRef(drag);
  latest.current = drag;
  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const end = () => {
      const d = latest.current;
      setDrag(null);
      if (d && d[0] !== d[1]) span(d[0], d[1]);
    };
    addEventListener('pointerup', end);
    addEventListener('pointercancel', end);
    return () => {
      removeEventListener('pointerup', end);
      removeEventListener('pointercancel', end);
    };
    // Bound while a drag lasts; `span` reads the bars of that render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dragging]);

  return (
    <div>
      <p id={hintId} className="sr-only">
        点击选择时段，再次点击取消；拖动，或按住 Shift 再点击，选择连续的时段。
      </p>
      <div
        aria-describedby={hintId}
        className="timeline"
        data-unit={model.unit}
        onKeyDown={(e) => {
          const i = Number((e.target as HTMLElement).dataset.bar);
          const j = i + (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : NaN);
          if (!(j >= 0 && j < bars.length)) return;
          e.preventDefault();
          (e.currentTarget.children[j] as HTMLElement).focus();
          if (e.shiftKey) {
            if (!bars.some((b) => b.selected)) anchor.current = bars[i]!.period;
            extend(j);
          }
        }}
        onPointerMove={(e) => {
          if (!drag) return;
          const bar = document
            .elementFromPoint?.(e.clientX, e.clientY)
            ?.closest<HTMLElement>('[data-bar]');
          const i = bar ? Number(bar.dataset.bar) : -1;
          if (i >= 0 && i !== drag[1]) setDrag([drag[0], i]);
        }}
      >
        {bars.map((bar, i) => {
          const lit = drag ? i >= Math.min(...drag) && i <= Math.max(...drag) : bar.selected;
          const count = bar.count === undefined ? '…' : bar.count;
          return (
            <button
              key={bar.period}
              type="button"
              data-bar={i}
              className="timeline-bar"
              aria-pressed={bar.selected}
              aria-label={`${bar.name}，${bar.count === undefined ? '正在统计' : `${bar.count}篇`}`}
              data-lit={lit || undefined}
              data-empty={bar.count === 0 || undefined}
              onPointerDown={(e) => {
                if (e.button !== 0 || e.shiftKey) return;
                // Touch captures the pointer on the first bar; release it so the others see it pass.
                e.currentTarget.releasePointerCapture?.(e.pointerId);
                anchor.current = bar.period;
                setDrag([i, i]);
              }}
              onClick={(e) => {
                if (e.shiftKey && bars.some((b) => b.selected)) return extend(i);
                anchor.current = bar.period;
                if (from === bar.period && to === bar.period) onSelect(undefined, undefined);
                else onSelect(bar.period, bar.period);
              }}
            >
              <span className="timeline-count" aria-hidden="true">
                {count}
              </span>
              <span className="timeline-track" aria-hidden="true">
                <span
                  className="timeline-fill"
                  style={{ height: `${bar.count ? Math.max(3, (bar.count / max) * 100) : 0}%` }}
                />
              </span>
              <span className="timeline-tick" aria-hidden="true">
                {bar.tick}
              </span>
            </button>
          );
        })}
      </div>
      {model.zoomed && (
        <button
          type="button"
          className="link-button mt-2 text-xs"
          onClick={() => onSelect(undefined, undefined)}
        >
          查看全部年份
        </button>
      )}
    </div>
  );
});
