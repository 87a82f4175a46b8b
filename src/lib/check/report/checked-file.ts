import type { CheckResult } from '../types';

/** One file the command line checked: its name as given, and the checker's answer (or why it could not be read). */
export interface CheckedFile {
	file: string;
	result: CheckResult;
}
