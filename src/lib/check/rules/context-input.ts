import { defineCheckRule } from '../define-rule';

/** The optional context the reader typed can be read. */
export const contextInput = defineCheckRule({
	id: 'context-input',
	severity: 'warning',
	checks:
		'The Calico version and the optional context (nodes, pods per node, service CIDR, node network) can be read.',
	facts: [],
	run: (c) => c.contextHits,
});
