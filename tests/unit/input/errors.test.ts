import { describe, expect, test } from 'vitest';
import { InputError, isBlank, readNumber, wholeNumber } from '../../../src/lib';

describe('reading a whole number from a number or a box’s text', () => {
	test.each([
		[12, 12],
		['12', 12],
		[' 12 ', 12],
		['+12', 12],
		['1e1', 10],
	])('accepts %j as %i', (value, expected) => {
		expect(wholeNumber('n', 'The count', value, 1, 100)).toBe(expected);
	});

	test.each([
		['', 'The count is empty: enter a whole number from 1 to 100.'],
		['   ', 'The count is empty: enter a whole number from 1 to 100.'],
		['abc', 'The count must be a whole number from 1 to 100 (got "abc").'],
		['0x10', 'The count must be a whole number from 1 to 100 (got "0x10").'],
		['12 pods', 'The count must be a whole number from 1 to 100 (got "12 pods").'],
		['2.5', 'The count must be a whole number from 1 to 100 (got 2.5).'],
		['101', 'The count must be a whole number from 1 to 100 (got 101).'],
		[0, 'The count must be a whole number from 1 to 100 (got 0).'],
		[Number.NaN, 'The count must be a whole number from 1 to 100 (got NaN).'],
		[undefined, 'The count must be a whole number from 1 to 100 (got undefined).'],
	])('refuses %j, saying what to enter', (value, message) => {
		expect(() => wholeNumber('n', 'The count', value, 1, 100)).toThrow(
			new InputError('n', message)
		);
	});

	test('with no upper bound, says “or more” instead of a range', () => {
		expect(() => wholeNumber('n', 'The count', '', 1, Number.MAX_SAFE_INTEGER)).toThrow(
			'The count is empty: enter a whole number 1 or more.'
		);
	});

	test.each([
		['', true],
		[' \t', true],
		['0', false],
		[0, false],
		[undefined, false],
	])('%j is a blank box: %s', (value, blank) => {
		expect(isBlank(value)).toBe(blank);
	});

	test.each([
		['42', 42],
		['-7', -7],
		['.5', 0.5],
		['abc', 'abc'],
		[42, 42],
		[null, null],
	])('reads %j as %j', (value, read) => {
		expect(readNumber(value)).toBe(read);
	});
});
