import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListRow } from '../../shared/archive-bundle';
import { phraseRanges } from '../../shared/search-text';
import { articleDetailQueryOptions } from '../articles/article-detail-query';
import { enginesQueryOptions } from '../load-engines';
import { Highlight } from '../shared/Highlight';

/**
 * A result row's excerpt: the article's opening, or, while a query is active and
 * neither the title nor the opening shows a match, the passage around the first
 * match (from the article's record, fetched for the rows on screen only).
 */
export function RowExcerpt({ row, phrases }: { row: ListRow; phrases: readonly string[] }) {
  const client = useQueryClient();
  const visible =
    phrases.length === 0 ||
    phraseRanges(row.title, phrases).length > 0 ||
    phraseRanges(row.excerpt, phrases).length > 0;
  const detail = useQuery({ ...articleDetailQueryOptions(client, row.id), enabled: !visible });
  const engines = useQuery({ ...enginesQueryOptions(), enabled: !visible });
  const article = detail.data;
  const passage =
    !visible && article && engines.data
      ? engines.data.matchPassage([...article.headlines, ...article.paragraphs], phrases)
      : undefined;
  return (
    <p className="result-excerpt" data-context={passage ? '' : undefined}>
      <Highlight text={passage ?? row.excerpt} phrases={phrases} />
    </p>
  );
}
