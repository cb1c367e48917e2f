import {
  cpSync,
  linkSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  build,
  manifestFolders,
  publishedBundle,
  readManifest,
  tempDir,
  TEST_LAYOUT,
  TestCorpus,
} from './build-fixtures';

/** A from-scratch build of the same folder, into a fresh output with a fresh cache. */
async function scratch(input: string, layout?: typeof TEST_LAYOUT) {
  const out = join(tempDir('scratch'), 'out');
  await build(input, out, { cacheDir: tempDir('cache'), ...(layout ? { layout } : {}) });
  return out;
}

describe('incremental builds', () => {
  it('after pages are added, changed and removed, equal a from-scratch build byte for byte, rewriting only what changed', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 24 }, (_, i) => i)); // three issues
    const out = join(tempDir('daily'), 'out');
    const cacheDir = tempDir('cache');
    const first = await build(corpus.dir, out, { cacheDir });
    expect(first.outcome).toBe('published');
    const before = readManifest(out);
    const removedIds = first.articles
      .filter((a) => a.origin.file === corpus.files[20])
      .map((a) => a.id);

    // The next day: a new issue, a corrected page near the end, a page withdrawn.
    corpus.add(...Array.from({ length: 8 }, (_, i) => 24 + i));
    const changed = corpus.files[22]!;
    corpus.write(changed, corpus.text(changed).replace('职工', '劳动者'));
    corpus.remove(corpus.files[20]!);
    const second = await build(corpus.dir, out, { cacheDir });

    expect(second.report.build?.mode).toBe('incremental');
    expect(second.report.build?.pages).toMatchObject({
      new: 8,
      changed: 1,
      removed: 1,
      reparsed: 0,
      reused: 22,
      parsed: 9,
    });
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));

    // The withdrawn page's articles are gone; segments before the first change kept their folders.
    const ids = new Set(second.articles.map((a) => a.id));
    expect(removedIds.length).toBeGreaterThan(0);
    expect(removedIds.filter((id) => ids.has(id))).toEqual([]);
    const after = readManifest(out);
    const firstTouched = second.articles.findIndex((a) => a.origin.file === corpus.files[20]);
    const untouched = Math.floor(firstTouched / after.segmentSize);
    expect(untouched).toBeGreaterThan(2);
    expect(after.list.segments.slice(0, untouched)).toEqual(
      before.list.segments.slice(0, untouched),
    );
    expect(after.articles.segments.slice(0, untouched)).toEqual(
      before.articles.segments.slice(0, untouched),
    );
    // The withdrawn page is in the first search block (positions 0–127): indexed again.
    expect(firstTouched).toBeLessThan(128);
    expect(after.search.segments[0]).toMatchObject({ start: 0, count: 128 });
    expect(after.search.segments[0]!.dir).not.toBe(before.search.segments[0]!.dir);
    expect(second.report.build?.segments.reused).toBe(untouched);
  });

  it('add an issue loading only the pages of the segments it rewrites, search included', async () => {
    // Search units are segments here; the next test has blocks that fill.
    const layout = { ...TEST_LAYOUT, searchBlock: 1 };
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 24 }, (_, i) => i));
    const out = join(tempDir('append'), 'out');
    const cacheDir = tempDir('cache');
    const first = await build(corpus.dir, out, { cacheDir, layout });
    const before = readManifest(out);
    const firstBuild = realpathSync(out);
    // Without a page cache every page that is loaded must be parsed: the count shows which were.
    rmSync(cacheDir, { recursive: true });
    corpus.add(...Array.from({ length: 8 }, (_, i) => 24 + i));
    const second = await build(corpus.dir, out, { cacheDir, layout, keepArticles: false });

    const kept = Math.floor(first.articles.length / before.segmentSize);
    expect(kept).toBeGreaterThan(2);
    // The old pages with an article in the last, partly filled segment; the others are not read.
    const rewritten = new Set(
      first.articles.slice(kept * before.segmentSize).map((a) => a.origin.file),
    );
    expect(rewritten.size).toBeLessThan(8);
    expect(second.report.build?.pages).toMatchObject({
      new: 8,
      reused: 24,
      parsed: 8 + rewritten.size,
    });
    const after = readManifest(out);
    expect(after.search.segments.length).toBeGreaterThan(kept);
    expect(after.search.segments.slice(0, kept)).toEqual(before.search.segments.slice(0, kept));
    expect(second.report.build?.segments.reused).toBe(kept);
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir, layout)));

    // The 版面 family is rebuilt whole, but an old day's unchanged file is the
    // live build's file linked (not written again); the calendar changed, so it is new.
    const inode = (build: string, dir: string, file: string) =>
      statSync(join(build, dir, file)).ino;
    const oldDay = `${before.dates!.first}.json`;
    const year = before.dates!.first.slice(0, 4);
    expect(after.issues!.dir).not.toBe(before.issues!.dir);
    expect(inode(out, after.issues!.years![year]!, oldDay)).toBe(
      inode(firstBuild, before.issues!.years![year]!, oldDay),
    );
    expect(inode(out, after.issues!.dir, 'calendar.json')).not.toBe(
      inode(firstBuild, before.issues!.dir, 'calendar.json'),
    );
  });

  it('take over the articles.json two builds back on the next day (no copy), unless something else links it, equal to a from-scratch build', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 24 }, (_, i) => i));
    const out = join(tempDir('recycle'), 'out');
    const cacheDir = tempDir('cache');
    const inode = () => statSync(join(out, 'articles.json')).ino;
    await build(corpus.dir, out, { cacheDir });
    const first = inode();
    for (let day = 0; day < 2; day++) {
      corpus.add(...Array.from({ length: 8 }, (_, i) => 24 + 8 * day + i));
      await build(corpus.dir, out, { cacheDir });
    }
    // The third build's file is the first build's, cut and appended to.
    expect(inode()).toBe(first);
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));

    // A file linked elsewhere (as npm run build links data into dist/) is never cut.
    const second = inode();
    const elsewhere = join(tempDir('dist'), 'articles.json');
    linkSync(join(out, 'articles.json'), elsewhere);
    const kept = readFileSync(elsewhere);
    corpus.add(...Array.from({ length: 8 }, (_, i) => 40 + i));
    await build(corpus.dir, out, { cacheDir });
    corpus.add(...Array.from({ length: 8 }, (_, i) => 48 + i));
    await build(corpus.dir, out, { cacheDir });
    expect(inode()).not.toBe(second);
    expect(readFileSync(elsewhere).equals(kept)).toBe(true);
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });

  it('index a search block once on the day it forms, equal to a from-scratch build', async () => {
    // Blocks of 4 segments (64 positions), then of 2 and 1: 24 pages hold 149 articles,
    // nine full segments (blocks 0–3, 4–7, then 8) and five more.
    const layout = { ...TEST_LAYOUT, searchBlock: 4 };
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 24 }, (_, i) => i));
    const out = join(tempDir('block'), 'out');
    const cacheDir = tempDir('cache');
    const first = await build(corpus.dir, out, { cacheDir, layout });
    const before = readManifest(out);
    expect(before.search.segments.map((u) => u.count)).toEqual([64, 64, 16, 5]);

    // An issue more (197 articles) fills segments 9–11: a block of 4 from segment 8.
    rmSync(cacheDir, { recursive: true });
    corpus.add(...Array.from({ length: 8 }, (_, i) => 24 + i));
    const second = await build(corpus.dir, out, { cacheDir, layout, keepArticles: false });
    const after = readManifest(out);
    expect(after.search.segments.map((u) => u.count)).toEqual([64, 64, 64, 5]);
    expect(after.search.segments.slice(0, 2)).toEqual(before.search.segments.slice(0, 2));
    expect(before.search.segments.map((u) => u.dir)).not.toContain(after.search.segments[2]!.dir);
    // Segment 8 was reused, so its pages were loaded again (without a cache: parsed) for the block.
    const segment8 = new Set(first.articles.slice(128, 144).map((a) => a.origin.file));
    const segment9 = new Set(first.articles.slice(144).map((a) => a.origin.file));
    const reloaded = [...segment8].filter((f) => !segment9.has(f));
    expect(reloaded.length).toBeGreaterThan(0);
    expect(second.report.build?.pages).toMatchObject({
      new: 8,
      reused: 24,
      parsed: 8 + segment9.size + reloaded.length,
    });
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir, layout)));

    // Four pages more (225 articles): segments 12 and 13 full, a block of 2; blocks before keep theirs.
    corpus.add(...Array.from({ length: 4 }, (_, i) => 32 + i));
    await build(corpus.dir, out, { cacheDir, layout });
    const third = readManifest(out);
    expect(third.search.segments.map((u) => u.count)).toEqual([64, 64, 64, 32, 1]);
    expect(third.search.segments.slice(0, 3)).toEqual(after.search.segments.slice(0, 3));
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir, layout)));
  });

  it('publish nothing when nothing changed, and rebuild everything with --no-cache', async () => {
    const corpus = new TestCorpus();
    corpus.add(0, 1, 2, 3);
    const out = join(tempDir('same'), 'out');
    const cacheDir = tempDir('cache');
    await build(corpus.dir, out, { cacheDir });
    const published = readFileSync(join(out, 'manifest.json'), 'utf8');
    const again = await build(corpus.dir, out, { cacheDir });
    expect(again.outcome).toBe('up-to-date');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(published);

    const full = await build(corpus.dir, out, { cacheDir, noCache: true });
    expect(full.outcome).toBe('published');
    expect(full.report.build?.mode).toBe('full');
    expect(full.report.build?.pages.parsed).toBe(4);
    expect(full.report.build?.reasons.join()).toMatch(/--no-cache/);
  });

  it('parse every page again when the detected banners change, and say so', async () => {
    const corpus = new TestCorpus();
    const files = corpus.add(...Array.from({ length: 16 }, (_, i) => i));
    // A line that opens two of sixteen pages (≥ 5 %, ≥ 2 pages) is taken for a banner.
    for (const file of files.slice(3, 5))
      corpus.write(file, `工会十条新举措\n${corpus.text(file)}`);
    const out = join(tempDir('banners'), 'out');
    const cacheDir = tempDir('cache');
    const first = await build(corpus.dir, out, { cacheDir });
    expect(first.report.build?.corpus.banners.detected).toContain('工会十条新举措');

    corpus.write(files[4]!, corpus.text(files[4]!).replace('工会十条新举措\n', ''));
    const second = await build(corpus.dir, out, { cacheDir });
    expect(second.report.build?.corpus.banners.removed).toEqual(['工会十条新举措']);
    expect(second.report.build?.reasons.join('\n')).toMatch(/banners changed/);
    expect(second.report.build?.pages).toMatchObject({ changed: 1, reparsed: 15, reused: 0 });
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });

  it('keep two identical stories on one page apart the same way as a from-scratch build', async () => {
    const corpus = new TestCorpus();
    const files = corpus.add(...Array.from({ length: 10 }, (_, i) => i));
    const out = join(tempDir('dupes'), 'out');
    const cacheDir = tempDir('cache');
    await build(corpus.dir, out, { cacheDir });
    // The page's text printed twice: every story on it appears twice.
    const page = files[6]!;
    corpus.write(page, `${corpus.text(page)}\n${corpus.text(page)}`);
    const second = await build(corpus.dir, out, { cacheDir });
    expect(second.report.build?.corpus.duplicateIds).toBeGreaterThan(0);
    expect(second.articles.filter((a) => a.id.endsWith('-2')).length).toBe(
      second.report.build?.corpus.duplicateIds,
    );
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
    // A build after that takes the doubled page from its record and decides again.
    corpus.add(10);
    const third = await build(corpus.dir, out, { cacheDir });
    expect(third.report.build?.pages).toMatchObject({ new: 1, reused: 10 });
    expect(third.report.build?.corpus.duplicateIds).toBe(second.report.build?.corpus.duplicateIds);
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });

  it('detect a damaged or foreign page cache entry and parse the page again instead of trusting it', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 12 }, (_, i) => i));
    const out = join(tempDir('cache'), 'out');
    const cacheDir = tempDir('cache');
    await build(corpus.dir, out, { cacheDir });
    const entries = readdirSync(join(cacheDir, 'pages'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    expect(entries).toHaveLength(12);
    // One entry cut short (a crash mid-write on another tool), one replaced by another page's entry.
    const damaged = readFileSync(entries[2]!);
    writeFileSync(entries[2]!, damaged.subarray(0, damaged.length - 40));
    writeFileSync(entries[5]!, readFileSync(entries[6]!));
    // An entry from an older cache format.
    const old = readFileSync(entries[8]!, 'utf8').replace(/"format":\d+/, '"format":0');
    writeFileSync(entries[8]!, old);

    corpus.add(12);
    const second = await build(corpus.dir, out, { cacheDir });
    expect(second.report.build?.cacheRejected).toBe(3);
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });

  it('rebuild from the pages when the page cache was deleted (a clean install)', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 10 }, (_, i) => i));
    const out = join(tempDir('clean'), 'out');
    const cacheDir = tempDir('cache');
    await build(corpus.dir, out, { cacheDir });
    rmSync(cacheDir, { recursive: true });
    corpus.add(10);
    const second = await build(corpus.dir, out, { cacheDir });
    expect(second.report.build?.pages).toMatchObject({ new: 1, reused: 10, parsed: 11 });
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });

  it('keep the folders an older manifest names for readers who still hold it', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 8 }, (_, i) => i));
    const out = join(tempDir('keep'), 'out');
    const cacheDir = tempDir('cache');
    await build(corpus.dir, out, { cacheDir });
    const first = readManifest(out);
    corpus.add(8, 9, 10);
    await build(corpus.dir, out, { cacheDir });
    const second = readManifest(out);
    corpus.add(11);
    await build(corpus.dir, out, { cacheDir });
    // Both older manifests still resolve: their folders are published next to the new ones.
    for (const dir of [...manifestFolders(first), ...manifestFolders(second)])
      expect(readdirSync(join(out, dir)).length).toBeGreaterThan(0);

    // Past the retention time, folders only older manifests name are dropped
    // (the previous build's stay for one more build whatever the time).
    corpus.add(12);
    await build(corpus.dir, out, { cacheDir, keepMs: 0 });
    const live = new Set(manifestFolders(readManifest(out)));
    const present = readdirSync(out).filter((n) => /-[0-9a-f]{10}$/.test(n));
    const older = manifestFolders(first).filter((d) => !live.has(d));
    expect(older.length).toBeGreaterThan(0);
    for (const dir of older) expect(present).not.toContain(dir);
    rmSync(cacheDir, { recursive: true, force: true });
  });
});

