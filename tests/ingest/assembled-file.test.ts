import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssembledFile } from '../../src/ingest/bundle/assembled-file';
import { tempDir } from './build-fixtures';

describe('a big file assembled from new text and ranges of the previous build', () => {
  const dir = tempDir('assembled');
  const previous = join(dir, 'previous.json');
  writeFileSync(previous, '[\n"one",\n"two",\n"three"\n]\n');

  it('starting with a run of the previous file (the daily append), holds that run then the new text', () => {
    const file = new AssembledFile(join(dir, 'append.json'), previous);
    file.copy({ offset: 0, length: 2 });
    const copied = file.copy({ offset: 2, length: 12 });
    const added = file.text(',\n"four"\n]\n');
    const length = file.close();
    const text = readFileSync(join(dir, 'append.json'), 'utf8');
    expect(text).toBe('[\n"one",\n"two",\n"four"\n]\n');
    expect(length).toBe(text.length);
    expect(copied).toEqual({ offset: 2, length: 12 });
    expect(added).toEqual({ offset: 14, length: 11 });
  });

  it('with new text first, copies later ranges after it', () => {
    const file = new AssembledFile(join(dir, 'edit.json'), previous);
    file.text('[\n"zero",\n');
    file.copy({ offset: 9, length: 7 });
    file.copy({ offset: 16, length: 10 });
    file.close();
    expect(readFileSync(join(dir, 'edit.json'), 'utf8')).toBe('[\n"zero",\n"two",\n"three"\n]\n');
  });

  it('refuses a previous file shorter than the record says, rather than write a cut one', () => {
    const file = new AssembledFile(join(dir, 'short.json'), previous);
    file.copy({ offset: 0, length: 400 });
    expect(() => file.text(']')).toThrow(/shorter than its build record says/);
  });
});
