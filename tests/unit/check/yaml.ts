/** YAML the checker's tests paste: Installations, Calico resources and a FelixConfiguration for AWS. */

/** An Installation with Calico CNI and IPAM and one pool ("CIDR encapsulation"), with extra network and spec lines. */
export function installation(pool: string, network = '', spec = '') {
	return `apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
${spec}  cni:
    type: Calico
    ipam:
      type: Calico
  calicoNetwork:
${network}    ipPools:
      - cidr: ${pool.split(' ')[0]}
        encapsulation: ${pool.split(' ')[1]}
        natOutgoing: Enabled
`;
}

/** A FelixConfiguration that turns the AWS source/destination check off. */
export const felixSrcDst = `---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata:
  name: default
spec:
  awsSrcDstCheck: Disable
`;

/** A resource of projectcalico.org/v3 with this kind, name and spec (flow style). */
export const v3 = (kind: string, name: string, spec: string) =>
	`---\napiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: ${spec}\n`;

/** An Installation with only a spec (flow style), as short pastes write it. */
export const bare = (spec: string) =>
	`apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec: ${spec}\n`;

/** An IPAMConfiguration that keeps every block to its node (what Windows nodes need). */
export const strictAffinity = v3('IPAMConfiguration', 'default', '{strictAffinity: true}');

/** An IPPool named `pods` with this spec (flow style). */
export const ipPool = (spec: string) => v3('IPPool', 'pods', spec);
