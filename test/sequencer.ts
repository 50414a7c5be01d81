/**
 * The order in which the two workers take the test files: the longest first, so that the run does
 * not end with one worker alone on a two-minute file while the other idles. Vitest orders by the
 * durations of the previous run on this machine (node_modules/.vite), which a fresh clone and CI
 * (`npm ci`) do not have; it then falls back to the file size, and the slowest files (browser
 * tests, the command line) are short ones, so they came last. `test/file-durations.json` keeps
 * the seconds each file took in a measured full run (`tsx scripts/test-durations.ts REPORT.json`
 * rewrites it from a run with `--reporter=json`); a file missing from it (a new one) goes first,
 * as Vitest does with an unknown file. Only the order changes: every file still runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DURATIONS_FILE = path.resolve('test/file-durations.json');

export function loadDurations(file = DURATIONS_FILE): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = loadDurations();
    const seconds = (spec: TestSpecification) =>
      durations[path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join('/')] ??
      Number.POSITIVE_INFINITY;
    // Stable: files of equal weight keep Vitest's own order.
    const base = await super.sort(files);
    return base
      .map((spec, i) => ({ spec, i, s: seconds(spec) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
