import { screen, within } from '@testing-library/react';
import { ARCHIVE_BUNDLE_VERSION } from '../../src/shared/archive-bundle';
import { describe, expect, test } from 'vitest';
import { fetchedPaths, fixtureManifest, renderApp } from './render-app';

const manifest = fixtureManifest;

describe('not found and bad data', () => {
  test('an unknown article id shows a friendly not-found with a way back', async () => {
    const { user, location } = renderApp('/articles/no-such-story?district=西城区');
    expect(await screen.findByRole('heading', { name: '找不到这篇文章' })).toBeInTheDocument();
    expect(document.title).toBe('未找到文章 · 首都工会新闻');
    await user.click(screen.getByRole('link', { name: '返回文章列表' }));
    expect(location().pathname).toBe('/');
    expect(location().params.getAll('district')).toEqual(['西城区']);
  });

  test('an id that is not even well-formed is simply not found', async () => {
    renderApp('/articles/%E0%A4%A');
    expect(await screen.findByRole('heading', { name: '找不到这篇文章' })).toBeInTheDocument();
  });

  test('an unknown path shows the not-found page', async () => {
    renderApp('/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回文章列表' })).toHaveAttribute('href', '/');
  });

  test('malformed parameters are ignored, never crash the page', async () => {
    renderApp('/?district=%E0%A4%A&q=%&type=%00&union=' + encodeURIComponent('x'.repeat(500)));
    const list = await screen.findByRole('list', { name: '文章列表' });
    expect(within(list).getAllByRole('link')).toHaveLength(8);
  });

  test('missing data shows a clear message', async () => {
    renderApp('/', { files: { 'manifest.json': null } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '还没有新闻数据' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  test('a bundle of another version is refused with a clear message', async () => {
    const m = { ...manifest(), version: 99 };
    renderApp('/', { files: { 'manifest.json': JSON.stringify(m) } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '新闻数据版本不兼容' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(`数据版本 99，阅读器需要版本 ${ARCHIVE_BUNDLE_VERSION}`);
  });

  test('the old v1 bundle (summaries + MiniSearch) is refused as incompatible', async () => {
    const v1 = { version: 1, files: { summaries: 'summaries.0123456789.json' } };
    renderApp('/', { files: { 'manifest.json': JSON.stringify(v1) } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '新闻数据版本不兼容' })).toBeInTheDocument();
  });

  test('list rows that do not match the schema are refused, not cast', async () => {
    const m = manifest();
    renderApp('/', {
      files: { [`${m.list.segments[0]!.dir}/0.json`]: JSON.stringify([{ id: 'x', title: 42 }]) },
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: '新闻数据无法读取' })).toBeInTheDocument();
  });

  test('a manifest whose parts disagree is refused', async () => {
    const m = { ...manifest(), list: { ...manifest().list, chunks: 7 } };
    renderApp('/', { files: { 'manifest.json': JSON.stringify(m) } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('list.chunks');
  });

  test('a broken search shard is reported, not thrown', async () => {
    const [segment] = manifest().search.segments;
    const broken = Object.fromEntries(
      Array.from({ length: segment!.shards }, (_, n) => [
        `${segment!.dir}/${n}.bin`,
        new Uint8Array([1, 2, 3]),
      ]),
    );
    renderApp('/?q=知识竞赛', { files: broken });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据文件无法解码');
  });

  test('an id the id directory does not list is simply not found, after one directory request', async () => {
    const m = manifest();
    const { fetchMock } = renderApp('/articles/zzzz-nothing');
    expect(await screen.findByRole('heading', { name: '找不到这篇文章' })).toBeInTheDocument();
    const paths = fetchedPaths(fetchMock);
    expect(paths.filter((p) => p.startsWith(`${m.articles.ids.dir}/`))).toHaveLength(1);
    const articleDirs = m.articles.segments.map((s) => `${s.dir}/`);
    expect(paths.some((p) => articleDirs.some((d) => p.startsWith(d)))).toBe(false);
  });

  test('a deep link with broken data shows the message in the pane too', async () => {
    renderApp('/articles/002-04', { files: { 'manifest.json': 'not json' } });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts[0]).toHaveTextContent('新闻数据无法读取');
  });
});
