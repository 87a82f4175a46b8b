export * from './types';
export * from './modes';
export * from './packet-path';
export * from './outside';
export * from './mermaid';
export * from './decision-tree';
