import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../shared/bundle';
import { articlePath, type ReaderFilters } from '../../shared/paths';
import { Highlight } from '../shared/Highlight';

interface Props {
  results: readonly ArticleSummary[];
  filters: ReaderFilters;
  selectedId: string | undefined;
  phrases: readonly string[];
  snippets: ReadonlyMap<string, string> | undefined;
  typeLabels: ReadonlyMap<string, string>;
}

/**
 * The result list, named 文章列表; each item's link (its title) opens the article
 * with the current filters. A plain list, not virtualised: see ADR 0004.
 */
export function ResultList({ results, filters, selectedId, phrases, snippets, typeLabels }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the open article in view when it changes (j/k, previous/next).
  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="page"]');
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  return (
    <ul ref={listRef} role="list" aria-label="文章列表" className="result-list">
      {results.map((s) => {
        const kicker = s.headlines.find((_, i) => s.headlineRoles[i] === 'kicker');
        const snippet = snippets?.get(s.id);
        const selected = s.id === selectedId;
        return (
          <li key={s.id} className="result-item" data-selected={selected || undefined}>
            {kicker && (
              <p className="result-kicker">
                <Highlight text={kicker} phrases={phrases} />
              </p>
            )}
            <Link
              to={articlePath(s.id, filters)}
              className="result-link"
              aria-current={selected ? 'page' : undefined}
            >
              <Highlight text={s.title} phrases={phrases} />
            </Link>
            <p className="result-excerpt">
              <Highlight text={snippet ?? s.excerpt} phrases={phrases} />
            </p>
            <p className="result-meta">
              {s.kind === 'photo' && <span className="badge badge-photo">图片新闻</span>}
              {s.truncated && <span className="badge badge-warn">未刊完</span>}
              {s.districts.slice(0, 2).map((d) => (
                <span key={d}>{d}</span>
              ))}
              {s.eventTypes.slice(0, 1).map((t) => (
                <span key={t}>{typeLabels.get(t) ?? t}</span>
              ))}
              {s.byline.reporters.length > 0 && <span>记者 {s.byline.reporters.join(' ')}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
