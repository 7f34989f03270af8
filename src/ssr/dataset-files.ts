/// <reference types="node" />
import {readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';
import {DatasetError} from '../data/errors.js';

/** File texts by absolute path, read once per process: a site build pre-renders many pages from one dataset. */
const texts = new Map<string, Promise<string>>();

/** A dataset folder on disk, given to the data layer in place of the network while a page is pre-rendered. */
export class DatasetFolder {
  readonly #root: string;

  constructor(folder: string) {
    this.#root = resolve(folder);
  }

  /** A {@link FileProvider} for `provideFiles`: the file's parsed JSON, or a DatasetError as a fetch would give. */
  readonly read = async (path: string): Promise<unknown> => {
    const file = resolve(this.#root, path);
    if (!file.startsWith(this.#root + sep)) throw new DatasetError('config', `${path} is outside the dataset folder ${this.#root}.`);
    const text = texts.get(file) ?? readFile(file, 'utf8');
    if (!texts.has(file)) {
      texts.set(file, text);
      text.catch(() => texts.delete(file));
    }
    let value: unknown;
    try {
      value = JSON.parse(await text);
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code
        ? new DatasetError('http', `${file} could not be read (${(error as NodeJS.ErrnoException).code}).`, file)
        : new DatasetError('parse', `${file} is not valid JSON.`, file);
    }
    return value;
  };
}
