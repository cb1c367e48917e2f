/**
 * A page's date, printed page number, page name and paper: from pages.json
 * or the file's path where they say so, otherwise from the page's own header lines. The result is
 * what the page's articles carry and what its report records.
 */
import type { Article, PageMeta, PageReport } from '../../shared/schema';
import type { PageFacts } from '../input/list-pages';
import type { FurnitureKind, FurnitureLine, HeaderFacts } from '../segment/furniture';

export type ResolvedPage = NonNullable<PageReport['page']>;

export function resolvePage(
  meta: PageFacts | undefined,
  header: HeaderFacts,
): ResolvedPage | undefined {
  const date = meta?.date ?? header.date;
  const number = meta?.page ?? header.page;
  const name = meta?.pageName ?? header.pageName;
  const paper = meta?.paper ?? header.paper;
  const page: ResolvedPage = {
    ...(date
      ? {
          date,
          dateSource: meta?.date
            ? (meta.dateSource ?? ('pages.json' as const))
            : ('header' as const),
        }
      : {}),
    ...(number !== undefined ? { number } : {}),
    ...(name ? { name } : {}),
    ...(paper ? { paper } : {}),
  };
  return Object.keys(page).length > 0 ? page : undefined;
}

/** The article's date and printed page. */
export function publicationOf(
  page: ResolvedPage | undefined,
): Pick<Article, 'date' | 'dateSource' | 'page'> {
  if (!page) return {};
  const printed = {
    ...(page.number !== undefined ? { number: page.number } : {}),
    ...(page.name ? { name: page.name } : {}),
    ...(page.paper ? { paper: page.paper } : {}),
  };
  return {
    ...(page.date ? { date: page.date, dateSource: page.dateSource } : {}),
    ...(Object.keys(printed).length > 0 ? { page: printed } : {}),
  };
}

/** pages.json wins; say so when the page's own header prints something else. */
export function headerDisagreements(
  file: string,
  meta: PageMeta | undefined,
  header: HeaderFacts,
): string[] {
  if (!meta) return [];
  const pairs: [string, unknown, unknown][] = [
    ['date', meta.date, header.date],
    ['page', meta.page, header.page],
  ];
  return pairs
    .filter(
      ([, listed, printed]) => listed !== undefined && printed !== undefined && listed !== printed,
    )
    .map(
      ([field, listed, printed]) =>
        `${file}: pages.json gives ${field} ${String(listed)} but the page's header prints ${String(printed)}; pages.json is used. Correct whichever is wrong.`,
    );
}

const REASONS: Record<FurnitureKind, string> = {
  'page-header': 'running head (date, 版次, page name or paper): page metadata, not a headline',
  'page-navigation': 'e-paper or website navigation, not text of a story',
  'page-footer': "editors' line or site footer, not text of a story",
  'page-guide': '本版导读: a list of headlines, not a story',
  picture:
    'a picture the export left behind (its file name, 【图片】 or its caption), not text of a story',
};

export function furnitureDropped(furniture: FurnitureLine[]): PageReport['dropped'] {
  return furniture.map((f) => ({
    kind: f.kind,
    text: f.text,
    line: f.no,
    reason: REASONS[f.kind],
  }));
}
