import { useId } from 'react';
import { Link } from 'react-router-dom';
import { articlePath, type FacetKey, type ReaderFilters } from '../../shared/paths';
import type { Article } from '../../shared/schema';
import { withValue } from '../filters/filter-model';
import { compareZh, UNION_LEVELS, unionLevelLabel } from '../shared/labels';

interface Props {
  article: Article;
  filters: ReaderFilters;
  typeLabels: ReadonlyMap<string, string>;
}

const FACET_NAMES: Record<FacetKey, string> = {
  districts: '区域',
  unions: '工会',
  types: '活动类型',
};

function FilterTag({
  article,
  filters,
  facet,
  value,
  label,
}: {
  article: Article;
  filters: ReaderFilters;
  facet: FacetKey;
  value: string;
  label: string;
}) {
  const active = filters[facet].includes(value);
  return (
    <Link
      to={articlePath(article.id, withValue(filters, facet, value))}
      className="tag"
      data-active={active || undefined}
      aria-label={`按${FACET_NAMES[facet]}筛选：${label}${active ? '（已应用）' : ''}`}
    >
      {active && (
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5">
          <path
            d="M3.5 8.5l3 3 6-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      )}
      {label}
    </Link>
  );
}

/**
 * The article's district, unions and event types, each a link that applies that
 * filter (keeping this article open). Event types show the evidence they rest on.
 */
export function ArticleFacts({ article, filters, typeLabels }: Props) {
  const headingId = useId();
  const order = new Map(UNION_LEVELS.map((l, i) => [l.level as string, i]));
  const unionLevels = new Map(article.unionRefs.map((u) => [u.name, u.level]));
  const unions = [...article.unions].sort(
    (a, b) =>
      (order.get(unionLevels.get(a) ?? '') ?? 99) - (order.get(unionLevels.get(b) ?? '') ?? 99) ||
      compareZh(a, b),
  );
  return (
    <section aria-labelledby={headingId} className="facts">
      <h3 id={headingId} className="facts-title">
        文章信息
      </h3>
      <dl className="facts-list">
        <div>
          <dt>区域</dt>
          <dd>
            {article.districts.length === 0 && (
              <span className="text-stone-600">未涉及具体区域</span>
            )}
            {article.districts.map((d) => (
              <FilterTag
                key={d}
                article={article}
                filters={filters}
                facet="districts"
                value={d}
                label={d}
              />
            ))}
          </dd>
        </div>
        <div>
          <dt>工会</dt>
          <dd>
            {unions.length === 0 && <span className="text-stone-600">未提及具体工会</span>}
            {unions.map((u) => (
              <span key={u} className="inline-flex items-center gap-1">
                <FilterTag article={article} filters={filters} facet="unions" value={u} label={u} />
                <span className="level-label">{unionLevelLabel(unionLevels.get(u))}</span>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>活动类型</dt>
          <dd className="flex-col !items-start">
            {article.eventTypes.length === 0 && <span className="text-stone-600">未归类</span>}
            {article.eventTypes.map((t) => {
              const evidence = article.eventEvidence.find((e) => e.type === t);
              return (
                <span key={t} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <FilterTag
                    article={article}
                    filters={filters}
                    facet="types"
                    value={t}
                    label={typeLabels.get(t) ?? t}
                  />
                  {evidence && evidence.triggers.length > 0 && (
                    <span className="evidence">
                      依据：{evidence.triggers.map((w) => `“${w}”`).join('')}
                      <span className="text-stone-500">（得分 {evidence.score}）</span>
                    </span>
                  )}
                </span>
              );
            })}
          </dd>
        </div>
        {article.campaigns.length > 0 && (
          <div>
            <dt>专项工作</dt>
            <dd>
              {article.campaigns.map((c) => (
                <span key={c} className="campaign">
                  {c}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
