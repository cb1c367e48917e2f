import { useEffect, useState, type RefObject } from 'react';

interface Props {
  /** The element holding the article, whose <mark>s are the matches. */
  root: RefObject<HTMLElement | null>;
  /** Changes when the article or the highlighted phrases change. */
  contentKey: string;
}

/**
 * Steps through the highlighted matches of the open article: 上一处 / 下一处
 * move to the previous or next one (wrapping around), scroll it into view and
 * mark it as current; the count (3 / 7) is announced politely. Rendered in the
 * reading pane's chunk only.
 */
export function MatchNavigator({ root, contentKey }: Props) {
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(-1);

  // Once the article (rendered after this bar) is painted: collect its highlights in reading order.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      setMarks([...(root.current?.querySelectorAll<HTMLElement>('mark.search-mark') ?? [])]);
      setCurrent(-1);
    });
    return () => cancelAnimationFrame(frame);
  }, [root, contentKey]);

  if (marks.length === 0) return null;
  const go = (delta: number) => {
    const next =
      current < 0 && delta < 0 ? marks.length - 1 : (current + delta + marks.length) % marks.length;
    marks[current]?.removeAttribute('data-current');
    const mark = marks[next]!;
    mark.setAttribute('data-current', '');
    mark.scrollIntoView?.({ block: 'center' });
    setCurrent(next);
  };
  return (
    <div role="group" aria-label="正文中的匹配" className="match-bar">
      <p role="status" className="tabular-nums">
        {current < 0 ? `共 ${marks.length} 处匹配` : `第 ${current + 1} / ${marks.length} 处`}
      </p>
      <button
        type="button"
        className="button button-quiet"
        aria-label="上一处匹配"
        onClick={() => go(-1)}
      >
        上一处
      </button>
      <button
        type="button"
        className="button button-quiet"
        aria-label="下一处匹配"
        onClick={() => go(1)}
      >
        下一处
      </button>
    </div>
  );
}
