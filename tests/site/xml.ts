/** Strict XML parsing for the feed and sitemap tests (@xmldom/xmldom): any error fails. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const ATOM = 'http://www.w3.org/2005/Atom';
export const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function parseXml(text: string, what: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${what} is not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

export function children(parent: Element | Document, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name)).filter(
    (e) => e.parentNode === parent || (parent as Document).documentElement === e,
  );
}

/** The text of the only child element `name` of `parent`; fails when there is none or several. */
export function only(parent: Element, ns: string, name: string): string {
  const found = children(parent, ns, name);
  if (found.length !== 1) throw new Error(`<${parent.tagName}> has ${found.length} <${name}>`);
  return found[0]!.textContent ?? '';
}
