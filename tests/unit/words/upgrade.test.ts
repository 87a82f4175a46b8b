import { expect, test } from 'vitest';
import { upgradeSummary } from '../../../src/lib/words/upgrade';
import type { UpgradeItem } from '../../../src/lib/check/upgrade';

const item = (action: UpgradeItem['action']): UpgradeItem => ({
	id: action,
	what: 'x',
	action,
	sources: [],
});

test.each([
	{
		items: [],
		says: 'Upgrading from Calico 3.32 to 3.33 changes nothing the guide knows of here.',
	},
	{
		items: [item('choose')],
		says: 'Upgrading from Calico 3.32 to 3.33: 1 change, 0 needing action.',
	},
	{
		items: [item('needed'), item('none'), item('needed')],
		says: 'Upgrading from Calico 3.32 to 3.33: 3 changes, 2 needing action.',
	},
])('with $items.length items the summary reads “$says”', ({ items, says }) => {
	expect(upgradeSummary('3.32', '3.33', items)).toBe(says);
});
