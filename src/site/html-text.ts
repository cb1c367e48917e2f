import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Plain text as HTML text (for the feeds' html-typed fields), escaped by React. */
export function htmlText(text: string): string {
  return renderToStaticMarkup(createElement(Fragment, null, text));
}
