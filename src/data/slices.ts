/**
 * Work in slices: many small pieces of work (validating the entries of a big overlay, upgrading a thousand CMS
 * placeholders, rendering every widget whose shared data has just arrived) run a slice at a time, each slice in a
 * task of its own, so the browser paints and answers the visitor in between instead of freezing in one long task.
 * One queue for the page: pieces from everywhere share the slices, in the order they came. No DOM: timers only.
 */

/** Most time our pieces take in one task before the browser gets a turn (a task over 50 ms is a long task). */
const BUDGET_MS = 30;
/** Most pieces in one slice however fast they are, so the slicing is the same on every machine (and testable). */
export const PIECES_PER_SLICE = 50;

const queue: (() => void)[] = [];
/** When the current slice began; -1 until a piece runs. A slice ends with its task: `next` starts another. */
let start = -1;
let pieces = 0;

function room(): boolean {
  const now = performance.now();
  if (start < 0) {
    start = now;
    pieces = 0;
    setTimeout(next);
  }
  return pieces < PIECES_PER_SLICE && now - start < BUDGET_MS;
}

/** A new task, a new slice: the pieces waiting longest run first. */
function next(): void {
  start = -1;
  while (queue.length && room()) {
    pieces++;
    queue.shift()!();
  }
}

/**
 * Runs `piece` at once when this task's slice has room (and nothing waits before it), else in a later task. Returns
 * nothing when it ran at once, else a promise that settles once it has run (rejecting with what it threw). A piece
 * that returns a promise (work it started and goes on with later) has it returned, or waited for, instead.
 */
export function inSlice(piece: () => void): void | Promise<void> {
  if (!queue.length && room()) {
    pieces++;
    return piece();
  }
  return new Promise<void>((resolve, reject) =>
    queue.push(() => {
      try {
        resolve(piece());
      } catch (error) {
        reject(error);
      }
    }),
  );
}
