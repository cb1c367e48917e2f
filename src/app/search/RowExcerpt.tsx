import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListRow } from '../../shared/archive-bundle';
import { phraseRanges } from '../../shared/search-text';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { enginesQueryOptions } from '../load-engines';
import { Highlight } from '../shared/Highlight';

/**
 * A result row's excerpt: the article's opening, or, while a query is active and
 * neither the title nor the opening shows a match, the passage around the first
 * match (RowPassage).
 */
export function RowExcerpt({ row, phrases }: { row: ListRow; phrases: readonly string[] }) {
  const visible =
    phrases.length === 0 ||
    phraseRanges(row.title, phrases).length > 0 ||
    phraseRanges(row.excerpt, phrases).length > 0;
  if (!visible) return <RowPassage row={row} phrases={phrases} />;
  return (
    <p className="result-excerpt">
      <Highlight text={row.excerpt} phrases={phrases} />
    </p>
  );
}

/** The passage around the first match, from the article's record (fetched for rows on screen only). */
function RowPassage({ row, phrases }: { row: ListRow; phrases: readonly string[] }) {
  const client = useQueryClient();
  const article = useQuery(articleDetailQueryOptions(client, row.id)).data;
  const engines = useQuery(enginesQueryOptions()).data;
  const passage =
    article && engines
      ? engines.matchPassage([...article.headlines, ...article.paragraphs], phrases)
      : undefined;
  return (
    <p className="result-excerpt">
      <Highlight text={passage ?? row.excerpt} phrases={phrases} />
    </p>
  );
}
