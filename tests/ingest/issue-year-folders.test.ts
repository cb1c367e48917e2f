import { describe, expect, it } from 'vitest';
import { ArchiveFamilies } from '../../src/ingest/bundle/archive-families';
import type { IssueArticle } from '../../src/ingest/bundle/issue-index-builder';
import type { FamilyFolder } from '../../src/ingest/bundle/family-folder';

function story(id: string, date: string, page: number): IssueArticle {
  return {
    id,
    date,
    page: { number: page, name: '要闻' },
    headlines: [`${id} 标题`],
    headlineRoles: ['title'],
    kind: 'news',
    origin: { file: `${date}/${page}.txt` },
  };
}

/** Writes the families into memory: folder name → file names, and a fake dir per folder. */
function writeAll(articles: IssueArticle[]) {
  const families = new ArchiveFamilies();
  articles.forEach((a, i) => families.add(i, a));
  const folders = new Map<string, string[]>();
  const sections = families.write((name, write) => {
    const files: string[] = [];
    write({ write: (file: string) => files.push(file) } as unknown as FamilyFolder);
    folders.set(name, files);
    return `${name}-${String(folders.size).padStart(10, '0')}`;
  });
  return { folders, sections };
}

describe('the 版面 family, a folder per year', () => {
  it('puts each day in its year’s folder and the calendar alone, so a new day rewrites one year', () => {
    const { folders, sections } = writeAll([
      story('a', '2022-12-30', 1),
      story('b', '2022-12-30', 2),
      story('c', '2023-01-04', 1),
      story('d', '2023-02-10', 3),
    ]);
    expect(folders.get('issues2022')).toEqual(['2022-12-30.json']);
    expect(folders.get('issues2023')).toEqual(['2023-01-04.json', '2023-02-10.json']);
    expect(folders.get('issues')).toEqual(['calendar.json']);
    expect(sections.issues).toEqual({
      dir: expect.stringMatching(/^issues-/),
      count: 3,
      years: {
        '2022': expect.stringMatching(/^issues2022-/),
        '2023': expect.stringMatching(/^issues2023-/),
      },
    });
  });

  it('writes no 版面 folders for an undated archive', () => {
    const undated = { ...story('a', '2023-02-10', 1), date: undefined };
    const { folders, sections } = writeAll([undated]);
    expect(folders.size).toBe(0);
    expect(sections).toEqual({});
  });
});
