/**
 * One folder of a bundle family being written: files go to `<name>-tmp` inside
 * the (unpublished) build folder and are hashed as they are written; sealing
 * renames the folder to `<name>-<hash of its files' names and bytes>`, so equal
 * content always gets the same folder name, whichever build wrote it.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `list-0a9713a4af`: the family and the first 10 hex digits of its content hash. */
export const FAMILY_DIR = /^([a-z]+)-([0-9a-f]{10})$/;

export class FamilyFolder {
  private readonly tmp: string;
  private readonly hash: Hash = createHash('sha256');
  files = 0;
  bytes = 0;

  constructor(
    private readonly root: string,
    readonly name: string,
  ) {
    this.tmp = join(root, `${name}-tmp`);
    rmSync(this.tmp, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
  }

  write(file: string, content: string | Uint8Array): void {
    // Encoded once, for the hash and the file alike.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.hash.update(file).update(bytes);
    writeFileSync(join(this.tmp, file), bytes);
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
