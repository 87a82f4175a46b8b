#!/usr/bin/env node
// The guide's command line in a clone, after npm ci: `npx calico-guide check [options] <file or directory …>`.
// It bundles the checker (scripts/build-cli.mjs) and runs it; the same bundle is the site's /calico-check.mjs.
import { runCli } from '../scripts/build-cli.mjs';

const usage = `Usage: npx calico-guide <command> [options]

Commands:
  check   check Calico configuration files or directories (npx calico-guide check --help lists its options)`;

const [command, ...rest] = process.argv.slice(2);
if (command === 'check') process.exit(await runCli(['check', ...rest]));
if (command === '--help' || command === '-h' || command === 'help') {
	console.log(usage);
	process.exit(0);
}
console.error(
	`calico-guide: ${command ? `${command} is not a command` : 'name a command'}; the one it has is check.\n\n${usage}`
);
process.exit(2);
