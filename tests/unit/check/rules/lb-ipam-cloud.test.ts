import { testRule } from '../rule-tester';
import { ipPool, v3 } from '../yaml';

const lbPool = v3('IPPool', 'lb', '{cidr: 10.50.0.0/24, allowedUses: [LoadBalancer]}');
const kcc = (mode: string) =>
	v3(
		'KubeControllersConfiguration',
		'default',
		`{controllers: {loadBalancer: {assignIPs: ${mode}}}}`
	);

testRule('lb-ipam-cloud', {
	valid: [
		{ name: 'a LoadBalancer pool on premises', input: { text: lbPool } },
		{
			name: 'on AWS, with RequestedServicesOnly',
			input: { text: lbPool + kcc('RequestedServicesOnly'), env: 'aws' },
		},
		{
			name: 'on AWS, with no LoadBalancer pool',
			input: { text: ipPool('{cidr: 10.244.0.0/16}') + kcc('AllServices'), env: 'aws' },
		},
	],
	invalid: [
		{
			name: 'on Azure, a LoadBalancer pool and the default AllServices',
			input: { text: lbPool, env: 'azure' },
			severity: 'warning',
			message: /assignIPs is AllServices by default/,
			fix: /RequestedServicesOnly/,
		},
		{
			name: 'on AWS, a LoadBalancer pool and AllServices said outright',
			input: { text: lbPool + kcc('AllServices'), env: 'aws' },
			severity: 'warning',
			message: /KubeControllersConfiguration default sets assignIPs: AllServices/,
		},
	],
});
