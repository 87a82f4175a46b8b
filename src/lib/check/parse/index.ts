/** Reading the paste: YAML documents, each a Kubernetes resource (or List) of a kind the checker understands. */
export { parsePaste } from './yaml-documents';
export { understoodKinds, type UnderstoodKind } from './kinds';
export { isRecord, type ParsedPaste, type ParsedResource } from './types';
