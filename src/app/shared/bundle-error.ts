/**
 * Why the bundle could not be used. The UI shows a different message for each kind,
 * and queries do not retry these (retrying cannot fix a missing or wrong file).
 */
export type BundleErrorKind = 'missing' | 'incompatible' | 'invalid';

export class BundleError extends Error {
  readonly kind: BundleErrorKind;
  readonly detail: string;

  constructor(kind: BundleErrorKind, message: string, detail = '') {
    super(message);
    this.name = 'BundleError';
    this.kind = kind;
    this.detail = detail;
  }
}

export function isBundleError(error: unknown): error is BundleError {
  return error instanceof BundleError;
}
