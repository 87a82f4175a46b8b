import { InputError } from '../../lib/calc/errors';

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

/** Reads a number input: an empty box is NaN, so the calculator reports it rather than guessing. */
export function numberFrom(value: string): number {
	return value.trim() === '' ? Number.NaN : Number(value);
}
