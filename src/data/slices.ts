/**
 * Work in slices: many small pieces of work (validating the entries of a big overlay, upgrading a thousand CMS
 * placeholders, rendering every widget whose shared data has just arrived) run a slice at a time, each in its own
 * task, so the browser paints and answers the visitor in between instead of freezing in one long task. One queue
 * for the page: pieces from everywhere share the slices, in the order they came. No DOM: timers only.
 */

/** Most time our pieces take in one task before the browser gets a turn (a task over 50 ms is a long task). */
const BUDGET_MS = 30;
/** Most pieces in one slice however fast they are, so the slicing is the same on every machine (and testable). */
export const PIECES_PER_SLICE = 50;

const queue: (() => void)[] = [];
/** When this task's slice began (-1: none yet); it ends with the task, when `endSlice` runs. */
let sliceStart = -1;
let pieces = 0;
let ending = false;

function hasRoom(): boolean {
  if (sliceStart < 0) {
    sliceStart = performance.now();
    pieces = 0;
    scheduleEnd();
  }
  return pieces < PIECES_PER_SLICE && performance.now() - sliceStart < BUDGET_MS;
}

function scheduleEnd(): void {
  if (ending) return;
  ending = true;
  setTimeout(endSlice);
}

/** A new task: a new slice, for what waits first. */
function endSlice(): void {
  ending = false;
  sliceStart = -1;
  while (queue.length && hasRoom()) {
    pieces += 1;
    queue.shift()!();
  }
  if (queue.length) scheduleEnd();
}

/**
 * Runs `piece` at once when this task's slice has room (and nothing waits before it), else in a later task. Returns
 * nothing when it ran at once, else a promise that settles once it has run (rejecting with what it threw).
 */
export function inSlice(piece: () => void): void | Promise<void> {
  if (!queue.length && hasRoom()) {
    pieces += 1;
    piece();
    return;
  }
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        piece();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    scheduleEnd();
  });
}
