/**
 * Rewrites test/file-durations.json (read by test/sequencer.ts to start the longest files first)
 * from the JSON report of a full run:
 *
 *   npx vitest run --reporter=json --outputFile=/tmp/report.json && tsx scripts/test-durations.ts /tmp/report.json
 *
 * Seconds per file, rounded to a tenth, keys sorted so that the diff shows what changed.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Report {
  testResults: Array<{ name: string; startTime: number; endTime: number }>;
}

const reportFile = process.argv[2];
if (!reportFile) {
  console.error('usage: tsx scripts/test-durations.ts REPORT.json');
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
const durations: Record<string, number> = {};
for (const r of report.testResults.sort((a, b) => a.name.localeCompare(b.name))) {
  const file = path.relative(process.cwd(), r.name).split(path.sep).join('/');
  durations[file] = Math.round((r.endTime - r.startTime) / 100) / 10;
}
fs.writeFileSync('test/file-durations.json', `${JSON.stringify(durations, null, 2)}\n`);
console.log(`test/file-durations.json: ${Object.keys(durations).length} files`);
