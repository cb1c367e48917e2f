/**
 * The head of an article's page and of the list page: title, description,
 * canonical URL, Open Graph / Twitter cards, feed links and NewsArticle JSON-LD.
 */
import { articlePath } from '../shared/paths';
import type { Article } from '../shared/schema';
import { ALL_FEED_TITLE, allFeedPath } from '../shared/feed-paths';
import { APP_NAME } from '../app/shared/labels';
import { describeArticle } from './describe';
import type { PageHead } from './render/page-head';
import { absoluteUrl, type SiteSettings } from './settings';

/** The description of the list page (as in index.html). */
export const SITE_DESCRIPTION = '首都工会新闻阅读器：按区域、工会和活动类型浏览与搜索';

function feeds(settings: SiteSettings) {
  return [{ title: ALL_FEED_TITLE, href: `${settings.basePath}${allFeedPath()}` }];
}

const person = (name: string) => ({ '@type': 'Person', name });

/** schema.org NewsArticle: what search engines read for a news story. */
export function newsArticleJsonLd(article: Article, url: string, description: string) {
  const { byline } = article;
  const authors = [...byline.reporters, ...byline.authors];
  const contributors = [...byline.correspondents, ...byline.photographers];
  const publisher = article.page?.paper ?? APP_NAME;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(authors.length > 0
      ? { author: authors.map(person) }
      : article.source
        ? { author: { '@type': 'Organization', name: article.source } }
        : {}),
    ...(contributors.length > 0 ? { contributor: contributors.map(person) } : {}),
    publisher: { '@type': 'Organization', name: publisher },
    ...(article.page?.name ? { articleSection: article.page.name } : {}),
  };
}

export function articleHead(
  article: Article,
  settings: SiteSettings,
  modulePreloads: string[],
): PageHead {
  const canonical = absoluteUrl(settings, articlePath(article.id));
  const description = describeArticle(article);
  return {
    title: `${article.title} · ${APP_NAME}`,
    description,
    canonical,
    openGraph: {
      type: 'article',
      title: article.title,
      siteName: APP_NAME,
      ...(article.date ? { publishedTime: article.date } : {}),
      ...(article.page?.name ? { section: article.page.name } : {}),
    },
    feeds: feeds(settings),
    jsonLd: newsArticleJsonLd(article, canonical, description),
    modulePreloads,
  };
}

/** The list page `/` (and the app shell for other paths). */
export function listHead(settings: SiteSettings): PageHead {
  return {
    title: APP_NAME,
    description: SITE_DESCRIPTION,
    canonical: settings.siteUrl,
    openGraph: { type: 'website', title: APP_NAME, siteName: APP_NAME },
    feeds: feeds(settings),
    modulePreloads: [],
  };
}
