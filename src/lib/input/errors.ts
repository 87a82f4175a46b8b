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

/** A number, or the text of a number box as the reader typed it; the calculators read and check both. */
export type NumberInput = number | string;

/** Text that reads as a decimal number: digits with an optional sign, decimal point and exponent. */
const numericText = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** True for text with nothing but spaces in it: a box the reader left empty. */
export function isBlank(value: unknown): value is string {
	return typeof value === 'string' && value.trim() === '';
}

/** Reads a number box's text as its number when it is one; any other value is returned as given. */
export function readNumber(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	return numericText.test(text) ? Number(text) : value;
}

/** How a rejected value appears in a message: text in quotes, anything else as JavaScript writes it. */
export function shownValue(value: unknown): string {
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Returns `value` (a number, or a number box's text) when it is a whole number from `min` to `max`, else throws an `InputError` naming `label`. */
export function wholeNumber(
	field: string,
	label: string,
	value: unknown,
	min: number,
	max: number
): number {
	const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
	if (isBlank(value))
		throw new InputError(field, `${label} is empty: enter a whole number ${range}.`);
	const number = readNumber(value);
	if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max)
		throw new InputError(
			field,
			`${label} must be a whole number ${range} (got ${shownValue(number)}).`
		);
	return number;
}
