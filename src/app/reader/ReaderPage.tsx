import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ISSUES_ROUTE, listPath, readerSearchParams } from '../../shared/paths';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { cachedPosition } from '../articles/list-rows';
import { reportCommit } from '../bench-hook';
import { ActiveFilters } from '../filters/ActiveFilters';
import { FacetPanel } from '../filters/FacetPanel';
import { activeFilterCount, clearAllFilters, withQuery, withValue } from '../filters/filter-model';
import { SearchBox } from '../search/SearchBox';
import { withoutTypedWord } from '../search/typed-word';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { APP_NAME } from '../shared/labels';
import { useDocumentTitle } from '../shared/use-document-title';
import { ListSkeleton, ResultList } from './ResultList';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SortControl } from '../archive/SortControl';
import { useReaderModel } from './use-reader-model';
import { useReaderShortcuts } from './use-reader-shortcuts';

/**
 * The reading pane is its own chunk: the list's first view does not need it. It is
 * fetched when an article URL is opened and on the first sign of intent (pointer
 * or focus in the list), so a click usually finds it loaded.
 */
const loadPane = () => import('./ArticlePane');
const ArticlePane = lazy(() => loadPane().then((m) => ({ default: m.ArticlePane })));
const preloadPane = () => void loadPane();

/**
 * The reader: header with search, facets, result list and reading pane.
 * Wide screens show list and pane side by side (facets in their own column from
 * 1024 px); phones show the list at / and the article alone at /articles/:id.
 */
