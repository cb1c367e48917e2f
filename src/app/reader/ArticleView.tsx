import { useEffect, useRef } from 'react';
import type { ReaderFilters } from '../../shared/paths';
import type { Article } from '../../shared/schema';
import { Highlight } from '../shared/Highlight';
import { ArticleFacts } from './ArticleFacts';
import { PublishedIn } from '../archive/PublishedIn';

interface Props {
  article: Article;
  filters: ReaderFilters;
  phrases: readonly string[];
  /** Event type labels, from the manifest; the facts wait for them (they come last, so nothing moves). */
  typeLabels: ReadonlyMap<string, string> | undefined;
}

/** The page an undated article came from: its printed page, or the number its file starts with (000_….txt). */
function sourceLabel(article: Article): string {
  const { page } = article;
  const parts = [
    page?.paper,
    page?.number !== undefined ? `第 ${page.number} 版` : undefined,
    page?.name,
  ].filter((p): p is string => Boolean(p));
  if (parts.length > 0) return parts.join(' · ');
  const file = article.origin.file;
  const numbered = /^(\d+)[_-]/.exec(file);
  return numbered ? `版面 ${numbered[1]}` : file.replace(/\.txt$/, '');
}

/** The byline with roles, as printed: 记者 …, 通讯员 …, 摄影 … */
function bylineParts(byline: Article['byline']): { role: string; names: string[] }[] {
  return [
    { role: '记者', names: byline.reporters },
    { role: '通讯员', names: byline.correspondents },
    { role: '摄影', names: byline.photographers },
    { role: '作者', names: byline.authors },
  ].filter((p) => p.names.length > 0);
}

/**
 * One article: the headline hierarchy (kicker, title, subtitle), byline, source page,
 * notices for photo items and truncated stories, the body, and its facts.
 * Its first heading is the title.
 */
export function ArticleView({ article, filters, phrases, typeLabels }: Props) {
  const { paragraphs } = article;
  // From the article, not useId: the pane's markup then does not depend on where it
  // sits in the tree, which lets the site build render it on its own (src/site).
  const titleId = `article-title-${article.id}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const kickers = article.headlines.filter((_, i) => article.headlineRoles[i] === 'kicker');
  const subtitles = article.headlines.filter((_, i) => article.headlineRoles[i] === 'subtitle');
  const byline = bylineParts(article.byline);

  // A new article: bring it into view and move focus to its title, unless the reader
  // is typing in a field.
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    heading.closest('[data-scroll-pane]')?.scrollTo?.({ top: 0 });
    const active = document.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    if (!typing) heading.focus({ preventScroll: true });
  }, [article.id]);

  return (
    <article aria-labelledby={titleId} className="article">
      <header className="article-header">
        {kickers.map((k) => (
          <p key={k} className="article-kicker">
            <Highlight text={k} phrases={phrases} />
          </p>
        ))}
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="article-title">
          <Highlight text={article.title} phrases={phrases} />
        </h2>
        {subtitles.map((s) => (
          <p key={s} className="article-subtitle">
            <Highlight text={s} phrases={phrases} />
          </p>
        ))}
        <div className="article-meta">
          {byline.length > 0 && (
            <p className="byline">
              {byline.map((b) => (
                <span key={b.role}>
                  <span className="byline-role">{b.role}</span> {b.names.join('、')}
                </span>
              ))}
            </p>
          )}
          <p className="text-stone-600">
            <span className="sr-only">来源版面：</span>
            {article.date ? (
              <>
                {article.page?.paper && <span>{article.page.paper} · </span>}
                <PublishedIn article={article} />
              </>
            ) : (
              <span title={article.origin.file}>日期不详 · {sourceLabel(article)}</span>
            )}
            <span aria-hidden="true"> · </span>约 {Math.max(1, Math.round(article.readingMinutes))}{' '}
            分钟读完
          </p>
        </div>
      </header>

      {article.kind === 'photo' && (
        <div role="note" className="notice notice-photo">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0">
            <path
              d="M4 8h3l1.5-2h7L17 8h3v11H4z M12 17a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinejoin="round"
            />
          </svg>
          <p>
            <strong>图片新闻</strong>：原版为摄影报道，这里是照片的说明文字。
          </p>
        </div>
      )}
      {article.truncated && (
        <div role="note" className="notice notice-warn">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0">
            <path
              d="M12 4l9 16H3z M12 10v4 M12 17v.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          </svg>
          <p>
            <strong>本文不完整</strong>：原版面上这篇稿件没有刊完，正文在中途结束。
          </p>
        </div>
      )}

      <div className="article-body">
        {paragraphs.map((p, i) => (
          <p key={i}>
            {i === 0 && article.dateline && (
              <span className="dateline">
                {article.dateline}
                {'\u3000'}
              </span>
            )}
            <Highlight text={p} phrases={phrases} />
            {i === paragraphs.length - 1 && article.truncated && (
              <span className="truncation-mark">……（未完）</span>
            )}
          </p>
        ))}
      </div>

      {typeLabels && <ArticleFacts article={article} filters={filters} typeLabels={typeLabels} />}
    </article>
  );
}
