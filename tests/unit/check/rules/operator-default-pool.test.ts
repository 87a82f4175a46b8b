import { testRule } from '../rule-tester';
import { bare, installation } from '../yaml';

testRule('operator-default-pool', {
	valid: [
		{
			name: 'an Installation that lists its pool',
			input: { text: installation('10.0.0.0/16 VXLAN') },
		},
	],
	invalid: [
		{
			name: 'an Installation with no pools says which pool the operator creates',
			input: { text: bare('{}') },
			severity: 'info',
			message: /creates default-ipv4-ippool with CIDR 192\.168\.0\.0\/16 and encapsulation IPIP/,
		},
	],
});
