import { describe, expect, test } from 'vitest';
import { aksNetworkPolicyNote, eksHybridNodesNote } from '../../../src/lib/catalog/platform-notes';

describe('what the environment pages say about managed-service networking', () => {
	test.each([
		{
			note: 'AKS policy',
			text: aksNetworkPolicyNote.join(' '),
			says: 'Microsoft recommends Cilium',
		},
		{
			note: 'AKS policy',
			text: aksNetworkPolicyNote.join(' '),
			says: 'Windows nodes from 30 September 2026',
		},
		{
			note: 'AKS policy',
			text: aksNetworkPolicyNote.join(' '),
			says: 'Linux nodes from 30 September 2028',
		},
		{
			note: 'AKS policy',
			text: aksNetworkPolicyNote.join(' '),
			says: 'on Windows nodes Calico is the engine',
		},
		{
			note: 'EKS Hybrid Nodes',
			text: eksHybridNodesNote.join(' '),
			says: 'now supports Cilium only',
		},
		{
			note: 'EKS Hybrid Nodes',
			text: eksHybridNodesNote.join(' '),
			says: 'Other AWS pages still name Cilium and Calico',
		},
		{ note: 'EKS Hybrid Nodes', text: eksHybridNodesNote.join(' '), says: 'Cilium only' },
		{
			note: 'EKS Hybrid Nodes',
			text: eksHybridNodesNote.join(' '),
			says: 'cannot run the VPC CNI',
		},
	])('$note: “$says”', ({ text, says }) => {
		expect(text).toContain(says);
	});
});
