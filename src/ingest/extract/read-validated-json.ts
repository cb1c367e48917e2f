/**
 * Reads a JSON data file and validates it, failing with one message that names
 * the file and says what is wrong where, so a user editing data/*.json by hand
 * sees `data/event-types.json: types.2.triggers: …` instead of a stack trace.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod/mini';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

export function readValidatedJson<T>(file: string, schema: z.ZodMiniType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  return validateData(file, json, schema);
}

/** Validates already-parsed data with the same error format (for values passed in code). */
export function validateData<T>(file: string, value: unknown, schema: z.ZodMiniType<T>): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more =
    result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  throw new DataFileError(file, `${problems.join('; ')}${more}`);
}