export function ReaderPage() {
  const { id } = useParams();
  const client = useQueryClient();
  const model = useReaderModel();
  const { bundle, data, filters, setFilters, search, searching, results, facets, dataError } =
    model;
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [facetsOpen, setFacetsOpen] = useState(false);
  const facetsId = useId();
  const detail = useQuery({
    ...articleDetailQueryOptions(client, id ?? ''),
    enabled: id !== undefined && data !== undefined,
  });
  const selectedPosition = id ? (detail.data?.index ?? cachedPosition(client, id)) : undefined;
  useEffect(() => {
    if (id) preloadPane();
  }, [id]);

  useReaderShortcuts({
    results,
    manifest: data?.manifest,
    selectedId: id,
    filters,
    setFilters,
    searchRef,
    helpOpen,
    openHelp: () => setHelpOpen(true),
  });

  // Tells the benchmark hook (src/app/bench.ts) what this commit shows; a no-op otherwise.
  const stateKey = readerSearchParams(filters).toString();
  useEffect(() => {
    reportCommit({ state: stateKey, settled: model.settled });
  });

  const q = filters.q.trim();
  useDocumentTitle(
    id
      ? detail.data === undefined
        ? null
        : (detail.data?.title ?? '未找到文章')
      : q
        ? `“${q}”的搜索结果`
        : null,
  );

  const articleOpen = id !== undefined;
  const filterCount = activeFilterCount(filters);
  const error = (search.status === 'error' ? search.error : null) ?? dataError;

  let listBody: ReactNode;
  if (bundle.status === 'pending') {
    listBody = (
      <div>
        <p role="status" className="px-4 pt-4 text-sm text-stone-600">
          正在加载新闻…
        </p>
        <ListSkeleton />
      </div>
    );
  } else if (bundle.status === 'error') {
    listBody = (
      <div className="p-4">
        <DataErrorMessage error={bundle.error} onRetry={bundle.retry} />
      </div>
    );
  } else if (error) {
    listBody = (
      <div className="p-4">
        <DataErrorMessage error={error} onRetry={bundle.retry} />
      </div>
    );
  } else if (!results) {
    listBody = <ListSkeleton />;
  } else if (results.length > 0) {
    listBody = (
      <ResultList
        results={results}
        manifest={bundle.data.manifest}
        filters={filters}
        selectedId={id}
        selectedPosition={selectedPosition}
        phrases={search.phrases}
        typeLabels={bundle.data.typeLabels}
      />
    );
  } else {
    listBody = (
      <div className="empty-state">
        <p className="font-medium text-stone-800">没有符合条件的文章</p>
        <p className="mt-1 text-sm text-stone-600">试试换个关键词，或减少筛选条件。</p>
        <button
          type="button"
          className="button mt-4"
          onClick={() => setFilters(clearAllFilters(filters))}
        >
          清除全部筛选
        </button>
      </div>
    );
  }

  const count = results?.length ?? 0;
  const statusText =
    bundle.status !== 'ready'
      ? ''
      : searching
        ? '正在搜索…'
        : !results
          ? '正在筛选…'
          : q
            ? `找到 ${count} 篇与“${q}”相关的文章`
            : filterCount > 0
              ? `筛选出 ${count} 篇文章`
              : `共 ${count} 篇文章`;
  const districtsCovered = data?.manifest.facets.district.counts.filter((c) => c > 0).length ?? 0;

  return (
    <div className="app">
      <a href="#reader-main" className="skip-link">
        跳到主要内容
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <h1 className="brand">
            <Link to={listPath()} className="brand-link">
              <span className="brand-mark" aria-hidden="true">
                工
              </span>
              <span className="brand-name">{APP_NAME}</span>
            </Link>
          </h1>
          <SearchBox
            value={filters.q}
            inputRef={searchRef}
            onFocus={model.prepareFilters}
            onChange={(value) =>
              // Starting or clearing a search is a step in history; refining it is not.
              setFilters(withQuery(filters, value), { replace: filters.q !== '' && value !== '' })
            }
            data={data}
            filters={filters}
            onPick={(s) =>
              setFilters(
                withQuery(withValue(filters, s.kind, s.value), withoutTypedWord(filters.q)),
              )
            }
          />
          {data?.manifest.issues && (
            <Link to={ISSUES_ROUTE} className="header-link">
              版面
            </Link>
          )}
          <button
            type="button"
            className="icon-button hidden sm:inline-flex"
            aria-label="键盘快捷键"
            aria-keyshortcuts="?"
            onClick={() => setHelpOpen(true)}
          >
            <span aria-hidden="true">?</span>
          </button>
        </div>
      </header>

      <main id="reader-main" className="reader" data-article-open={articleOpen || undefined}>
        <div
          className="list-column"
          onPointerOver={preloadPane}
          onFocus={preloadPane}
          onTouchStart={preloadPane}
        >
          <div className="list-toolbar">
            <div className="flex items-center justify-between gap-3">
              <p role="status" className="text-sm text-stone-700">
                {statusText}
              </p>
              {data?.manifest.dates && model.sort && (
                <SortControl
                  sort={model.sort}
                  searching={q !== ''}
                  onChange={(sort) => setFilters({ ...filters, sort })}
                />
              )}
              <button
                type="button"
                className="button button-quiet lg:hidden"
                aria-expanded={facetsOpen}
                aria-controls={facetsId}
                onClick={() => {
                  model.prepareFilters();
                  setFacetsOpen((open) => !open);
                }}
              >
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
                  <path
                    d="M3 5h14M6 10h8M8.5 15h3"
                    stroke="currentColor"
                    strokeWidth="1.8"
                    strokeLinecap="round"
                  />
                </svg>
                筛选{filterCount > 0 && <span className="count-badge">{filterCount}</span>}
              </button>
            </div>
            <ActiveFilters
              filters={filters}
              typeLabels={data?.typeLabels ?? new Map()}
              onChange={setFilters}
            />
          </div>

          <section
            id={facetsId}
            aria-label="筛选"
            className="facet-column"
            data-open={facetsOpen || undefined}
            onPointerEnter={model.prepareFilters}
            onFocus={model.prepareFilters}
          >
            <h2 className="facet-column-title">筛选</h2>
            {facets && (
              <FacetPanel
                facets={facets}
                filters={filters}
                onChange={setFilters}
                union={model.union}
              />
            )}
            <button
              type="button"
              className="button mt-6 w-full lg:hidden"
              onClick={() => setFacetsOpen(false)}
            >
              查看 {count} 篇结果
            </button>
          </section>

          <div className="list-scroll">{listBody}</div>
        </div>

        <div className="pane-column" data-scroll-pane>
          {/* A prerendered article (src/site) is in the cache before the manifest. */}
          {articleOpen && (data || detail.data) ? (
            <Suspense fallback={<PaneSkeleton />}>
              <ArticlePane
                id={id}
                filters={filters}
                results={results}
                manifest={data?.manifest}
                phrases={search.phrases}
                typeLabels={data?.typeLabels}
              />
            </Suspense>
          ) : articleOpen && bundle.status === 'error' ? (
            <div className="article">
              <DataErrorMessage error={bundle.error} onRetry={bundle.retry} />
            </div>
          ) : (
            !articleOpen && (
              <div className="pane-placeholder">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 48 48"
                  className="mx-auto mb-4 size-12 text-stone-300"
                >
                  <rect
                    x="8"
                    y="6"
                    width="32"
                    height="36"
                    rx="4"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2.5"
                  />
                  <path
                    d="M15 15h18M15 22h18M15 29h11"
                    stroke="currentColor"
                    strokeWidth="2.5"
                    strokeLinecap="round"
                  />
                </svg>
                <p className="text-lg font-medium text-stone-700">选择一篇文章开始阅读</p>
                {data && (
                  <p className="mt-1 text-sm text-stone-600">
                    共 {data.manifest.articleCount} 篇报道，涉及 {districtsCovered} 个区、
                    {data.manifest.facets.union.distinct} 个工会
                  </p>
                )}
                <p className="mt-6 text-sm text-stone-600">
                  按 <kbd className="kbd">j</kbd> <kbd className="kbd">k</kbd> 逐篇浏览，按{' '}
                  <kbd className="kbd">/</kbd> 搜索，按 <kbd className="kbd">?</kbd> 查看全部快捷键
                </p>
              </div>
            )
          )}
        </div>
      </main>

      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

function PaneSkeleton() {
  return (
    <div className="article" aria-busy="true">
      <p className="sr-only" role="status">
        正在载入文章…
      </p>
      <div className="skeleton h-4 w-32" />
      <div className="skeleton mt-4 h-8 w-4/5" />
      <div className="skeleton mt-8 h-4 w-full" />
    </div>
  );
}
