import { defineCheckRule } from '../define-rule';
import { facts } from '../../facts';
import { felixFix } from '../fix-yaml';
import { windowsOpening, windowsSeverity, windowsUnsupported } from '../windows';

const wireguardFields = [facts.wireguardFields.value.ipv4, facts.wireguardFields.value.ipv6];

/** With Windows nodes, WireGuard is off. */
export const windowsWireguard = defineCheckRule({
	id: 'windows-wireguard',
	severity: 'error',
	checks:
		'With Windows nodes, no FelixConfiguration turns on WireGuard (a note when the reader is not sure).',
	facts: ['windowsNoWireguard', 'wireguardFields'],
	run: (c) => {
		const severity = windowsSeverity(c);
		const on = wireguardFields.filter((field) => c.felix.some((spec) => spec[field] === true));
		if (!severity || on.length === 0) return [];
		return [
			{
				severity,
				message: `${windowsOpening(c)}, but the FelixConfiguration turns on WireGuard (${on.map((f) => `${f}: true`).join(', ')}).`,
				reason: windowsUnsupported('WireGuard encryption'),
				fix: felixFix(Object.fromEntries(on.map((field) => [field, false]))),
			},
		];
	},
});
