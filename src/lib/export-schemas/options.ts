import { z } from 'zod';
import { environmentIds, type ManagedService } from '../catalog/environments';
import { optionIds } from '../catalog/options';
import type {
	AddressUse,
	EncapsulationInfo,
	EncapsulationScope,
	OptionTuple,
	RouteSource,
} from '../catalog/option-types';
import type { Wrapper } from '../catalog/encapsulation';
import { exportFormatVersion } from '../exports';
import { byRelease, exportHeader, ids, isoDate, members, sourcesOf } from './common';

const optionId = z.enum(ids(optionIds, 'options'));
const environmentId = z.enum(environmentIds);
const managedService = z.enum(members<ManagedService>()(['EKS', 'AKS', 'GKE', 'IKS', 'OKE']));

/** How the overlay is written: `Overlay:<value>` or `Cross-subnet:<value>`, and never both. */
const overlayKeys = ['Overlay', 'Cross-subnet'] as const;

const tuple = z
	.strictObject({
		Policy: z.literal('Calico').describe('The network policy engine: always Calico in this guide.'),
		IPAM: z
			.enum(members<OptionTuple['IPAM']>()(['Calico', 'AWS', 'Azure', 'Host Local', 'OCI']))
			.describe('Who hands out pod addresses, in upstream’s words.'),
		CNI: z
			.enum(members<OptionTuple['CNI']>()(['Calico', 'AWS', 'Azure', 'OCI']))
			.describe('The CNI plugin that wires pods to the node, in upstream’s words.'),
		Overlay: z
			.enum(members<NonNullable<OptionTuple['Overlay']>>()(['No', 'Yes', 'VXLAN', 'IPIP']))
			.optional()
			.describe(
				'Whether, and how, pod traffic is wrapped between every pair of nodes; or Cross-subnet instead.'
			),
		'Cross-subnet': z
			.enum(members<NonNullable<OptionTuple['Cross-subnet']>>()(['VXLAN', 'IPIP']))
			.optional()
			.describe(
				'The header pod traffic is wrapped in when it crosses a subnet, and only then; or Overlay instead.'
			),
		Routing: z
			.enum(members<OptionTuple['Routing']>()(['BGP', 'Calico', 'VPC Native', 'Flannel']))
			.describe('Who routes pod traffic between nodes, in upstream’s words.'),
	})
	.refine((fields) => overlayKeys.filter((key) => fields[key] !== undefined).length === 1, {
		message: 'A tuple sets exactly one of Overlay and Cross-subnet.',
	})
	// A refinement has no JSON Schema form, so the rule is written out for the JSON Schema by hand.
	.meta({ oneOf: overlayKeys.map((key) => ({ required: [key] })) })
	.describe(
		'The five fields of Calico’s upstream tuple, with upstream’s keys and values; exactly one of Overlay and Cross-subnet is set.'
	);

const encapsulation = z
	.strictObject({
		scope: z
			.enum(members<EncapsulationScope>()(['never', 'always', 'cross-subnet']))
			.describe(
				'When pod traffic is wrapped: never, always between nodes, or only between subnets.'
			),
		wrapper: z
			.enum(members<Wrapper>()(['ipip', 'vxlan', 'wireguard']))
			.nullable()
			.describe('The header added, or null when nothing wraps the traffic.'),
		by: z
			.enum(members<NonNullable<EncapsulationInfo['by']>>()(['Calico', 'Flannel']))
			.nullable()
			.describe('Who adds the header, or null when nothing wraps the traffic.'),
		overheadBytes: z
			.strictObject({
				ipv4: z.int().nonnegative().describe('Bytes the header adds to an IPv4 packet.'),
				ipv6: z
					.int()
					.nonnegative()
					.nullable()
					.describe(
						'Bytes the header adds to an IPv6 packet, or null where the header has no IPv6 form.'
					),
			})
			.describe('Bytes the wrapper adds to each packet, by IP version (0 when nothing wraps).'),
	})
	.describe(
		'Whether pod traffic is wrapped between nodes, in what, by whom and at what cost in bytes.'
	);

