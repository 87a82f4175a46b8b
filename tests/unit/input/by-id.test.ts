import { describe, expect, test } from 'vitest';
import { byId } from '../../../src/lib/input/by-id';

const fruits = [
	{ id: 'apple', colour: 'red' },
	{ id: 'pear', colour: 'green' },
] as const;
const getFruit = byId(fruits, 'fruit');

describe('byId looks entries up by id', () => {
	test.each(fruits.map((fruit) => ({ fruit })))('finds $fruit.id', ({ fruit }) => {
		expect(getFruit(fruit.id)).toBe(fruit);
	});

	test('an unknown id throws an error naming the kind, the id and every known id', () => {
		expect(() => getFruit('plum' as 'apple')).toThrow(
			'Unknown fruit "plum". Known fruits: apple, pear.'
		);
	});
});
