/** The configuration checker: reads pasted Calico YAML and reports what breaks, with fixes and moves. */
export { checkConfiguration } from './check';
export { checkRules, ruleSources, type ConfigRule } from './rules';
export { parsePaste, understoodKinds, type ParsedPaste, type ParsedResource } from './parse';
export { knownFields, type FieldTree } from './fields';
export { editDistance, closestName } from './near-miss';
export { matchOption, optionsWith, optionForPool, type MatchInput } from './match';
export { cidrsOverlap } from './cidrs';
export { checkRulesExport } from './export';
export * from './share';
export * from './types';
export { moveLabels, moveBetween } from './moves';
