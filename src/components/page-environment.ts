import { environmentIds, isEnvironmentId, type EnvironmentId } from '../lib/catalog/environments';

/** What an Astro component can see of the page it is on. */
interface PageContext {
	locals: { starlightRoute?: { entry: { data: { environment?: string } } } };
}

/**
 * The environment a component describes: its `env` prop when given, else the page's `environment` frontmatter.
 * Throws a message naming the component and the valid ids when neither is a known environment.
 */
export function pageEnvironment(
	astro: PageContext,
	component: string,
	prop?: string
): EnvironmentId {
	const value = prop ?? astro.locals.starlightRoute?.entry.data.environment;
	if (isEnvironmentId(value)) return value;
	const where = prop !== undefined ? `env="${prop}"` : 'the page’s `environment` frontmatter';
	throw new Error(
		`<${component}> needs an environment: ${value === undefined ? 'none was given' : `${where} is not one`}. Use one of ${environmentIds.join(', ')}, in the page's frontmatter (environment: aws) or as env="aws".`
	);
}
