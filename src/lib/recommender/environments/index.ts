import type { EnvironmentId } from '../../catalog/environments';
import { awsRule } from './aws';
import { azureRule } from './azure';
import { googleCloudRule } from './google-cloud';
import { ibmCloudRule } from './ibm-cloud';
import { onPremRule } from './on-prem';
import { otherRule } from './other';
import type { Rule } from './types';

export type { Rule, Verdict } from './types';
export { notRoutableTradeoff } from './types';

/** The decision rule of each environment. */
export const rules: Readonly<Record<EnvironmentId, Rule>> = {
	'on-prem': onPremRule,
	aws: awsRule,
	azure: azureRule,
	'google-cloud': googleCloudRule,
	'ibm-cloud': ibmCloudRule,
	other: otherRule,
};
