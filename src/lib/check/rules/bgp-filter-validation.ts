import { defineCheckRule } from '../define-rule';
import { apiRefusal, bgpApiSources, type CheckedBy } from '../api/refusal';
import { isRecord } from '../parse';
import { parseCidr } from '../../input/cidr';
import { placeOf, resourceName, resourcesOf, specOf, textOf } from '../resources';
import type { RuleHit } from '../types';

type Entry = Record<string, unknown>;

/** The four lists of a BGPFilter, with the IP family their entries match. */
const lists = [
	['exportV4', 4],
	['importV4', 4],
	['exportV6', 6],
	['importV6', 6],
] as const;

const operators = ['Equal', 'NotEqual', 'In', 'NotIn'];
const actions = ['Accept', 'Reject'];

function cidrFamily(value: unknown): 4 | 6 | null {
	try {
		return parseCidr(value).family;
	} catch {
		return null;
	}
}

/** What is wrong with one entry of a list, each with the field it concerns and who checks it. */
function entryFaults(
	entry: Entry,
	family: 4 | 6
): { field: string; by: CheckedBy; says: string }[] {
	const faults: { field: string; by: CheckedBy; says: string }[] = [];
	const cidr = textOf(entry.cidr);
	const operator = textOf(entry.matchOperator);
	if (Boolean(cidr) !== Boolean(operator))
		faults.push({
			field: cidr ? 'cidr' : 'matchOperator',
			by: 'crd',
			says: 'sets one of cidr and matchOperator; they go together',
		});
	if (entry.prefixLength !== undefined && !cidr)
		faults.push({ field: 'prefixLength', by: 'crd', says: 'sets prefixLength without a cidr' });
	if (cidr && cidrFamily(cidr) !== family)
		faults.push({
			field: 'cidr',
			by: 'validator',
			says: `has cidr "${cidr}", which is not an IPv${family} network`,
		});
	if (operator && !operators.includes(operator))
		faults.push({
			field: 'matchOperator',
			by: 'validator',
			says: `has matchOperator ${operator}; it is one of ${operators.join(', ')}`,
		});
	const action = textOf(entry.action);
	if (!actions.includes(action))
		faults.push({
			field: 'action',
			by: 'validator',
			says: action
				? `has action ${action}; it is Accept or Reject`
				: 'has no action (Accept or Reject)',
		});
	const length = isRecord(entry.prefixLength) ? entry.prefixLength : {};
	const most = family === 4 ? 32 : 128;
	for (const end of ['min', 'max'] as const) {
		const value = length[end];
		if (
			value !== undefined &&
			!(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= most)
		)
			faults.push({
				field: `prefixLength.${end}`,
				by: 'validator',
				says: `has prefixLength.${end} ${JSON.stringify(value)}; it is a whole number from 0 to ${most}`,
			});
	}
	if (Array.isArray(entry.operations) && entry.operations.length && action !== 'Accept')
		faults.push({
			field: 'operations',
			by: 'crd',
			says: 'has operations with an action other than Accept; only accepted routes are changed',
		});
	return faults;
}

/** A BGPFilter passes the rules of its API. */
export const bgpFilterValidation = defineCheckRule({
	id: 'bgp-filter-validation',
	severity: 'error',
	checks:
		'Each entry of a BGPFilter passes the rules of its API: cidr and matchOperator together, prefixLength only with a cidr of the list’s IP family and within its range, an action of Accept or Reject, operations only with Accept.',
	facts: [],
	sources: bgpApiSources,
	run: (c) =>
		resourcesOf(c, 'BGPFilter').flatMap((filter) => {
			const spec = specOf(filter);
			const name = resourceName(filter);
			const hits: RuleHit[] = [];
			for (const [list, family] of lists) {
				const entries = Array.isArray(spec[list]) ? (spec[list] as unknown[]) : [];
				entries.forEach((entry, i) => {
					if (!isRecord(entry)) return;
					for (const fault of entryFaults(entry, family)) {
						const path = `spec.${list}[${i}].${fault.field}`;
						hits.push({
							key: `${filter.line}:${list}[${i}].${fault.field}`,
							...placeOf(filter, path),
							message: `${name}: ${list} entry ${i + 1} ${fault.says}.`,
							reason: apiRefusal(c.release, filter.apiVersion, fault.by),
						});
					}
				});
			}
			return hits;
		}),
});
