import { modeOfOption, modePage, packetPath, type Mode, type Scenario } from '../diagrams';
import { environmentIds, type EnvironmentId } from '../catalog/environments';
import { retiringLabel } from '../catalog/option-words';
import { getOption, type CatalogOption } from '../catalog/options';
import { recommenderPage } from '../url/state';
import { environmentPages, type Listing } from '../recommender/environments';

export type { Listing, ListingMark } from '../recommender/environments';

/** The options each environment page shows, in the upstream page's order, newer options last (from each environment's page data). */
export const listings: Readonly<Record<EnvironmentId, readonly Listing[]>> = Object.fromEntries(
	environmentIds.map((env) => [env, environmentPages[env].listings])
) as Record<EnvironmentId, readonly Listing[]>;

/** The options an environment page shows. */
export function listingsFor(env: EnvironmentId): readonly Listing[] {
	return environmentPages[env].listings;
}

/** A listing with everything its section on the page shows. */
export interface ListingItem extends Omit<Listing, 'option'> {
	option: CatalogOption;
	mode: Mode;
	/** The packet path the page draws: between subnets, which shows the most, or inside a subnet where that cannot happen. */
	scenario: Scenario;
	modePage: string;
	/** The recommender with the answers of this situation. */
	recommenderPage: string;
	retiring: string | null;
}

/** The sections of an environment page's options, in order. */
export function listingItems(env: EnvironmentId): ListingItem[] {
	return listingsFor(env).map((listing) => {
		const option = getOption(listing.option);
		const mode = modeOfOption(option.id);
		const scenario: Scenario = packetPath(mode.id, 'other-subnet').applies
			? 'other-subnet'
			: 'same-subnet';
		return {
			...listing,
			option,
			mode,
			scenario,
			modePage: modePage(mode.id),
			recommenderPage: recommenderPage(env, listing.answers),
			retiring: retiringLabel(option),
		};
	});
}