const underlayRequirement = z
	.strictObject({
		env: environmentId
			.optional()
			.describe(
				'The only environment the requirement applies in; left out when it applies in all.'
			),
		text: z
			.string()
			.describe(
				'The requirement in words that hold for every supported release (naming where they differ).'
			),
		byRelease: byRelease(z.string(), 'The requirement in words')
			.optional()
			.describe(
				'The requirement release by release; left out when it reads the same in every release.'
			),
	})
	.describe('Something the network under the cluster must allow or provide.');

const properties = z
	.strictObject({
		routable: z
			.boolean()
			.describe('True when pod IPs are reachable from outside the cluster without NAT.'),
		reach: z.string().describe('How far pod IPs reach, in a few words.'),
		encapsulation,
		needsBgp: z.boolean().describe('True when BGP carries the pod routes in the newest release.'),
		needsBgpByRelease: byRelease(z.boolean(), 'Whether the option needs BGP'),
		routes: z
			.enum(members<RouteSource>()(['BGP', 'Calico', 'cloud', 'Flannel']))
			.describe('Who tells the network where each pod lives.'),
		underlay: z
			.array(underlayRequirement)
			.describe('What the network underneath must allow or provide.'),
		cloudDependency: z
			.string()
			.nullable()
			.describe('What the option ties you to in the cloud, or null when nothing.'),
		requiresManaged: managedService
			.nullable()
			.describe(
				'The managed Kubernetes service the option needs, or null when it also runs on Kubernetes you run yourself.'
			),
		installable: z
			.strictObject({
				managed: z
					.array(managedService)
					.describe('The managed Kubernetes services it installs on.'),
				selfManaged: z.boolean().describe('True when it installs on Kubernetes you run yourself.'),
			})
			.describe('Where the option can be installed.'),
		retiring: z
			.strictObject({
				date: isoDate.describe('When it is retired (YYYY-MM-DD).'),
				note: z.string().describe('Why, and what replaces it.'),
			})
			.nullable()
			.describe('Set when the option is on its way out; null otherwise.'),
		addresses: z
			.strictObject({
				ipam: z
					.enum(members<AddressUse['ipam']>()(['calico-blocks', 'host-local-24', 'cloud-network']))
					.describe('Where pod addresses come from.'),
				consumesUnderlayAddresses: z
					.boolean()
					.describe('True when every pod takes an address from the underlying (cloud) network.'),
				summary: z.string().describe('How the option spends addresses, in a sentence or two.'),
			})
			.describe('How the option spends IP addresses.'),
		podDensity: z
			.string()
			.nullable()
			.describe('What caps pods per node, or null when only Kubernetes does.'),
	})
	.describe(
		'What the option is like: routing, wrapping, requirements, where it installs, addresses.'
	);

const option = z
	.strictObject({
		id: optionId.describe('The option’s id, as the recommender and the other exports name it.'),
		name: z.string().describe('The option’s name as the guide shows it.'),
		summary: z.string().describe('One sentence that tells this option apart from the others.'),
		details: z
			.string()
			.describe('The tuple as upstream writes it: `Policy:…,IPAM:…,CNI:…,Overlay:…,Routing:…`.'),
		tuple,
		environments: z
			.array(environmentId)
			.describe('The environments where the guide lists the option.'),
		recommendable: z
			.boolean()
			.describe('False for options the guide describes but never recommends.'),
		properties,
		notes: z.array(z.string()).describe('Further things worth knowing about the option.'),
		sources: sourcesOf('the option and its properties', true),
	})
	.describe('One way to network a cluster with Calico.');

/** The shape of `/api/options.json`: every networking option with its tuple and properties. */
export const optionsSchema = z
	.strictObject({
		...exportHeader('options', exportFormatVersion),
		options: z.array(option).describe('Every networking option, in the guide’s order.'),
	})
	.describe(
		'Every networking option the Calico Networking Guide describes, with its tuple and properties.'
	);
