/**
 * The 版面 views, a lazy chunk: `/issues` (the latest issue), `/issues/:date`
 * (the day's pages with their stories' headlines, like an e-paper's
 * navigation), `/issues/:date/:page` (that page's stories in print order, the
 * list 本版文章, with previous/next page and issue) and
 * `/issues/:date/:page/articles/:id` (the same with the article open;
 * previous/next stay within the page). A page view costs one data request (the
 * day's issue file) once the manifest is loaded; the calendar loads its own
 * file when opened.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { IssueFile, IssuePage, IssueStory } from '../../shared/issue-files';
import { EMPTY_FILTERS, ISSUES_ROUTE, listPath } from '../../shared/paths';
import { issuePath, pageArticlePath, pagePath, parseIssueParams } from '../../shared/issue-paths';
import { periodLabel } from '../../shared/periods';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { bundleData } from '../articles/bundle-data';
import { manifestQueryOptions } from '../articles/manifest-query';
import { ArticlePane, type PaneContext } from '../reader/ArticlePane';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { APP_NAME } from '../shared/labels';
import { useDocumentTitle } from '../shared/use-document-title';
import { IssueCalendar } from './IssueCalendar';
import { issueQueryOptions } from './issue-query';
import { pageLabel } from './PublishedIn';
import './issue-views.css';

const titleOf = (story: IssueStory) =>
  story.headlines[story.roles.indexOf('title')] ?? story.headlines[0] ?? '';

function Layout({ title, children }: { title: string | null; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="app">
      <a href="#issue-main" className="skip-link">
        跳到主要内容
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="brand">
            <Link to={listPath()} className="brand-link">
              <span className="brand-mark" aria-hidden="true">
                工
              </span>
              <span className="brand-name">{APP_NAME}</span>
            </Link>
          </p>
          <nav aria-label="栏目" className="header-nav">
            <Link to={listPath()} className="header-link">
              文章
            </Link>
            <Link to={ISSUES_ROUTE} className="header-link" aria-current="page">
              版面
            </Link>
          </nav>
        </div>
      </header>
      <main id="issue-main">{children}</main>
    </div>
  );
}

function Message({ title, body }: { title: string; body: string }) {
  return (
    <Layout title={title}>
      <div className="not-found mx-auto max-w-lg px-6 py-16">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-3 text-stone-700">{body}</p>
        <Link to={ISSUES_ROUTE} className="button mt-8">
          查看最新一期
        </Link>
      </div>
    </Layout>
  );
}

/** The route element for every 版面 path. */
export function IssueRoutes() {
  const params = useParams();
  const { date, page } = parseIssueParams(params);
  const client = useQueryClient();
  const manifest = useQuery(manifestQueryOptions());
  const issue = useQuery({
    ...issueQueryOptions(client, date ?? ''),
    enabled: date !== undefined && manifest.data !== undefined,
    // Turning to another day keeps this one on screen until the next arrives.
    placeholderData: (previous) => previous,
  });

  if (manifest.isError) {
    return (
      <Layout title={null}>
        <div className="p-6">
          <DataErrorMessage error={manifest.error} />
        </div>
      </Layout>
    );
  }
  if (!manifest.data) return <Layout title={null}>{null}</Layout>;
  const dates = manifest.data.dates;
  if (!dates || !manifest.data.issues) {
    return <Message title="没有版面" body="这份新闻数据没有出版日期，无法按版面浏览。" />;
  }
  if (params.date === undefined) return <LatestIssue date={dates.last} />;
  if (!date || (params.page !== undefined && page === undefined)) {
    return <Message title="没有这一期" body="地址中的日期或版次有误。" />;
  }
  if (issue.isError) {
    return (
      <Layout title={null}>
        <div className="p-6">
          <DataErrorMessage error={issue.error} onRetry={() => void issue.refetch()} />
        </div>
      </Layout>
    );
  }
  if (issue.data === undefined) {
    return (
      <Layout title={null}>
        <p role="status" className="p-6 text-sm text-stone-600">
          正在载入版面…
        </p>
      </Layout>
    );
  }
  if (issue.data === null) {
    return (
      <Message
        title="没有这一期"
        body={`${periodLabel(date)}没有出版的版面（本库收录 ${periodLabel(dates.first)} 至 ${periodLabel(dates.last)}）。`}
      />
    );
  }
  if (page === undefined) return <IssueOverview issue={issue.data} />;
  const at = issue.data.pages.findIndex((p) => p.number === page);
  if (at < 0) {
    return <Message title="没有这一版" body={`${periodLabel(date)}这一期没有第${page}版。`} />;
  }
  return <PageView issue={issue.data} at={at} articleId={params.id} />;
}

/** `/issues`: the latest issue (replacing the history entry, so Back leaves the 版面 view). */
function LatestIssue({ date }: { date: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate(issuePath(date), { replace: true });
  }, [navigate, date]);
  return <Layout title={null}>{null}</Layout>;
}

/** Previous/next issue, and the calendar to reach any other. */
function IssueNav({ issue, to }: { issue: IssueFile; to: (date: string) => string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="issue-nav">
      <nav aria-label="期次" className="flex flex-wrap items-center gap-2">
        {issue.prev ? (
          <Link to={to(issue.prev)} className="button button-quiet" rel="prev">
            上一期 <span className="text-stone-600">{periodLabel(issue.prev)}</span>
          </Link>
        ) : (
          <span className="button button-quiet" aria-disabled="true">
            没有上一期
          </span>
        )}
        {issue.next ? (
          <Link to={to(issue.next)} className="button button-quiet" rel="next">
            下一期 <span className="text-stone-600">{periodLabel(issue.next)}</span>
          </Link>
        ) : (
          <span className="button button-quiet" aria-disabled="true">
            已是最新一期
          </span>
        )}
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          选择日期
        </button>
      </nav>
      <div id={panelId} hidden={!open}>
        {open && <IssueCalendar current={issue.date} />}
      </div>
    </div>
  );
}

