/**
 * Atomic publishing of a folder (the ingest's output, or dist/): the published
 * path is a symbolic link to one complete build in a store next to it, and a
 * new build becomes live by renaming a new link over it — one rename(2), so a
 * reader (or a build killed at any instant) sees either the old build or the
 * new one, whole, never a mix.
 *
 *   <store>/lock                  one build at a time (build-lock.ts)
 *   <store>/builds/<id>/          complete builds; <published> → builds/<id>
 *   <store>/builds/<id>.record    what the ingest knows about that build (build-record.ts)
 *   <store>/moving                only during the one-time move of a plain folder into the store
 *
 * A build writes into builds/<new id>/ (staging), which nothing points to until
 * the swap; a failed or killed build leaves a folder that the next build
 * removes. After a successful swap, every build folder but the live one is
 * removed: whatever a reader of an older build may still need (content-hashed
 * family folders, hashed app assets) was carried into the new build as hard
 * links first (see carryInto). Details: docs/decisions/0013-daily-updates.md.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  rmdirSync,
  symlinkSync,
  copyFileSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkpoint } from './checkpoint';

/** Thrown for an output path the store refuses to take over (it holds other things). */
export class PublishError extends Error {}

export interface StorePaths {
  /** The published path (a symlink once the first build is published). */
  published: string;
  store: string;
  builds: string;
  lock: string;
}

/**
 * The store lives next to the published path, as `.<name>.builds`. When that
 * would put it inside Vite's `public/` (which is copied whole into dist/), it
 * moves up one level, beside `public/`, so old builds are never copied.
 */
export function defaultStore(published: string): string {
  const parent = dirname(published);
  if (basename(parent) === 'public')
    return join(dirname(parent), `.${basename(parent)}-${basename(published)}.builds`);
  return join(parent, `.${basename(published)}.builds`);
}

export function storePaths(published: string, store = defaultStore(published)): StorePaths {
  const root = resolve(store);
  return {
    published: resolve(published),
    store: root,
    builds: join(root, 'builds'),
    lock: join(root, 'lock'),
  };
}

/** A new build id: sortable by time, unique. */
export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

/** The build the published path points to now, or null (nothing published, or a plain folder). */
export function currentBuild(paths: StorePaths): string | null {
  try {
    if (!lstatSync(paths.published).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  const target = resolve(dirname(paths.published), readlinkSync(paths.published));
  return dirname(target) === paths.builds ? basename(target) : null;
}

/** What a plain (pre-store) folder at the published path may hold to be moved into the store. */
export type LegacyCheck = (names: string[]) => string | null;

/**
 * Undoes a one-time move that was interrupted between its two renames
 * (see publish): the plain folder is back where it was.
 */
export function recoverInterruptedMove(paths: StorePaths): void {
  const note = join(paths.store, 'moving');
  if (!existsSync(note)) return;
  const moved = readFileSync(note, 'utf8');
  if (!existsSync(paths.published) && existsSync(moved)) renameSync(moved, paths.published);
  rmSync(note, { force: true });
}

/** Creates the staging folder of a new build. */
export function beginBuild(paths: StorePaths, id = newBuildId()): string {
  const dir = join(paths.builds, id);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Hard-links a folder's files into `to` (same content, no copy); returns how many. */
export function linkFolder(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let n = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) n += linkFolder(join(from, entry.name), join(to, entry.name));
    else if (linkFile(join(from, entry.name), join(to, entry.name))) n++;
  }
  return n;
}

/** Hard-links one file (a copy where links are impossible); false if `to` exists already. */
export function linkFile(from: string, to: string): boolean {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    copyFileSync(from, to);
  }
  return true;
}

/**
 * Makes `staging` the published build: one rename of a symlink over the
 * published path. The first time, a plain folder at the published path (an
 * older ingest's output, or an empty folder) is moved into the store first;
 * `legacy` says whether its contents may be (else PublishError). That move is
 * two renames; an interruption between them is undone by recoverInterruptedMove.
 */
export function publish(
  paths: StorePaths,
  staging: string,
  legacy: LegacyCheck,
): { previous: string | null } {
  const link = `${paths.published}.${basename(staging)}.link`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(paths.published), staging), link, 'dir');
  let stat;
  try {
    stat = lstatSync(paths.published);
  } catch {
    stat = null;
  }
  if (stat && !stat.isSymbolicLink()) {
    if (!stat.isDirectory()) {
      rmSync(link, { force: true });
      throw new PublishError(
        `${paths.published} is a file, not a folder; remove it or choose another output`,
      );
    }
    const names = readdirSync(paths.published);
    if (names.length === 0) {
      rmdirSync(paths.published);
    } else {
      const problem = legacy(names);
      if (problem) {
        rmSync(link, { force: true });
        throw new PublishError(problem);
      }
      const aside = join(paths.builds, `plain-${newBuildId()}`);
      const note = join(paths.store, 'moving');
      writeFileSync(note, aside);
      renameSync(paths.published, aside);
      checkpoint('publish:moved');
      renameSync(link, paths.published);
      rmSync(note, { force: true });
      return { previous: basename(aside) };
    }
  }
  const previous = currentBuild(paths);
  checkpoint('publish:swap');
  renameSync(link, paths.published);
  checkpoint('publish:swapped');
  return { previous };
}

/** Stale `<published>.*.link` files from killed swaps. */
export function removeStaleLinks(paths: StorePaths): void {
  const dir = dirname(paths.published);
  const prefix = `${basename(paths.published)}.`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.link')) rmSync(join(dir, name), { force: true });
  }
}
