/** Why loading failed; elements map each kind to a message a visitor can act on. */
export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'not-found' | 'version' | 'config';

/** Every failure of the data layer is one of these, with a message a host developer can act on. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    message: string,
    /** The URL involved, when there is one. */
    readonly url?: string,
  ) {
    super(message);
  }
}

export const isDatasetError = (error: unknown): error is DatasetError => error instanceof DatasetError;
