import { sources } from '../facts';
import type { CheckContext } from './context';
import { unknownFieldHits } from './fields';
import { understoodKinds } from './parse';
import type { CheckRule } from './types';

type Rule = CheckRule<CheckContext>;

/** Rules about the paste itself: empty, not YAML, not a Calico resource, unknown fields, a missing Installation. */
export const inputRules: readonly Rule[] = [
	{
		id: 'empty-paste',
		severity: 'info',
		checks: 'The paste holds something to check.',
		facts: [],
		run: (c) => c.paste.hits['empty-paste'],
	},
	{
		id: 'yaml-syntax',
		severity: 'error',
		checks: 'Each document of the paste reads as YAML; an error gives its line and column.',
		facts: [],
		run: (c) => c.paste.hits['yaml-syntax'],
	},
	{
		id: 'unknown-kind',
		severity: 'warning',
		checks: `Each document is a resource the checker understands: ${Object.keys(understoodKinds).join(', ')}.`,
		facts: [],
		run: (c) => c.paste.hits['unknown-kind'],
	},
	{
		id: 'unknown-field',
		severity: 'warning',
		checks:
			'Every field is one the resource has; a field it does not know is named with the closest one it does.',
		facts: [],
		sources: [sources.operatorValidation, sources.ipPoolPage, sources.felixConfigPage],
		run: (c) => c.paste.resources.flatMap(unknownFieldHits),
	},
	{
		id: 'context-input',
		severity: 'warning',
		checks: 'The optional context (nodes, pods per node, service CIDR, node network) can be read.',
		facts: [],
		run: (c) => c.contextHits,
	},
	{
		id: 'no-installation',
		severity: 'info',
		checks:
			'The paste has an operator Installation, which most checks (and the option it amounts to) need.',
		facts: [],
		run: (c) =>
			c.installation || c.paste.resources.length === 0
				? []
				: [
						{
							message:
								'There is no operator Installation in the paste, so only the checks of the other resources ran.',
							reason:
								'The Installation says which CNI, IPAM, pools and BGP the cluster uses; `kubectl get installation default -o yaml` prints it.',
						},
					],
	},
];
