// Web Test Runner reporter that counts tests and writes them to a JSON file for scripts/test.mjs.
// A test file that failed to load (import error, uncaught error outside a test, browser crash or
// timeout) counts as one failure, so a broken file can never look like "0 failed".
import {writeFileSync} from 'node:fs';

function countSuite(suite, counts, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped += 1;
      counts.skippedTitles.push([...here, test.name].join(' > '));
    } else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      // The first line of the error is enough to say which expectation broke; the full stack is in wtr's own output.
      const why = String(test.error?.message ?? '')
        .split('\n')[0]
        .slice(0, 200);
      counts.failedTitles.push([...here, test.name].join(' > ') + (why ? ` (${why})` : ''));
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, here);
}

/** Totals over all sessions (one session = one test file in one browser). */
export function countSessions(sessions) {
  const totals = {passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: [], skippedTitles: [], failedTitles: []};
  for (const session of sessions) {
    const counts = {passed: 0, failed: 0, skipped: 0, skippedTitles: [], failedTitles: []};
    countSuite(session.testResults, counts);
    totals.files += 1;
    totals.passed += counts.passed;
    totals.skipped += counts.skipped;
    totals.skippedTitles.push(...counts.skippedTitles.map((title) => `${session.testFile.replace(process.cwd() + '/', '')}: ${title}`));
    totals.failedTitles.push(...counts.failedTitles.map((title) => `${session.testFile.replace(process.cwd() + '/', '')}: ${title}`));
    totals.failed += counts.failed;
    const errors = session.errors ?? [];
    if (errors.length > 0 || (session.passed === false && counts.failed === 0)) {
      totals.failed += 1;
      totals.fileErrors.push({
        file: session.testFile,
        errors: errors.length > 0 ? errors.map((e) => e.message) : ['test file failed without a failing test'],
      });
    }
  }
  return totals;
}

/** @param {{ file?: string }} [options] */
export function resultsReporter({file = '.wtr-results.json'} = {}) {
  const write = (sessions) => {
    const totals = countSessions(sessions);
    writeFileSync(file, `${JSON.stringify({...totals, finishedAt: new Date().toISOString()}, null, 2)}\n`);
  };
  return {
    onTestRunFinished({sessions}) {
      write(sessions);
    },
    stop({sessions}) {
      write(sessions);
    },
  };
}
