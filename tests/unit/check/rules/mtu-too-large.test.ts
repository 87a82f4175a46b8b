import { testRule } from '../rule-tester';
import { installation, strictAffinity } from '../yaml';

testRule('mtu-too-large', {
	valid: [
		{
			name: 'plain VXLAN on Azure with an MTU that fits passes',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN', '    bgp: Disabled\n    mtu: 1450\n') + strictAffinity,
				env: 'azure',
				windows: 'yes',
				ipv6: 'no',
			},
			quiet: true,
		},
	],
	invalid: [
		{
			name: 'an MTU of 1500 with VXLAN on Azure is too large',
			input: { text: installation('10.0.0.0/16 VXLAN', '    mtu: 1500\n'), env: 'azure' },
			severity: 'warning',
			fix: /mtu: 1450\n/,
		},
		{
			name: 'an MTU no network carries is an error',
			input: { text: installation('10.0.0.0/16 VXLAN', '    mtu: 70000\n') },
			severity: 'error',
			message: /must be a whole number from 576 to 9216/,
		},
	],
});
