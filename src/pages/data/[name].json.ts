/** /data/filings.json, companies.json, compounds.json, trials.json and build-report.json. */
import type { APIContext } from 'astro';
import { type ExportName, exporters } from '../../site/export';

export function getStaticPaths() {
  return Object.keys(exporters).map((name) => ({ params: { name } }));
}

export async function GET({ params }: APIContext) {
  const data = await exporters[params.name as ExportName]();
  return new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
