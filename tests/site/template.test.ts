import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../src/site/template';

const built = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <!-- page-head: filled in by the site build -->
    <meta name="description" content="shell" />
    <title>首都工会新闻</title>
    <!-- /page-head -->
    <script type="module" crossorigin src="/news/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('the page template (the built index.html)', () => {
  test('the head block and #root are filled; the asset links stay as Vite wrote them', () => {
    const template = parseTemplate(built, 'dist/index.html');
    expect(template.entryScript).toBe('/news/assets/index-abc.js');
    const page = template.render({
      head: '<title>文章</title>',
      root: '<p>正文</p>',
      afterRoot: '<script type="application/json" id="s">{}</script>',
    });
    expect(page).toContain(
      '<meta charset="UTF-8" />\n    <title>文章</title>\n    <script type="module"',
    );
    expect(page).not.toContain('shell');
    expect(page).toContain(
      '<div id="root"><p>正文</p></div><script type="application/json" id="s">{}</script>',
    );
  });

  test('the shell keeps the markers, so it can be the template of the next build', () => {
    const shell = parseTemplate(built, 'dist/index.html').render(
      { head: '<title>首都工会新闻</title>', root: '', afterRoot: '' },
      { keepMarkers: true },
    );
    expect(
      parseTemplate(shell, 'dist/404.html').render({ head: 'H', root: 'R', afterRoot: '' }),
    ).toContain('H\n    <script');
  });

  test('a template without the markers is refused, naming the file and what to restore', () => {
    expect(() =>
      parseTemplate(built.replace(/<!-- \/page-head -->/, ''), 'dist/index.html'),
    ).toThrow(
      /dist\/index\.html: expected the <!-- page-head --> … <!-- \/page-head --> block exactly once, found 0/,
    );
    expect(() =>
      parseTemplate(built.replace('<div id="root"></div>', '<div id="root">x</div>'), 'a.html'),
    ).toThrow(/a\.html: expected an empty <div id="root"><\/div> exactly once, found 0/);
  });
});
