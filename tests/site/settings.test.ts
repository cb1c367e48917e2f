import { describe, expect, test } from 'vitest';
import { absoluteUrl, readSiteSettings } from '../../src/site/settings';

describe('site settings from SITE_URL and BASE_PATH', () => {
  test('without either, the site is the local server at the root', () => {
    expect(readSiteSettings({})).toEqual({
      basePath: '/',
      siteUrl: 'http://localhost:4173/',
      siteUrlIsDefault: true,
    });
  });

  test('BASE_PATH is normalised to start and end with a slash', () => {
    for (const raw of ['news', '/news', 'news/', '/news/', ' /news// ']) {
      expect(readSiteSettings({ BASE_PATH: raw }).basePath).toBe('/news/');
    }
    expect(readSiteSettings({ BASE_PATH: '/union/news/' }).basePath).toBe('/union/news/');
    expect(readSiteSettings({ BASE_PATH: '/' }).basePath).toBe('/');
  });

  test('SITE_URL gives the absolute address; its path, if any, is the base path', () => {
    expect(readSiteSettings({ SITE_URL: 'https://news.example.org' })).toEqual({
      basePath: '/',
      siteUrl: 'https://news.example.org/',
      siteUrlIsDefault: false,
    });
    expect(
      readSiteSettings({ SITE_URL: 'https://www.example.org', BASE_PATH: '/news/' }).siteUrl,
    ).toBe('https://www.example.org/news/');
    expect(readSiteSettings({ SITE_URL: 'https://www.example.org/news' })).toMatchObject({
      basePath: '/news/',
      siteUrl: 'https://www.example.org/news/',
    });
    expect(
      readSiteSettings({ SITE_URL: 'https://www.example.org/news/', BASE_PATH: 'news' }).basePath,
    ).toBe('/news/');
  });

  test('bad values are refused with a message saying what to set', () => {
    expect(() => readSiteSettings({ SITE_URL: 'news.example.org' })).toThrow(
      /SITE_URL="news.example.org" is not an absolute URL.*SITE_URL=https:\/\//,
    );
    expect(() => readSiteSettings({ SITE_URL: 'ftp://example.org' })).toThrow(/https:\/\//);
    expect(() => readSiteSettings({ SITE_URL: 'https://example.org/?utm=1' })).toThrow(
      /without query/,
    );
    expect(() =>
      readSiteSettings({ SITE_URL: 'https://example.org/news/', BASE_PATH: '/other/' }),
    ).toThrow(/ends in \/news\/ but BASE_PATH is \/other\//);
    expect(() => readSiteSettings({ BASE_PATH: '/新闻/' })).toThrow(/BASE_PATH="\/新闻\/"/);
    expect(() => readSiteSettings({ BASE_PATH: '/../' })).toThrow(/plain path segment/);
  });

  test('absolute URLs of app paths and files are percent-encoded under the site', () => {
    const site = readSiteSettings({ SITE_URL: 'https://www.example.org', BASE_PATH: '/news/' });
    expect(absoluteUrl(site, '/articles/abc_-1')).toBe(
      'https://www.example.org/news/articles/abc_-1',
    );
    expect(absoluteUrl(site, 'feeds/district/朝阳区.xml')).toBe(
      'https://www.example.org/news/feeds/district/%E6%9C%9D%E9%98%B3%E5%8C%BA.xml',
    );
    expect(absoluteUrl(site, '/')).toBe('https://www.example.org/news/');
  });
});
