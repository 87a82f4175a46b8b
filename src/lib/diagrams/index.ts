export * from './types';
export * from './modes';
export { modeNames, modeName, modeNameOfOption, type ModeId, type ModeName } from './mode-names';
export * from './packet-path';
export * from './outside';
export * from './mermaid';
export * from './decision-tree';
