/** A calculator input a reader gave that cannot be used; `field` names the input, the message says how to fix it. */
export class InputError extends Error {
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
		this.name = 'InputError';
	}
}

/** Returns `value` when it is a whole number from `min` to `max`, else throws an `InputError` naming `label`. */
export function wholeNumber(
	field: string,
	label: string,
	value: unknown,
	min: number,
	max: number
): number {
	const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
		throw new InputError(field, `${label} must be a whole number ${range} (got ${shown}).`);
	}
	return value;
}
