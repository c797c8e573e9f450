/**
 * The one table of `npm run bench`: every headline figure the benches wrote into
 * BENCH_RESULTS_DIR (bench/lib/results.ts), with its comparison from the same run, the ratio,
 * the goal and whether it is met. Printed twice: aligned for the terminal, then as Markdown to
 * paste into a note (also written to BENCH_MARKDOWN_OUT when that is set).
 *
 * Run: node bench/report.ts [DIR] [--failed name,name]   (bench/run does this at the end)
 */
import { cpus } from 'node:os';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs, printTable } from './lib/measure.ts';
import { ratioOf, type RecordedFigure, type Unit } from './lib/results.ts';

const args = process.argv.slice(2);
const failedAt = args.indexOf('--failed');
const failed = failedAt >= 0 ? (args[failedAt + 1] ?? '').split(',').filter(Boolean) : [];
const dir = args.find((a, i) => !a.startsWith('--') && !(failedAt >= 0 && i === failedAt + 1)) ?? process.env['BENCH_RESULTS_DIR'];
if (!dir) throw new Error('usage: node bench/report.ts DIR (or set BENCH_RESULTS_DIR)');

const figures: RecordedFigure[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RecordedFigure)
  .sort((a, b) => a.order - b.order);

function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'count':
      return Math.round(value).toLocaleString('en');
    case 'bytes':
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : value >= 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${value} B`;
    case 'ratio':
      return `${value.toFixed(3)}×`;
  }
}

function formatRatio(figure: RecordedFigure): string {
  const ratio = ratioOf(figure);
  if (ratio === undefined) return '—';
  const text = figure.ratioAsPercent ? `${(ratio * 100).toFixed(1)} %` : `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
  return figure.ratioLabel ? `${text} (${figure.ratioLabel})` : text;
}

const met = (figure: RecordedFigure): string => (figure.goal.met === null ? '—' : figure.goal.met ? 'yes' : 'NO');

const notes: string[] = [];
const rows = figures.map((f) => {
  let name = `${f.bench}: ${f.name}`;
  if (f.note) {
    // Figures sharing a note share its number.
    const at = notes.indexOf(f.note);
    if (at < 0) notes.push(f.note);
    name += ` [${at < 0 ? notes.length : at + 1}]`;
  }
  const comparison = f.comparison ? `${f.comparison.label}: ${formatValue(f.comparison.median, f.comparison.unit ?? f.unit)}` : '—';
  return [name, formatValue(f.median, f.unit), comparison, formatRatio(f), f.goal.text, met(f)];
});
const header = ['figure', 'median', 'compared with (same run)', 'ratio', 'goal', 'met'];
const judged = figures.filter((f) => f.goal.met !== null);
const summary = `${judged.filter((f) => f.goal.met).length} of ${judged.length} goals met`;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const context = `Node ${process.versions.node}, ${cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;

console.log(`\n# Benchmarks: ${summary} (${context})\n`);
printTable(header, rows);
notes.forEach((n, i) => console.log(`[${i + 1}] ${n}`));
for (const name of failed) console.log(`bench ${name} FAILED: its figures are missing (see its output above)`);

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const markdown = [
  `**Benchmarks** — ${summary}; medians of interleaved runs (${context}).`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, i) => (i === 0 || i === 2 || i === 4 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  '',
  ...notes.map((n, i) => `[${i + 1}] ${n}  `),
  ...failed.map((name) => `bench ${name} failed: its figures are missing.  `),
].join('\n');
console.log('\nMarkdown:\n');
console.log(markdown);
const out = process.env['BENCH_MARKDOWN_OUT'];
if (out) writeFileSync(out, `${markdown}\n`);
