import { newestRelease, releaseOf, releaseText } from './releases';
import type { Source } from './types';

// Each link names the snapshot its fact was read at. Calico's code for the facts that did not change in 3.33
// and its docs were read at v3.32.1 and the 3.32 docs (checkedOn); what 3.33 changed cites its own files at
// release-v3.33. The operator is read at the tag that ships the newest release.
/** Calico's repository at the release most facts were read at. */
export const calicoRepo = `https://github.com/projectcalico/calico/blob/${releaseOf('3.32').patch}`;
/** Calico's docs of the release most facts were read in. */
export const calicoDocs = `https://docs.tigera.io/calico/${releaseOf('3.32').minor}`;
/** The operator's repository at the tag that ships the newest release. */
export const operatorRepo = `https://github.com/tigera/operator/blob/${newestRelease.operator}`;

/** A file of a public GitHub repository at the commit or branch it was read at (a commit shown by its first ten digits). */
export const repoFile = (repo: string, ref: string, path: string): Source => ({
	title: `${repo} ${ref.length === 40 ? ref.slice(0, 10) : ref} ${path}`,
	url: `https://github.com/${repo}/blob/${ref}/${path}`,
});

export const calicoFile = (path: string): Source => ({
	title: `projectcalico/calico ${path}`,
	url: `${calicoRepo}/${path}`,
});
// The CRDs the checker's fields are generated from (check/crd-fields.data.ts), at the ref each release's were
// read at: its tag, or its release branch where the snapshot read had no tag for the patch yet (v3.33.1,
// operator v1.40.17 and v1.44.1). tests/unit/check/crd-fields.test.ts holds these to the generated data.
export const calicoCrd = (ref: string, plural: string): Source => {
	const path = `libcalico-go/config/crd/crd.projectcalico.org_${plural}.yaml`;
	return {
		title: `projectcalico/calico ${ref} ${path}`,
		url: `https://github.com/projectcalico/calico/blob/${ref}/${path}`,
	};
};
export const installationCrd = (ref: string, folder: string): Source => {
	const path = `${folder}/operator.tigera.io_installations.yaml`;
	return {
		title: `tigera/operator ${ref} ${path}`,
		url: `https://github.com/tigera/operator/blob/${ref}/${path}`,
	};
};
export const calico331 = releaseOf('3.31').patch;
export const calico332 = releaseOf('3.32').patch;
export const calico333 = releaseOf('3.33').branch;
export const operatorBranch = (minor: '3.31' | '3.33') =>
	`release-v${releaseText(releaseOf(minor), 'operator-minor')}`;

export const calicoPage = (path: string, title: string): Source => ({
	title: `Calico docs: ${title}`,
	url: `${calicoDocs}/${path}`,
});
// What 3.33 brought is read in the 3.33 docs.
export const calicoPage333 = (path: string, title: string): Source => ({
	title: `Calico docs 3.33: ${title}`,
	url: `https://docs.tigera.io/calico/${releaseOf('3.33').minor}/${path}`,
});
export const calicoAt = (ref: string, path: string): Source => ({
	title: `projectcalico/calico ${ref} ${path}`,
	url: `https://github.com/projectcalico/calico/blob/${ref}/${path}`,
});
