/**
 * The app's built index.html as the template of every prerendered page: the
 * block between `<!-- page-head -->` and `<!-- /page-head -->` gets the page's
 * head, `<div id="root"></div>` the app's markup followed by the seed script.
 * Everything else (asset links Vite wrote, with their hashes) stays as built.
 */
export interface PageParts {
  head: string;
  root: string;
  /** Markup placed right after #root (the seed script), or ''. */
  afterRoot: string;
}

export interface PageTemplate {
  /** The href of the app's entry script, as Vite wrote it (it starts with the base path). */
  entryScript: string;
  /** `keepMarkers`: the shell keeps the head markers, so it can be the template of a later run. */
  render(parts: PageParts, options?: { keepMarkers?: boolean }): string;
}

const HEAD = /<!-- page-head\b[^>]*-->[\s\S]*?<!-- \/page-head -->/;
const HEAD_OPEN = '<!-- page-head -->';
const HEAD_CLOSE = '<!-- /page-head -->';
const ROOT = '<div id="root"></div>';
const ENTRY = /<script type="module"[^>]*\ssrc="([^"]+)"/;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

function once(html: string, found: number, what: string, file: string): void {
  if (found !== 1) {
    throw new TemplateError(
      `${file}: expected ${what} exactly once, found ${found}. The site build fills it in; restore it in index.html and run vite build again.`,
    );
  }
}

export function parseTemplate(html: string, file: string): PageTemplate {
  once(
    html,
    html.match(new RegExp(HEAD, 'g'))?.length ?? 0,
    'the <!-- page-head --> … <!-- /page-head --> block',
    file,
  );
  once(html, html.split(ROOT).length - 1, `an empty ${ROOT}`, file);
  const entry = ENTRY.exec(html)?.[1];
  if (!entry)
    throw new TemplateError(`${file}: no module script; is it the app's built index.html?`);
  const [beforeHead, rest] = splitOnce(html, HEAD);
  const [beforeRoot, afterRoot] = rest.split(ROOT) as [string, string];
  return {
    entryScript: entry,
    render: (parts, options = {}) => {
      const head = options.keepMarkers ? `${HEAD_OPEN}${parts.head}${HEAD_CLOSE}` : parts.head;
      return `${beforeHead}${head}${beforeRoot}<div id="root">${parts.root}</div>${parts.afterRoot}${afterRoot}`;
    },
  };
}

function splitOnce(html: string, pattern: RegExp): [string, string] {
  const match = pattern.exec(html)!;
  return [html.slice(0, match.index), html.slice(match.index + match[0].length)];
}
