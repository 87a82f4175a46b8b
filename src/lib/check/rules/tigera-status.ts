import { defineCheckRule } from '../define-rule';
import { facts } from '../../facts';
import { isRecord } from '../parse';

/** What a TigeraStatus reason usually means, and where to look first. */
const likelyCause: Record<string, string> = {
	InvalidConfigurationError:
		'the operator rejected the configuration: paste the Installation here to see which field, with the operator’s own rule.',
	ResourceValidationError:
		'a resource the operator manages failed its validation: the message names it; paste it here to check it.',
	ResourceNotReady:
		'a component’s pods are not ready yet, or not at all: kubectl get pods -n calico-system, then the logs of the one that is not ready.',
	PodFailure:
		'a component’s pod is failing: kubectl get pods -n calico-system, then kubectl describe and logs of the failing pod.',
	CertificateError:
		'a certificate a component uses is missing, expired or does not match: check the secrets the message names.',
	CertificateReadError: 'the operator could not read a certificate secret the message names.',
	ResourceMigrationError:
		'moving a cluster installed from Calico’s manifest to the operator stopped part-way: the message says which step.',
	MigrationError: 'a migration the operator runs stopped: the message says which step.',
	UpgradeError: 'an upgrade step failed: the message says which; the operator retries it.',
	ResourceCreateError:
		'the operator could not create a resource: often RBAC, or an admission webhook.',
	ResourceUpdateError:
		'the operator could not update a resource: often a webhook, or a field it may not change.',
	ResourceReadError:
		'the operator could not read a resource it needs: often RBAC or an API server problem.',
};

/** A TigeraStatus that says a component is degraded, explained. */
export const tigeraStatus = defineCheckRule({
	id: 'tigera-status',
	severity: 'warning',
	checks:
		'A TigeraStatus with a Degraded condition that is True is explained: the reason, the operator’s message, and where to look first.',
	facts: ['tigeraStatusDegraded'],
	run: (c) =>
		c.paste.statuses.flatMap((status) =>
			status.conditions
				.filter(
					(condition) =>
						isRecord(condition) &&
						condition.type === facts.tigeraStatusDegraded.value &&
						String(condition.status) === 'True'
				)
				.map((condition) => {
					const reason = typeof condition.reason === 'string' ? condition.reason : 'Unknown';
					const said = typeof condition.message === 'string' ? condition.message.trim() : '';
					return {
						key: status.name || `${status.line}`,
						line: status.line,
						message: `The operator reports ${status.name || 'a component'} degraded (${reason})${said ? `: “${said}”` : '.'}`,
						reason: `Likely cause: ${likelyCause[reason] ?? 'the message says what the operator could not do; kubectl get tigerastatus and the operator’s log (kubectl logs -n tigera-operator deploy/tigera-operator) say more.'}`,
					};
				})
		),
});
