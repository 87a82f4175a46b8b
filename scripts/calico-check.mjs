// Runs the command-line checker from the repository: bundles it (scripts/build-cli.mjs), then runs it with
// these arguments. npm run check-config -- --env aws calico.yaml
import { spawnSync } from 'node:child_process';
import { buildCli } from './build-cli.mjs';

const bundle = await buildCli();
const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
