import { testRule } from '../rule-tester';
import { installation, strictAffinity, v3 } from '../yaml';

testRule('windows-ebpf', {
	valid: [
		{
			name: 'the eBPF dataplane with no Windows nodes',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    linuxDataplane: BPF\n'),
				windows: 'no',
			},
		},
	],
	invalid: [
		{
			name: 'Windows nodes with the eBPF dataplane are an error',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    linuxDataplane: BPF\n'),
				windows: 'yes',
			},
			severity: 'error',
			message: /linuxDataplane is BPF/,
		},
		{
			name: 'bpfEnabled in FelixConfiguration, Windows nodes',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN') +
					v3('FelixConfiguration', 'default', '{bpfEnabled: true}') +
					strictAffinity,
				windows: 'yes',
				ipv6: 'no',
			},
			severity: 'error',
			alone: true,
		},
	],
});
