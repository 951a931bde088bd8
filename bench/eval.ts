/**
 * `npm run eval`: the extraction measured against answer keys. For each file
 * in a key (gold.jsonl, one JSON object per line: file, compounds with
 * aliases, trials as compound + phase), it parses the file as the site
 * would and prints precision, recall and F1 for compounds (found when the
 * name or any alias matches) and trials (compound + phase), per file and
 * overall. Skips cleanly when no key is found.
 *
 *   npm run eval                                   # ../shared/pressreleases/gold.jsonl
 *   npm run eval -- --gold other/gold.jsonl --gold more.jsonl --verbose --json eval.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseFiling } from '../src/lib/parse-filing.js';
import { decodeFiling } from '../src/lib/text/decode.js';
import { type Score, scoreFile, sumScores } from './eval-score.js';

const GoldLine = z.object({
  file: z.string(),
  compounds: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
  trials: z.array(z.object({ compound: z.string(), phase: z.string() })),
});

const { values } = parseArgs({
  options: {
    gold: { type: 'string', multiple: true },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'string' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const keys = values.gold?.length ? values.gold : [path.resolve(root, '../shared/pressreleases/gold.jsonl')];
const present = keys.filter((k) => existsSync(k));
if (present.length === 0) {
  console.log(`eval: no answer key found (${keys.join(', ')}): skipped`);
  process.exit(0);
}

const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const rows: {
  file: string;
  compounds: Score;
  trials: Score;
  missed: string[];
  extra: string[];
  trialMissed: string[];
  trialExtra: string[];
}[] = [];

for (const key of present) {
  const dir = path.dirname(key);
  readFileSync(key, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line, i) => {
      const parsed = GoldLine.safeParse(JSON.parse(line));
      if (!parsed.success) {
        console.error(
          `${key}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
        process.exitCode = 1;
        return;
      }
      const gold = parsed.data;
      const file = path.join(dir, gold.file);
      const decoded = decodeFiling(new Uint8Array(readFileSync(file)));
      if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
      const filing = parseFiling({ fileName: gold.file, text: decoded.text });
      rows.push({ file: gold.file, ...scoreFile(gold, filing.mentions) });
    });
}

const width = Math.max(...rows.map((r) => r.file.length), 8);
console.log(
  `${'file'.padEnd(width)}  compounds P     R     F1   (tp/ext/gold) | trials P     R     F1   (tp/ext/gold)`,
);
for (const r of rows) {
  const c = r.compounds;
  const t = r.trials;
  console.log(
    `${r.file.padEnd(width)}  ${fmt(c.precision)} ${fmt(c.recall)} ${fmt(c.f1)} (${c.tp}/${c.extracted}/${c.gold}) | ${fmt(t.precision)} ${fmt(t.recall)} ${fmt(t.f1)} (${t.tp}/${t.extracted}/${t.gold})`,
  );
  if (values.verbose) {
    if (r.missed.length) console.log(`${' '.repeat(width)}  missed: ${r.missed.join(', ')}`);
    if (r.extra.length) console.log(`${' '.repeat(width)}  not in key: ${r.extra.join(', ')}`);
    if (r.trialMissed.length) console.log(`${' '.repeat(width)}  trials missed: ${r.trialMissed.join(', ')}`);
    if (r.trialExtra.length) console.log(`${' '.repeat(width)}  trials not in key: ${r.trialExtra.join(', ')}`);
  }
}
const compounds = sumScores(rows.map((r) => r.compounds));
const trials = sumScores(rows.map((r) => r.trials));
console.log(
  `${'overall'.padEnd(width)}  ${fmt(compounds.precision)} ${fmt(compounds.recall)} ${fmt(compounds.f1)} (${compounds.tp}/${compounds.extracted}/${compounds.gold}) | ${fmt(trials.precision)} ${fmt(trials.recall)} ${fmt(trials.f1)} (${trials.tp}/${trials.extracted}/${trials.gold})`,
);
console.log(`${rows.length} files from ${present.join(', ')}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ files: rows, compounds, trials }, null, 2)}\n`);
