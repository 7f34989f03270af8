/**
 * A tiny structural checker: enough to validate every record of a dataset file where it enters the page and to
 * say exactly which field is wrong, without shipping a JSON Schema engine to the browser (the pipeline
 * validates against the full schema).
 */

/** Checks `value`, appending one message per problem to `issues`; returns false on any problem. */
export type Check<T> = ((value: unknown, path: string, issues: string[]) => boolean) & {readonly __type?: T};

export type Checked<C> = C extends Check<infer T> ? T : never;

type Node<T> = NonNullable<T> extends readonly (infer Item)[] ? Node<Item> : NonNullable<T>;

/**
 * The key paths (`wages.national.annual.p10`) that one of two shapes has and the other lacks, through nested
 * objects, lists and nullable values; a record (keys that are data, such as state codes) ends the walk. `never`
 * when both have the same keys everywhere: with assignability both ways (see {@link InStep}), what a check reads
 * is what a type describes, optional keys included (which assignability alone lets one side leave out).
 */
export type KeyDiff<A, B, Path extends string = ''> = [Node<A>, Node<B>] extends [infer X, infer Y]
  ? X extends object
    ? Y extends object
      ? string extends keyof X
        ? never
        : string extends keyof Y
          ? never
          : | `${Path}${Exclude<keyof X & string, keyof Y>}`
            | `${Path}${Exclude<keyof Y & string, keyof X>}`
            | {[K in keyof X & keyof Y & string]-?: KeyDiff<X[K], Y[K], `${Path}${K}.`>}[keyof X & keyof Y & string]
      : never
    : never
  : never;

/**
 * `true` when what `C` accepts is a `T` and every `T` is what `C` accepts; use with `KeyDiff` (a `Proof` of both
 * fails `tsc` naming the first difference).
 */
export type InStep<C, T> = [Checked<C>] extends [T] ? ([T] extends [Checked<C>] ? true : false) : false;

/** Problems listed at most (a file wrong everywhere says so in eight messages, not thousands). */
export const MAX_ISSUES = 8;

/**
 * Whether checks name the path of each value they look at. A valid file (nearly every file) needs no names: the
 * first pass builds none (a string for each of tens of thousands of values is most of a check's time on a slow
 * phone), and only a file that fails is checked again with names, for messages that say where.
 */
let naming = true;
const at = (path: string, key: string | number) => (naming ? (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key) : '');

/** Checks `value` without naming paths, then, if it fails, again with them: null when valid, else the problems. */
export function problems(check: Check<unknown>, value: unknown): string[] | null {
  naming = false;
  try {
    if (check(value, '', [])) return null;
  } finally {
    naming = true;
  }
  const issues: string[] = [];
  check(value, '', issues);
  return issues.length ? issues : ['(root): invalid'];
}

function fail(issues: string[], path: string, message: string): false {
  if (issues.length < MAX_ISSUES) issues.push(`${path || '(root)'}: ${message}`);
  return false;
}

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;

export const string =
  (maxLength = 20_000): Check<string> =>
  (value, path, issues) =>
    typeof value !== 'string'
      ? fail(issues, path, `expected text, got ${describe(value)}`)
      : value.length > maxLength
        ? fail(issues, path, `text longer than ${maxLength} characters`)
        : true;

/** A finite number within bounds (JSON's `1e309` parses to Infinity and is refused). */
export const number =
  (min = -Infinity, max = Infinity): Check<number> =>
  (value, path, issues) =>
    typeof value !== 'number' || !Number.isFinite(value)
      ? fail(issues, path, `expected a number, got ${describe(value)}`)
      : value < min || value > max
        ? fail(issues, path, `${value} is outside ${min}..${max}`)
        : true;

export const boolean: Check<boolean> = (value, path, issues) =>
  typeof value === 'boolean' || fail(issues, path, `expected true or false, got ${describe(value)}`);

export const oneOf =
  <T extends string | number>(...allowed: T[]): Check<T> =>
  (value, path, issues) =>
    allowed.includes(value as T) || fail(issues, path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path, issues) =>
    value === null || check(value, path, issues);

/** Marks an object key as optional (may be absent; `undefined` is not JSON). */
export const optional = <T>(check: Check<T>): Check<T | undefined> & {optional: true} =>
  Object.assign<Check<T | undefined>, {optional: true}>((value, path, issues) => value === undefined || check(value, path, issues), {
    optional: true,
  });

export const array =
  <T>(check: Check<T>, maxItems = 100_000): Check<T[]> =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `expected a list, got ${describe(value)}`);
    if (value.length > maxItems) return fail(issues, path, `list longer than ${maxItems} items`);
    let ok = true;
    for (let i = 0; i < value.length && issues.length < MAX_ISSUES; i++) ok = check(value[i], at(path, i), issues) && ok;
    return ok;
  };

export const tuple =
  <A, B>(a: Check<A>, b: Check<B>): Check<[A, B]> =>
  (value, path, issues) =>
    Array.isArray(value) && value.length === 2
      ? a(value[0], at(path, 0), issues) && b(value[1], at(path, 1), issues)
      : fail(issues, path, `expected a pair, got ${describe(value)}`);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = {[K in keyof S]: S[K] extends {optional: true} ? K : never}[keyof S];
export type ShapeType<S extends Shape> = {[K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]>} & {
  [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined>;
};

/** An object with these keys (extra keys are ignored, so a newer minor dataset still loads). */
export const object =
  <S extends Shape>(shape: S): Check<ShapeType<S>> =>
  (value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected an object, got ${describe(value)}`);
    let ok = true;
    for (const key of Object.keys(shape)) {
      if (issues.length >= MAX_ISSUES) return false;
      const check = shape[key]!;
      const here = at(path, key);
      if (!Object.hasOwn(value, key) && !(check as {optional?: boolean}).optional) ok = fail(issues, here, 'missing') && ok;
      else ok = check(value[key], here, issues) && ok;
    }
    return ok;
  };

/** A map whose keys match `keyPattern`. */
export const record =
  <T>(keyPattern: RegExp, check: Check<T>): Check<Record<string, T>> =>
  (value, path, issues) => {
    if (!isPlainObject(value)) return fail(issues, path, `expected an object, got ${describe(value)}`);
    let ok = true;
    for (const key of Object.keys(value)) {
      if (issues.length >= MAX_ISSUES) return false;
      ok = (keyPattern.test(key) ? check(value[key], at(path, key), issues) : fail(issues, path, `unexpected key "${key.slice(0, 40)}"`)) && ok;
    }
    return ok;
  };

/** Adds a rule across fields to a check; `rule` returns a problem message or null. */
export const refine =
  <T>(check: Check<T>, rule: (value: T) => string | null): Check<T> =>
  (value, path, issues) => {
    if (!check(value, path, issues)) return false;
    const problem = rule(value as T);
    return problem === null || fail(issues, path, problem);
  };
