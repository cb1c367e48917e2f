/**
 * The last check before a build is published: the manifest is valid, every
 * folder it names is in the build with the files the app will ask for, and
 * articles.json and report.json have the length the build wrote. Cheap (no
 * file is read but the manifest), so it runs on every build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CALENDAR_FILE } from '../../shared/issue-files';
import {
  archiveManifestSchema,
  DATES_FILE,
  FACET_FILES,
  UNIONS_FILE,
  type BundleSegment,
} from '../../shared/archive-bundle';

export class InvalidBuild extends Error {}

export function validateBuild(
  dir: string,
  expected: { articlesJsonBytes: number; reportBytes: number },
): void {
  const fail = (problem: string): never => {
    throw new InvalidBuild(
      `the new build failed its final check (${problem}); nothing was published`,
    );
  };
  const parsed = archiveManifestSchema.safeParse(
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
  );
  if (!parsed.success) return fail(`manifest.json: ${parsed.error.issues[0]?.message}`);
  const m = parsed.data;
  const files = (folder: string, names: string[]) => {
    const present = existsSync(join(dir, folder)) ? new Set(readdirSync(join(dir, folder))) : null;
    if (!present) return fail(`${folder}/ is missing`);
    for (const name of names) if (!present.has(name)) fail(`${folder}/${name} is missing`);
  };
  const numbered = (n: number, ext: string) => Array.from({ length: n }, (_, i) => `${i}.${ext}`);
  const segments = <S extends BundleSegment>(list: S[], names: (s: S) => string[]) => {
    if (list.length !== Math.ceil(m.articleCount / m.segmentSize))
      fail(`${list.length} segments for ${m.articleCount} articles`);
    for (const s of list) files(s.dir, names(s));
  };
  segments(m.list.segments, (s) => numbered(Math.ceil(s.count / m.list.chunkSize), 'json'));
  segments(m.articles.segments, (s) =>
    numbered(Math.ceil(s.count / m.articles.bucketSize), 'json'),
  );
  // Search units are blocks of segments, then segments (bundle/search-units.ts): contiguous, covering.
  let end = 0;
  for (const s of m.search.segments) {
    if (s.start !== end) fail(`search unit at ${s.start} after ${end}`);
    end = s.start + s.count;
    files(s.dir, numbered(s.shards, 'bin'));
  }
  if (end !== m.articleCount) fail(`search units cover ${end} of ${m.articleCount} articles`);
  files(m.articles.ids.dir, numbered(m.articles.ids.shards, 'json'));
  files(m.facetIndex.dir, [...Object.values(FACET_FILES), UNIONS_FILE]);
  for (const part of m.dates?.parts ?? []) files(part.dir, [DATES_FILE]);
  if (m.issues) files(m.issues.dir, [CALENDAR_FILE]);
  for (const dir of Object.values(m.issues?.years ?? {})) files(dir, []);
  const size = (name: string) =>
    existsSync(join(dir, name)) ? statSync(join(dir, name)).size : -1;
  if (size('articles.json') !== expected.articlesJsonBytes)
    fail('articles.json has the wrong length');
  if (size('report.json') !== expected.reportBytes) fail('report.json has the wrong length');
}
