import { InputError } from '../../lib/input/errors';

/** Runs a calculator; an `InputError` becomes a message for the reader instead of a crash. */
export function runCalc<T>(
	calc: () => T
): { result: T; error: null } | { result: null; error: InputError } {
	try {
		return { result: calc(), error: null };
	} catch (error) {
		if (error instanceof InputError) return { result: null, error };
		throw error;
	}
}