/** A hand-written issue (2023-03-15) whose page 1 stories continue on pages 2 and 3. */
const JUMPS = join(import.meta.dirname, '../fixtures/real-pages/jumps/2023-03-15');

describe('stories continued on another page, across incremental builds', () => {
  it('join again when only the continuation page changes, equal to a from-scratch build', async () => {
    const corpus = new TestCorpus();
    corpus.add(...Array.from({ length: 16 }, (_, i) => i)); // two generated issues of 2019
    cpSync(JUMPS, join(corpus.dir, '2023-03-15'), { recursive: true });
    const out = join(tempDir('jumps'), 'out');
    const cacheDir = tempDir('cache');
    const contest = (articles: { title: string; paragraphs: string[] }[]) =>
      articles.find((a) => a.title === '全市职工技能竞赛启动')!.paragraphs.join('');

    const first = await build(corpus.dir, out, { cacheDir });
    const before = readManifest(out);
    expect(first.report.build?.corpus.joins).toEqual({ issues: 1, joinedAgain: 1 });
    // The story from page 1 carries its rest from page 2.
    expect(contest(first.articles)).toContain('无人机操作员等新职业纳入竞赛范围');

    // The correction is printed on page 2 only: the story on page 1 must follow it.
    const page2 = '2023-03-15/02.txt';
    corpus.write(page2, corpus.text(page2).replace('无人机操作员', '无人机驾驶员'));
    const second = await build(corpus.dir, out, { cacheDir });
    expect(second.report.build?.pages).toMatchObject({ changed: 1, parsed: 1, reused: 18 });
    expect(second.report.build?.corpus.joins).toEqual({ issues: 1, joinedAgain: 1 });
    expect(contest(second.articles)).toContain('无人机驾驶员等新职业纳入竞赛范围');
    expect(contest(second.articles)).not.toContain('无人机操作员');
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
    // Segments before the joined story kept their folders; the one holding it did not.
    const after = readManifest(out);
    const at = second.articles.findIndex((a) => a.title === '全市职工技能竞赛启动');
    const k = Math.floor(at / after.segmentSize);
    expect(k).toBeGreaterThan(2);
    expect(after.articles.segments.slice(0, k)).toEqual(before.articles.segments.slice(0, k));
    expect(after.articles.segments[k]!.dir).not.toBe(before.articles.segments[k]!.dir);

    // A change on another day keeps the joins the previous build made.
    const other = corpus.files[3]!;
    corpus.write(other, corpus.text(other).replace('职工', '劳动者'));
    const third = await build(corpus.dir, out, { cacheDir });
    expect(third.report.build?.pages).toMatchObject({ changed: 1, reused: 18 });
    expect(third.report.build?.corpus.joins).toEqual({ issues: 1, joinedAgain: 0 });
    expect(contest(third.articles)).toContain('无人机驾驶员等新职业纳入竞赛范围');
    expect(publishedBundle(out)).toEqual(publishedBundle(await scratch(corpus.dir)));
  });
});
