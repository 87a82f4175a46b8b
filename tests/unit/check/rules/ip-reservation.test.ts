import { testRule } from '../rule-tester';
import { ipPool, v3 } from '../yaml';

const pods = ipPool('{cidr: 10.244.0.0/16, vxlanMode: Always}');
const reserve = (ranges: string) => v3('IPReservation', 'keep', `{reservedCIDRs: [${ranges}]}`);

testRule('ip-reservation', {
	valid: [
		{
			name: 'one address and a /24 inside the pool',
			input: { text: pods + reserve('10.244.0.1/32, 10.244.8.0/24') },
		},
		{
			name: 'a reservation with no pool in the paste to compare',
			input: { text: reserve('10.1.0.0/24') },
		},
		{
			name: 'on 3.31, a bare address (Calico’s validator reads it as one address)',
			input: { text: pods + reserve('10.244.0.9'), calico: '3.31' },
		},
	],
	invalid: [
		{
			name: 'from 3.32, a bare address, which the CRD’s cidr format refuses',
			input: { text: pods + reserve('10.244.0.9'), calico: '3.32' },
			severity: 'error',
			message: /"10\.244\.0\.9" is an address without a prefix length; write 10\.244\.0\.9\/32/,
			reason: /From Calico 3\.32 the IPReservation CRD takes CIDRs only/,
		},
		{
			name: 'a range that is not an address at all',
			input: { text: pods + reserve('10.244.0.0/33') },
			severity: 'error',
			message: /IPReservation keep: "10\.244\.0\.0\/33" is not a CIDR/,
		},
		{
			name: 'a range outside every pool',
			input: { text: pods + reserve('192.168.5.0/24') },
			severity: 'info',
			message: /192\.168\.5\.0\/24 is in none of the pools in the paste/,
		},
		{
			name: 'a range that takes the whole pool',
			input: { text: pods + reserve('10.0.0.0/8') },
			severity: 'warning',
			message: /reserves the whole of IPPool pods \(10\.244\.0\.0\/16\)/,
		},
	],
});
