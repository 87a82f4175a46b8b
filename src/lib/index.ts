/**
 * The decision library: every networking option, the questions, `recommend()`, the decision table,
 * calculators, configuration and URL state. Pure TypeScript, so it runs the same in Node, tests and browsers.
 */
export * from './facts';
export * from './catalog/environments';
export * from './catalog/distributions';
export { distributionFacts, type DistributionFactId } from './facts/distributions';
export * from './catalog/distribution-notes';
export * from './catalog/installable';
export * from './recommender/blockers';
export * from './catalog/wish-conflicts';
export * from './catalog/platform-notes';
export * from './recommender/costs';
export * from './recommender/compare';
export * from './recommender/result-words';
export * from './recommender/differences';
export {
	differenceRules,
	differenceRule,
	type DifferenceRule,
} from './recommender/difference-rules';
export * from './catalog/aws-notes';
export * from './catalog/encapsulation';
export * from './catalog/bgp-need';
export * from './catalog/retirements';
export * from './catalog/options';
export * from './catalog/option-notes';
export * from './catalog/questions';
export * from './recommender/recommend';
export * from './recommender/decision-table';
export * from './recommender/install';
export * from './catalog/distribution-names';
export * from './words/listings';
export * from './words/glance';
export * from './catalog/option-words';
export * from './words/matrix';
export { guideChanges, type GuideChange, type ChangeKind } from './words/changes';
export * from './words/matrix-filters';
export * from './words/wrapper-table';
export * from './words/ipam-table';
export * from './url/state';
export * from './exports';
export * from './input/errors';
export * from './input/cidr';
export * from './calc/mtu';
export * from './calc/ip-plan';
export * from './calc/ip-plan-query';
export * from './operator/pool-fit';
export * from './calc/aws-pods';
export * from './config/generate';
export * from './operator/validate';
export * from './operator/cluster-routes';
export * from './operator/types';
export * from './config/header';
export * from './config/steps';
export * from './config/sheet';
export * from './config/highlight';
export * from './diagrams';
export * from './operator/api-fields';
export * from './migrate';
export * from './check';
export * from './words/distribution-page';
