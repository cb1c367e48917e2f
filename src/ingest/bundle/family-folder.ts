/**
 * One folder of a bundle family being written: files go to `<name>-tmp` inside
 * the (unpublished) build folder and are hashed as they are written; sealing
 * renames the folder to `<name>-<hash of its files' names and bytes>`, so equal
 * content always gets the same folder name, whichever build wrote it.
 *
 * Given the live build's folder of the same family (`same`), a file whose
 * bytes equal that folder's file of the same name is hard-linked instead of
 * written: creating files is what a build spends its time on when the disk is
 * busy (at 100k a daily build rewrites the 1,924 files of the 版面 issues
 * family, nearly all of them unchanged). Bytes are compared in full, never
 * trusted from a name or a size, and the live build's files are never written
 * in place, so the link is as good as a copy.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** `list-0a9713a4af`: the family and the first 10 hex digits of its content hash. */
export const FAMILY_DIR = /^([a-z][a-z0-9]*)-([0-9a-f]{10})$/;

/** The family a folder belongs to: list-ab12…  → list; the 版面 family's year folders (issues2023-…) → issues. */
export const familyOfFolder = (dir: string): string =>
  dir.replace(/-([0-9a-f]{10}|tmp)$/, '').replace(/^issues\d{4}$/, 'issues');

export class FamilyFolder {
  private readonly tmp: string;
  private readonly hash: Hash = createHash('sha256');
  files = 0;
  bytes = 0;
  /** Files hard-linked from `same` rather than written. */
  linked = 0;

  constructor(
    private readonly root: string,
    readonly name: string,
    /** The live build's folder of this family, whose unchanged files are linked. */
    private readonly same: string | null = null,
  ) {
    this.tmp = join(root, `${name}-tmp`);
    rmSync(this.tmp, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
  }

  write(file: string, content: string | Uint8Array): void {
    // Encoded once, for the hash and the file alike.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.hash.update(file).update(bytes);
    const target = join(this.tmp, file);
    if (this.same && linkIfSame(join(this.same, file), target, bytes)) this.linked++;
    else writeFileSync(target, bytes);
    this.files++;
    this.bytes += bytes.length;
  }

  /** Renames the folder to its content hash and returns the folder's name. */
  seal(): string {
    const dir = `${this.name}-${this.hash.digest('hex').slice(0, 10)}`;
    const target = join(this.root, dir);
    // Same name, same content: a folder already there (an identical segment) is kept.
    if (existsSync(target)) rmSync(this.tmp, { recursive: true, force: true });
    else renameSync(this.tmp, target);
    return dir;
  }
}

/** Hard-links `previous` to `target` when its bytes are `bytes`; false (nothing done) otherwise. */
function linkIfSame(previous: string, target: string, bytes: Uint8Array): boolean {
  try {
    if (statSync(previous, { throwIfNoEntry: false })?.size !== bytes.length) return false;
    if (!readFileSync(previous).equals(bytes)) return false;
    linkSync(previous, target);
    return true;
  } catch {
    // Unreadable, gone since, or links impossible here: write it.
    return false;
  }
}
