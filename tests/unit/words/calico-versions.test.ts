import { expect, test } from 'vitest';
import {
	answersHoldFor,
	calicoVersionChoices,
	calicoVersionLabel,
} from '../../../src/lib/words/calico-versions';

test('the version control is labelled “Calico version” and lists the releases newest first, with their operators', () => {
	expect(calicoVersionLabel).toBe('Calico version');
	expect(calicoVersionChoices).toEqual([
		{ value: '3.33', label: '3.33 (newest, operator 1.44)' },
		{ value: '3.32', label: '3.32 (operator 1.42)' },
		{ value: '3.31', label: '3.31 (operator 1.40)' },
	]);
});

test.each([
	{ minor: '3.33', says: 'The answers below are for Calico 3.33.x with operator 1.44.x.' },
	{ minor: '3.31', says: 'The answers below are for Calico 3.31.x with operator 1.40.x.' },
] as const)(
	'beside the control, Calico $minor says which releases the answers hold for',
	({ minor, says }) => {
		expect(answersHoldFor(minor)).toBe(says);
	}
);
