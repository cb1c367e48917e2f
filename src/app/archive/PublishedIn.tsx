import { Link } from 'react-router-dom';
import { issuePath, pagePath } from '../../shared/issue-paths';
import { periodLabel } from '../../shared/periods';
import type { Article } from '../../shared/schema';

/** 第3版 区县工会, as far as the page is known. */
export function pageLabel(page: { number?: number | undefined; name?: string | undefined }) {
  return [page.number !== undefined ? `第${page.number}版` : '', page.name ?? '']
    .filter(Boolean)
    .join(' ');
}

/**
 * Where the article was printed, as a link to that page of the 版面 view
 * (“刊于 2023年2月10日 第3版 区县工会”), or to the day's issue when the page
 * number is not known. Undated articles say 日期不详, with the page if known.
 */
export function PublishedIn({ article }: { article: Article }) {
  const { date, page } = article;
  if (!date) {
    const where = page ? pageLabel(page) : '';
    return <span>日期不详{where && ` · ${where}`}</span>;
  }
  const text = ['刊于', periodLabel(date), page ? pageLabel(page) : ''].filter(Boolean).join(' ');
  const to = page?.number !== undefined ? pagePath(date, page.number) : issuePath(date);
  return (
    <Link to={to} className="published-in">
      {text}
    </Link>
  );
}
