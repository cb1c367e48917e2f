import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../shared/bundle';
import { articlePath, listPath, type ReaderFilters } from '../../shared/paths';
import type { UnionLevel } from '../../shared/schema';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { ArticleView } from './ArticleView';
import { CopyLinkButton } from './CopyLinkButton';

interface Props {
  id: string;
  filters: ReaderFilters;
  /** The current results, for previous/next. */
  results: readonly ArticleSummary[];
  phrases: readonly string[];
  typeLabels: ReadonlyMap<string, string>;
  unionLevels: Readonly<Record<string, UnionLevel>>;
}

function Chevron({ dir }: { dir: 'up' | 'down' | 'left' }) {
  const d = dir === 'up' ? 'M5 12l5-5 5 5' : dir === 'down' ? 'M5 8l5 5 5-5' : 'M12 5l-5 5 5 5';
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The reading pane for one article: toolbar (back, position, previous/next, copy link) and the article. */
export function ArticlePane({ id, filters, results, phrases, typeLabels, unionLevels }: Props) {
  const client = useQueryClient();
  const detail = useQuery(articleDetailQueryOptions(client, id));
  const index = results.findIndex((r) => r.id === id);
  const prev = index > 0 ? results[index - 1] : undefined;
  const next = index >= 0 ? results[index + 1] : undefined;

  const toolbar = (
    <div className="pane-toolbar">
      <Link to={listPath(filters)} className="button button-quiet md:hidden">
        <Chevron dir="left" />
        返回列表
      </Link>
      <p className="hidden text-sm text-stone-600 tabular-nums sm:block">
        {index >= 0
          ? `第 ${index + 1} / ${results.length} 篇`
          : detail.data
            ? '不在当前筛选结果中'
            : ''}
      </p>
      <div className="ml-auto flex items-center gap-1">
        {prev ? (
          <Link
            to={articlePath(prev.id, filters)}
            className="button button-quiet"
            rel="prev"
            title={prev.title}
          >
            <Chevron dir="up" />
            <span className="sr-only sm:not-sr-only">上一篇</span>
          </Link>
        ) : (
          <button type="button" className="button button-quiet" disabled>
            <Chevron dir="up" />
            <span className="sr-only sm:not-sr-only">上一篇</span>
          </button>
        )}
        {next ? (
          <Link
            to={articlePath(next.id, filters)}
            className="button button-quiet"
            rel="next"
            title={next.title}
          >
            <Chevron dir="down" />
            <span className="sr-only sm:not-sr-only">下一篇</span>
          </Link>
        ) : (
          <button type="button" className="button button-quiet" disabled>
            <Chevron dir="down" />
            <span className="sr-only sm:not-sr-only">下一篇</span>
          </button>
        )}
        {detail.data && <CopyLinkButton id={id} title={detail.data.summary.title} />}
      </div>
    </div>
  );

  if (detail.isPending) {
    return (
      <>
        {toolbar}
        <div className="article" aria-busy="true">
          <p className="sr-only" role="status">
            正在载入文章…
          </p>
          <div className="skeleton h-4 w-32" />
          <div className="skeleton mt-4 h-8 w-4/5" />
          <div className="skeleton mt-8 h-4 w-full" />
          <div className="skeleton mt-3 h-4 w-full" />
          <div className="skeleton mt-3 h-4 w-2/3" />
        </div>
      </>
    );
  }
  if (detail.isError) {
    return (
      <div className="article">
        <DataErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    );
  }
  if (detail.data === null) {
    return (
      <div className="article">
        <div className="not-found">
          <p className="not-found-code" aria-hidden="true">
            404
          </p>
          <h2 className="text-xl font-semibold">找不到这篇文章</h2>
          <p className="mt-2 text-stone-700">链接可能有误，或这篇文章已不在当前的新闻数据中。</p>
          <Link to={listPath(filters)} className="button mt-6">
            返回文章列表
          </Link>
        </div>
      </div>
    );
  }

  const { summary, paragraphs } = detail.data;
  return (
    <>
      {toolbar}
      <ArticleView
        summary={summary}
        paragraphs={paragraphs}
        filters={filters}
        phrases={phrases}
        typeLabels={typeLabels}
        unionLevels={unionLevels}
      />
      {(prev || next) && (
        <nav aria-label="相邻文章" className="adjacent">
          {prev && (
            <Link to={articlePath(prev.id, filters)} className="adjacent-link">
              <span className="adjacent-label">上一篇</span>
              <span className="adjacent-title">{prev.title}</span>
            </Link>
          )}
          {next && (
            <Link
              to={articlePath(next.id, filters)}
              className="adjacent-link text-right sm:col-start-2"
            >
              <span className="adjacent-label">下一篇</span>
              <span className="adjacent-title">{next.title}</span>
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