function StoryHeadlines({ story, to }: { story: IssueStory; to: string }) {
  const kickers = story.headlines.filter((_, i) => story.roles[i] === 'kicker');
  const subtitles = story.headlines.filter((_, i) => story.roles[i] === 'subtitle');
  return (
    <>
      {kickers.map((k) => (
        <p key={k} className="story-kicker">
          {k}
        </p>
      ))}
      <Link to={to} className="story-title">
        {titleOf(story)}
      </Link>
      {subtitles.map((s) => (
        <p key={s} className="story-subtitle">
          {s}
        </p>
      ))}
      {story.kind === 'photo' && <span className="badge badge-photo mt-1">图片新闻</span>}
    </>
  );
}

/** `/issues/:date`: every page of the day with its stories' headlines. */
function IssueOverview({ issue }: { issue: IssueFile }) {
  const title = `${periodLabel(issue.date)} 版面`;
  return (
    <Layout title={title}>
      <div className="issue-overview">
        <h1 className="issue-title">{title}</h1>
        <p className="text-sm text-stone-600">
          共 {issue.pages.length} 版，
          {issue.pages.reduce((n, p) => n + p.stories.length, 0)} 篇
        </p>
        <IssueNav issue={issue} to={issuePath} />
        <div className="issue-pages">
          {issue.pages.map((page) => (
            <PageSummary key={page.number} date={issue.date} page={page} />
          ))}
        </div>
      </div>
    </Layout>
  );
}

function PageSummary({ date, page }: { date: string; page: IssuePage }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="page-summary">
      <h2 id={headingId} className="page-summary-title">
        <Link to={pagePath(date, page.number)}>{pageName(page)}</Link>
      </h2>
      <ul role="list" className="story-list">
        {page.stories.map((s) => (
          <li key={s.id}>
            <StoryHeadlines story={s} to={pageArticlePath(date, page.number, s.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 第3版 区县工会; a page whose number was not printed is named by its place (版面 3). */
const pageName = (page: IssuePage) =>
  page.printed ? pageLabel(page) : [`版面 ${page.number}`, page.name].filter(Boolean).join(' ');

/** `/issues/:date/:page` (and an article opened from it). */
function PageView({
  issue,
  at,
  articleId,
}: {
  issue: IssueFile;
  at: number;
  articleId: string | undefined;
}) {
  const page = issue.pages[at]!;
  const prevPage = issue.pages[at - 1];
  const nextPage = issue.pages[at + 1];
  const client = useQueryClient();
  const manifest = useQuery(manifestQueryOptions()).data!;
  const data = useMemo(() => bundleData(manifest), [manifest]);
  const detail = useQuery({
    ...articleDetailQueryOptions(client, articleId ?? ''),
    enabled: articleId !== undefined,
  });
  const name = `${periodLabel(issue.date)} ${pageName(page)}`;
  const storyIndex = articleId ? page.stories.findIndex((s) => s.id === articleId) : -1;
  const open = articleId !== undefined;
  const context: PaneContext | undefined = open
    ? {
        label:
          storyIndex >= 0
            ? `${pageName(page)} 第 ${storyIndex + 1} / ${page.stories.length} 篇`
            : '不在本版',
        prev: neighbour(page.stories[storyIndex - 1]),
        next: storyIndex >= 0 ? neighbour(page.stories[storyIndex + 1]) : undefined,
        pathOf: (id) => pageArticlePath(issue.date, page.number, id),
        back: { to: pagePath(issue.date, page.number), label: '返回本版' },
      }
    : undefined;

  return (
    <Layout title={open ? (detail.data?.title ?? null) : name}>
      <div className="issue-layout" data-article-open={open || undefined}>
        <div className="issue-column">
          <h1 className="issue-title">{name}</h1>
          <IssueNav issue={issue} to={issuePath} />
          <nav aria-label="版次" className="page-tabs">
            <ul role="list">
              {issue.pages.map((p) => (
                <li key={p.number}>
                  <Link
                    to={pagePath(issue.date, p.number)}
                    aria-current={p.number === page.number ? 'page' : undefined}
                    className="page-tab"
                  >
                    {pageName(p)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label="翻版" className="flex gap-2">
            {prevPage ? (
              <Link to={pagePath(issue.date, prevPage.number)} className="button" rel="prev">
                上一版
              </Link>
            ) : null}
            {nextPage ? (
              <Link to={pagePath(issue.date, nextPage.number)} className="button" rel="next">
                下一版
              </Link>
            ) : null}
          </nav>
          <ol role="list" aria-label="本版文章" className="story-list story-list-page">
            {page.stories.map((s) => (
              <li key={s.id} data-selected={s.id === articleId || undefined}>
                <StoryHeadlines story={s} to={pageArticlePath(issue.date, page.number, s.id)} />
              </li>
            ))}
          </ol>
        </div>
        <div className="issue-pane" data-scroll-pane>
          {open ? (
            <ArticlePane
              id={articleId}
              context={context}
              filters={EMPTY_FILTERS}
              results={undefined}
              manifest={manifest}
              phrases={[]}
              typeLabels={data.typeLabels}
            />
          ) : (
            <div className="pane-placeholder">
              <p className="text-lg font-medium text-stone-700">选择本版的一篇文章阅读</p>
            </div>
          )}
        </div>
      </div>
    </Layout>
  );
}

const neighbour = (story: IssueStory | undefined) =>
  story ? { id: story.id, title: titleOf(story) } : undefined;
