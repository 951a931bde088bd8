/**
 * The Astro loader: reads the filings folder, hands unchanged files back
 * from the store (by digest) instead of parsing them again, and fills the
 * five collections. Astro runs collection loaders concurrently, so the
 * filings loader does the work and publishes it; the entity loaders wait
 * for it. All five share one name, so a refresh of one refreshes all.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  type Corpus,
  finishCorpus,
  type InputFile,
  MAX_FILE_BYTES,
  prepareCorpus,
  strictFailure,
} from '../lib/corpus.js';
import { type EntityHistory, keepHistory, pruneHistories } from '../lib/entity-history.js';
import { listFiles } from '../lib/files.js';
import { cacheFile, forStore, pruneParseCache, readSummary } from '../lib/parse-cache.js';
import { parseAll } from './parse-pool.js';

const LOADER_NAME = 'filing-digest';

export interface FilingDigestOptions {
  /** The filings folder, absolute or relative to the project root. */
  dir: string;
  /** Editors' corrections (YAML, Markdown), absolute or relative to the project root. */
  contentDir?: string;
  /** Fail the build on any problem with the input (`astro build --strict`, or FILING_DIGEST_STRICT=1). */
  strict?: boolean;
}

const strictFromEnvironment = () =>
  process.argv.includes('--strict') || /^(?:1|true|yes)$/i.test(process.env.FILING_DIGEST_STRICT ?? '');

/** A promise that one loader resolves and others await, renewed for each sync. */
function createChannel<T>(consumers: number) {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let promise!: Promise<T>;
  const renew = () => {
    promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {}); // a failed sync is reported by the filings loader
  };
  renew();
  let taken = 0;
  return {
    publish: (value: T) => resolve(value),
    fail: (error: unknown) => reject(error),
    async take(): Promise<T> {
      const current = promise;
      try {
        return await current;
      } finally {
        if (++taken === consumers) {
          taken = 0;
          renew();
        }
      }
    },
  };
}

/** Store records, skipping unchanged ones, and drop entries that are gone. */
async function writeAll<T extends { id: string }>(
  ctx: LoaderContext,
  records: T[],
  digestOf: (record: T) => string = (record) => ctx.generateDigest(record as unknown as Record<string, unknown>),
): Promise<number> {
  const keep = new Set(records.map((r) => r.id));
  for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
  let changed = 0;
  for (const record of records) {
    const digest = digestOf(record);
    // An unchanged entry is neither validated nor written again.
    if (ctx.store.get(record.id)?.digest === digest) continue;
    const data = await ctx.parseData({ id: record.id, data: record as unknown as Record<string, unknown> });
    if (ctx.store.set({ id: record.id, data, digest })) changed++;
  }
  return changed;
}

export function filingDigestLoaders(options: FilingDigestOptions) {
  const channel = createChannel<Corpus>(4);

  const filings: Loader = {
    name: LOADER_NAME,
    async load(ctx) {
      const started = performance.now();
      try {
        const root = fileURLToPath(ctx.config.root);
        const dir = path.resolve(root, options.dir);
        const names = await listFiles(dir).catch((error: NodeJS.ErrnoException) => {
          ctx.logger.error(`cannot read the filings folder ${dir}: ${error.code ?? error.message}`);
          return [];
        });
        const contentDir = path.resolve(root, options.contentDir ?? 'content');
        const content: InputFile[] = [];
        const contentNames = await listFiles(contentDir).catch((error: NodeJS.ErrnoException) => {
          // No content/ is fine; a folder named on purpose that is not there is a mistake worth saying.
          if (options.contentDir && options.contentDir !== 'content')
            ctx.logger.warn(`cannot read the corrections folder ${contentDir}: ${error.code ?? error.message}`);
          return [];
        });
        // Read synchronously: in a build nothing else runs meanwhile (the other loaders wait for this one; in
        // `astro dev` the server waits as long), and one awaited read after another costs a trip through
        // libuv's thread pool each, 1.8 s against 0.1 s for 10,000 filings.
        for (const name of contentNames) {
          content.push({ name, bytes: readFileSync(path.join(contentDir, name)) });
        }
        const files: InputFile[] = [];
        for (const name of names) {
          const file = path.join(dir, name);
          // A file too large to be a filing is reported from its size, never read whole.
          const { size } = statSync(file);
          files.push({
            name,
            size,
            bytes: size > MAX_FILE_BYTES ? new Uint8Array() : readFileSync(file),
          });
        }

        // A filing parsed by an earlier build (same names, bytes and parser) is read back, not parsed again.
        const parsedDir = path.join(fileURLToPath(ctx.config.cacheDir), 'filing-digest', 'parsed');
        const prepared = prepareCorpus(files, (_names, digest) => readSummary(parsedDir, digest));
        const { results, threads } = await parseAll(prepared.jobs, parsedDir);
        const corpus = finishCorpus(prepared, results, content);
        pruneParseCache(parsedDir, new Set(prepared.groups.map((g) => g.digest)));

        for (const source of corpus.sources) {
          for (const p of source.problems) {
            const where = p.line ? `${p.file}:${p.line}` : p.file;
            if (p.severity === 'error') ctx.logger.error(`${where}: ${p.message}`);
            else ctx.logger.warn(`${where}: ${p.message}`);
          }
        }
        const records = corpus.filings.map((f) => ({
          ...forStore(f),
          ...corpus.resolved.links.get(f.id),
          textFile: cacheFile(parsedDir, f.sourceDigest),
        }));
        // A filing changes when its bytes (or the parser) change, or when what it links to does.
        const changed = await writeAll(ctx, records, (r) =>
          ctx.generateDigest(
            `${r.sourceDigest}|${r.id}|${r.textFile}|${r.companies}|${r.compounds}|${r.trials}|${r.amendsFiling}|${r.amendedBy}`,
          ),
        );
        ctx.logger.info(
          `${files.length} files: ${corpus.filings.length} filings (${corpus.parsed} parsed${threads > 1 ? ` on ${threads} threads` : ''}, ${changed} changed), ` +
            `${corpus.resolved.companies.length} companies, ${corpus.resolved.compounds.length} compounds, ` +
            `${corpus.resolved.trials.length} trials, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
        channel.publish(corpus);
        const failure = strictFailure(corpus.sources);
        if ((options.strict ?? strictFromEnvironment()) && failure) throw new Error(failure);
      } catch (error) {
        channel.fail(error);
        throw error;
      }
    },
  };

  const derived = (pick: (corpus: Corpus) => { id: string }[]): Loader => ({
    name: LOADER_NAME,
    async load(ctx) {
      await writeAll(ctx, pick(await channel.take()));
    },
  });

  /** An entity collection: each record's facts and timeline go to a file of their own (entity-history.ts). */
  const entities = (pick: (corpus: Corpus) => (EntityHistory & { id: string })[]): Loader => ({
    name: LOADER_NAME,
    async load(ctx) {
      const dir = path.join(fileURLToPath(ctx.config.cacheDir), 'filing-digest', 'history', ctx.collection);
      const records = pick(await channel.take()).map((record) => keepHistory(dir, record));
      await writeAll(ctx, records);
      pruneHistories(dir, new Set(records.map((r) => r.historyFile)));
    },
  });

  return {
    filings,
    companies: entities((c) => c.resolved.companies),
    compounds: entities((c) => c.resolved.compounds),
    trials: entities((c) => c.resolved.trials),
    sources: derived((c) => c.sources.map((s) => ({ id: s.file, ...s }))),
  };
}
