import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchApi } from './api';
import { benchExport } from './export';
import { benchFlow } from './flow';
import { benchLoting } from './loting';
import { benchPaint } from './paint';
import { benchProcesplaat } from './procesplaat';
import { benchRecommend } from './recommend';
import type { BenchRow } from './types';

/** The one home for performance figures: a table on stdout and JSON under bench-results/. */
const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['api', benchApi],
  ['paint', () => benchPaint()],
  ['recommend', benchRecommend],
  ['flow', benchFlow],
  ['procesplaat', benchProcesplaat],
  ['export', benchExport],
  ['loting', benchLoting],
];

const only = process.argv.slice(2);
const rows: Array<BenchRow & { suite: string }> = [];
for (const [suite, run] of suites) {
  if (only.length > 0 && !only.includes(suite)) continue;
  for (const row of await run()) rows.push({ suite, ...row });
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n < 1 ? n.toFixed(3) : n.toFixed(1));
const header = ['meting', 'mediaan ms', 'p95 ms', 'runs', 'doel ms', 'opmerking'];
const table = rows.map((r) => [r.name, fmt(r.medianMs), fmt(r.p95Ms), String(r.runs), fmt(r.targetMs), r.note ?? '']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table) console.log(line(row));

const outDir = resolve(import.meta.dirname, '../../bench-results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const payload = { date: new Date().toISOString(), node: process.version, rows };
writeFileSync(file, JSON.stringify(payload, null, 2));
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(payload, null, 2));
console.log(`\nOpgeslagen in ${file}`);
