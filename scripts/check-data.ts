// `npm run check:data [-- --root DIR]`: validates data/ against its schemas and cross-references.
import { formatError } from '../src/domain';
import { loadDataset } from './load-data';

const i = process.argv.indexOf('--root');
const root = i > 0 ? process.argv[i + 1] : undefined;
const { dataset, errors, notices } = loadDataset({ root });
for (const n of notices) console.log(`check:data: ${n}`);
if (!dataset) {
  for (const e of errors) console.error(formatError(e));
  console.error(`check:data: ${errors.length} error(s); nothing was built.`);
  process.exit(1);
}
const events = dataset.claims.reduce((n, c) => n + c.events.length, 0);
console.log(`check:data: ok — ${dataset.sources.length} sources, ${dataset.claims.length} claims, ${events} events, ${dataset.gains.months.length} months of gains, ${dataset.corrections.length} corrections`);
