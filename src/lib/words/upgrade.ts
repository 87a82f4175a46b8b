import type { UpgradeItem } from '../check/upgrade';

/** How each kind of upgrade item opens. */
export const upgradeActionLabel: Record<UpgradeItem['action'], string> = {
	needed: 'Act:',
	choose: 'Decide:',
	none: 'Know:',
};

/** The line over the list: how many changes the upgrade brings and how many need action. */
export function upgradeSummary(from: string, to: string, items: readonly UpgradeItem[]): string {
	if (!items.length)
		return `Upgrading from Calico ${from} to ${to} changes nothing the guide knows of here.`;
	const needed = items.filter((i) => i.action === 'needed').length;
	const changes = `${items.length} change${items.length === 1 ? '' : 's'}`;
	return `Upgrading from Calico ${from} to ${to}: ${changes}, ${needed} needing action.`;
}
