/**
 * Prints the plain closing line CI reads: `N passed, N failed, N skipped`.
 * A file that fails to load, or a suite whose hook fails, counts as one failure, and so does
 * each unhandled error, so that a broken suite can never print "0 failed". Before it, the ten
 * slowest files (wall time in their worker), to see where the suite's time goes.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // Errors in a file or a hook (beforeAll…) skip its tests: each such place is one failure.
      let broken = mod.errors().length > 0 ? 1 : 0;
      for (const suite of mod.children.allSuites()) if (suite.errors().length > 0) broken++;
      if (broken === 0 && tests === 0 && mod.state() === 'failed') broken = 1;
      failed += broken;
    }
    const slowest = [...testModules]
      .map((m) => ({ file: m.moduleId.replace(`${process.cwd()}/`, ''), ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (slowest.length > 1)
      process.stdout.write(
        `\nslowest files: ${slowest.map((s) => `${s.file} ${(s.ms / 1000).toFixed(0)} s`).join(', ')}\n`,
      );
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
