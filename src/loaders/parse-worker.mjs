/**
 * One worker thread of the loader's parse pool (Piscina runs it). The parser
 * is TypeScript: tsx lets this thread import it as the build's thread does.
 */
import { register } from 'tsx/esm/api';

register();
const { parseAndKeep } = await import('../lib/parse-cache.ts');

/** @param {{ jobs: import('../lib/corpus.ts').ParseJob[], dir: string }} task */
export default ({ jobs, dir }) => jobs.map((job) => parseAndKeep(job, dir));
