import { environmentIds, type EnvironmentId } from '../../catalog/environments';
import type { Answer } from '../../catalog/questions';
import { newestRelease, readRelease, type Release } from '../../facts';
import { severities, type Severity } from '../types';

/** The formats the command line writes. */
export const reportFormats = ['text', 'json', 'sarif', 'junit'] as const;

/** One of the formats the command line writes. */
export type ReportFormat = (typeof reportFormats)[number];

/** What the command line was asked to do. */
export interface CliOptions {
	files: string[];
	env: EnvironmentId;
	release: Release;
	format: ReportFormat;
	/** The least severe finding that fails the run; `never` never fails it. */
	failOn: Severity | 'never';
	windows: Answer;
	ipv6: Answer;
	nodes?: string;
	podsPerNode?: string;
	serviceCidr?: string;
	nodeCidr?: string;
	help: boolean;
}

/** The command line's usage, as --help prints it and a usage error ends with. */
export const usage = `Usage: node calico-check.mjs [check] [options] <file or directory …>
       npx calico-guide check [options] <file or directory …>   (in a clone of the guide, after npm ci)

Checks Calico configuration as the guide's checker page does: operator resources, Helm values for the
tigera-operator chart, Calico's manifest, or a kubectl get -o yaml dump. A directory is read for its
.yaml, .yml and .json files, all the way down (node_modules and directories whose names start with a dot
are left out); - reads standard input.

Options:
  --env <id>            where the cluster runs: ${environmentIds.join(', ')} (default: other)
  --calico <version>    the Calico version it runs, e.g. 3.32 (default: the newest)
  --format <format>     ${reportFormats.join(', ')} (default: text)
  --fail-on <severity>  exit 1 when a finding is this severe or more: error, warning, info, never (default: error)
  --windows <answer>    yes, no or unsure: whether nodes run Windows (default: unsure)
  --ipv6 <answer>       yes, no or unsure: whether pods need IPv6 (default: unsure)
  --nodes <n>           nodes in the cluster
  --pods-per-node <n>   pods per node
  --service-cidr <cidr> the cluster's service range
  --node-cidr <cidr>    the network the nodes' addresses come from
  --help                print this and exit

Exit status: 0 when nothing is at or above --fail-on, 1 when something is, 2 for a usage error or a file
that cannot be read.`;

/** The options read from the arguments, or what is wrong with them (a usage error: exit status 2). */
export type ReadArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

const answers: readonly Answer[] = ['yes', 'no', 'unsure'];

/** Reads the command line's arguments; never throws. */
export function readArgs(argv: readonly string[]): ReadArgs {
	const options: CliOptions = {
		files: [],
		env: 'other',
		release: newestRelease,
		format: 'text',
		failOn: 'error',
		windows: 'unsure',
		ipv6: 'unsure',
		help: false,
	};
	const fail = (message: string): ReadArgs => ({ ok: false, message });
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') {
			options.help = true;
			continue;
		}
		if (!arg.startsWith('--') || arg === '-') {
			options.files.push(arg);
			continue;
		}
		const [flag, inline] = arg.includes('=')
			? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
			: [arg, undefined];
		const value = inline ?? argv[++i];
		if (value === undefined) return fail(`${flag} needs a value.`);
		switch (flag) {
			case '--env':
				if (!(environmentIds as readonly string[]).includes(value))
					return fail(`--env ${value}: not an environment; choose ${environmentIds.join(', ')}.`);
				options.env = value as EnvironmentId;
				break;
			case '--calico': {
				const read = readRelease(value);
				if (!read.ok) return fail(`--calico ${read.message}`);
				options.release = read.release;
				break;
			}
			case '--format':
				if (!(reportFormats as readonly string[]).includes(value))
					return fail(`--format ${value}: choose ${reportFormats.join(', ')}.`);
				options.format = value as ReportFormat;
				break;
			case '--fail-on':
				if (value !== 'never' && !(severities as readonly string[]).includes(value))
					return fail(`--fail-on ${value}: choose ${severities.join(', ')} or never.`);
				options.failOn = value as Severity | 'never';
				break;
			case '--windows':
			case '--ipv6':
				if (!(answers as readonly string[]).includes(value))
					return fail(`${flag} ${value}: choose yes, no or unsure.`);
				options[flag === '--windows' ? 'windows' : 'ipv6'] = value as Answer;
				break;
			case '--nodes':
				options.nodes = value;
				break;
			case '--pods-per-node':
				options.podsPerNode = value;
				break;
			case '--service-cidr':
				options.serviceCidr = value;
				break;
			case '--node-cidr':
				options.nodeCidr = value;
				break;
			default:
				return fail(`${flag}: not an option of calico-check (--help lists them).`);
		}
	}
	if (!options.help && !options.files.length)
		return fail('Name at least one file to check, or - to read standard input.');
	return { ok: true, options };
}

/** True when a finding of this severity fails the run. */
export function failsRun(severity: Severity, failOn: CliOptions['failOn']): boolean {
	return failOn !== 'never' && severities.indexOf(severity) <= severities.indexOf(failOn);
}
