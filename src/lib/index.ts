/**
 * The decision library: every networking option, the questions, `recommend()`, the decision table,
 * calculators, configuration and URL state. Pure TypeScript, so it runs the same in Node, tests and browsers.
 */
export * from './facts';
export * from './environments';
export * from './installable';
export * from './blockers';
export * from './wish-conflicts';
export * from './platform-notes';
export * from './costs';
export * from './compare-two';
export * from './result-words';
export * from './differences';
export { differenceRules, differenceRule, type DifferenceRule } from './difference-rules';
export * from './aws-notes';
export * from './encapsulation';
export * from './options';
export * from './option-notes';
export * from './questions';
export * from './recommend';
export * from './decision-table';
export * from './listings';
export * from './glance';
export * from './option-words';
export * from './comparison';
export * from './comparison-filters';
export * from './wrapper-comparison';
export * from './ipam-comparison';
export * from './url-state';
export * from './exports';
export * from './calc/errors';
export * from './calc/cidr';
export * from './calc/mtu';
export * from './calc/ip-plan';
export * from './calc/ip-plan-query';
export * from './calc/pool-fit';
export * from './calc/aws-pods';
export * from './config/generate';
export * from './config/validate';
export * from './config/types';
export * from './config/header';
export * from './config/steps';
export * from './config/sheet';
export * from './config/highlight';
export * from './diagrams';
export * from './api-fields';
export * from './migrations';
export * from './check';
