// Runs the command-line checker from the repository: bundles it (scripts/build-cli.mjs), then runs it with
// these arguments. npm run check-config -- --env aws calico.yaml
import { runCli } from './build-cli.mjs';

process.exit(await runCli(process.argv.slice(2)));
