import { testRule } from '../rule-tester';

/** A TigeraStatus as `kubectl get tigerastatus calico -o yaml` prints it (conditions of operator.tigera.io/v1). */
const status = (
	degraded: 'True' | 'False',
	reason: string,
	message: string
) => `apiVersion: operator.tigera.io/v1
kind: TigeraStatus
metadata:
  name: calico
status:
  conditions:
  - type: Available
    status: "${degraded === 'True' ? 'False' : 'True'}"
    reason: AllObjectsAvailable
  - type: Degraded
    status: "${degraded}"
    reason: ${reason}
    message: "${message}"
`;

testRule('tigera-status', {
	valid: [
		{
			name: 'a TigeraStatus that is not degraded',
			input: { text: status('False', 'AllObjectsAvailable', '') },
		},
	],
	invalid: [
		{
			name: 'an invalid configuration is explained, with the operator’s message',
			input: {
				text: status(
					'True',
					'InvalidConfigurationError',
					'Error validating CNI config: spec.calicoNetwork.bgp is Disabled but IPIP is set'
				),
			},
			severity: 'warning',
			message:
				/^The operator reports calico degraded \(InvalidConfigurationError\): “Error validating CNI config/,
		},
		{
			name: 'pods that are not ready say where to look',
			input: {
				text: status(
					'True',
					'ResourceNotReady',
					'DaemonSet calico-system/calico-node is not available'
				),
			},
			severity: 'warning',
			message: /ResourceNotReady/,
		},
	],
});
