import { testRule } from '../rule-tester';
import { installation, v3 } from '../yaml';

const wireguard = v3('FelixConfiguration', 'default', '{wireguardEnabled: true}');

testRule('windows-wireguard', {
	valid: [
		{
			name: 'WireGuard, no Windows nodes',
			input: { text: installation('10.0.0.0/16 VXLAN') + wireguard, windows: 'no', ipv6: 'no' },
			quiet: true,
		},
	],
	invalid: [
		{
			name: 'Windows nodes with WireGuard turned on are an error',
			input: { text: installation('10.0.0.0/16 VXLAN') + wireguard, windows: 'yes' },
			severity: 'error',
			fix: /wireguardEnabled: false/,
		},
		{
			name: 'WireGuard, not sure about Windows',
			input: { text: installation('10.0.0.0/16 VXLAN') + wireguard, windows: 'unsure', ipv6: 'no' },
			severity: 'info',
			alone: true,
		},
	],
});
