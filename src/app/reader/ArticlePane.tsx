import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import type { ArchiveManifest } from '../../shared/archive-bundle';
import { articlePath, listPath, type ReaderFilters } from '../../shared/paths';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { cachedPosition, useListRows } from '../articles/list-rows';
import type { ResultSet } from '../articles/result-set';
import { MatchNavigator } from '../search/MatchNavigator';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { ArticleView } from './ArticleView';
import { CopyLinkButton } from './CopyLinkButton';

/** Opened from somewhere other than the result list (a page of the 版面 view): its own neighbours. */
export interface PaneContext {
  /** Where the article sits, e.g. 第5版 第 2 / 3 篇. */
  label: string;
  prev: { id: string; title: string } | undefined;
  next: { id: string; title: string } | undefined;
  pathOf: (id: string) => string;
  /** Back to the list on phones. */
  back: { to: string; label: string };
}

interface Props {
  id: string;
  context?: PaneContext | undefined;
  filters: ReaderFilters;
  /** The current results, for previous/next; `undefined` while they are computed. */
  results: ResultSet | undefined;
  /** `undefined` until loaded (a prerendered article shows before it). */
  manifest: ArchiveManifest | undefined;
  phrases: readonly string[];
  typeLabels: ReadonlyMap<string, string> | undefined;
}

/** The article's address under the site's URL (SITE_URL at build time). */
const articleUrl = (id: string) => new URL(articlePath(id).slice(1), import.meta.env.SITE_URL).href;

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
export function ArticlePane({
  id,
  context,
  filters,
  results,
  manifest,
  phrases,
  typeLabels,
}: Props) {
  const client = useQueryClient();
  const detail = useQuery(articleDetailQueryOptions(client, id));
  const articleRef = useRef<HTMLDivElement>(null);
  // The record carries its corpus position, so this works on a cold load too.
  const position = detail.data?.index ?? cachedPosition(client, id);
  const index = !context && results && position !== undefined ? results.indexOf(position) : -1;
  const prevAt = index > 0 ? results?.at(index - 1) : undefined;
  const nextAt = index >= 0 ? results?.at(index + 1) : undefined;
  const neighbours = useListRows(
    manifest,
    [prevAt, nextAt].filter((p): p is number => p !== undefined),
  );
  const prev = context ? context.prev : prevAt === undefined ? undefined : neighbours.get(prevAt);
  const next = context ? context.next : nextAt === undefined ? undefined : neighbours.get(nextAt);
  const pathOf = (target: string) =>
    context ? context.pathOf(target) : articlePath(target, filters);

  const toolbar = (
    <div className="pane-toolbar">
      <Link
        to={context ? context.back.to : listPath(filters)}
        className="button button-quiet md:hidden"
      >
        <Chevron dir="left" />
        {context ? context.back.label : '返回列表'}
      </Link>
      <p className="hidden text-sm text-stone-600 tabular-nums sm:block">
        {context
          ? context.label
          : index >= 0 && results
            ? `第 ${index + 1} / ${results.length} 篇`
            : detail.data && results
              ? '不在当前筛选结果中'
              : ''}
      </p>
      <div className="ml-auto flex items-center gap-1">
        {prev ? (
          <Link to={pathOf(prev.id)} className="button button-quiet" rel="prev" title={prev.title}>
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
          <Link to={pathOf(next.id)} className="button button-quiet" rel="next" title={next.title}>
            <Chevron dir="down" />
            <span className="sr-only sm:not-sr-only">下一篇</span>
          </Link>
        ) : (
          <button type="button" className="button button-quiet" disabled>
            <Chevron dir="down" />
            <span className="sr-only sm:not-sr-only">下一篇</span>
          </button>
        )}
        {detail.data && <CopyLinkButton id={id} title={detail.data.title} />}
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
          <Link to={context ? context.back.to : listPath(filters)} className="button mt-6">
            {context ? context.back.label : '返回文章列表'}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <>
      {toolbar}
      {phrases.length > 0 && (
        <MatchNavigator root={articleRef} contentKey={`${id}\n${phrases.join('\n')}`} />
      )}
      <div ref={articleRef}>
        <ArticleView
          article={detail.data}
          filters={filters}
          phrases={phrases}
          typeLabels={typeLabels}
        />
      </div>
      {/* Shown on paper only (print.css): where the article lives. */}
      <p className="print-link">本文链接：{articleUrl(id)}</p>
      {(prev || next) && (
        <nav aria-label="相邻文章" className="adjacent">
          {prev && (
            <Link to={pathOf(prev.id)} className="adjacent-link">
              <span className="adjacent-label">上一篇</span>
              <span className="adjacent-title">{prev.title}</span>
            </Link>
          )}
          {next && (
            <Link to={pathOf(next.id)} className="adjacent-link text-right sm:col-start-2">
              <span className="adjacent-label">下一篇</span>
              <span className="adjacent-title">{next.title}</span>
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
