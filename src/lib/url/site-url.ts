/**
 * The site's public address, read from the environment at build time. Canonical links, the sitemap and the
 * printed pages' running footer use it; without one the build emits no absolute link to itself at all,
 * rather than one to a domain that does not exist.
 */

/** The environment variable that holds the site's public address. */
export const siteUrlVariable = 'SITE_URL';

/**
 * The site's address from `env` (`SITE_URL`), normalised to end in `/`, or undefined when it is unset or
 * blank. Throws, with how to fix it, when it is set to anything but the root of an http(s) host.
 */
export function siteUrlFrom(env: Record<string, string | undefined>): string | undefined {
	const raw = env[siteUrlVariable]?.trim();
	if (!raw) return undefined;
	const fix = `Set ${siteUrlVariable} to the http(s) address of the host the site is served from, or leave it unset to build without absolute links.`;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`${siteUrlVariable} is not an absolute URL (got "${raw}"). ${fix}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(
			`${siteUrlVariable} must use http or https (got "${url.protocol.replace(/:$/, '')}" in "${raw}"). ${fix}`
		);
	if (url.search || url.hash || url.username || url.password)
		throw new Error(
			`${siteUrlVariable} must be a plain address, without a query, fragment or credentials (got "${raw}"). ${fix}`
		);
	// The pages link to each other from the root (/recommend/), so the site cannot live under a path.
	if (url.pathname !== '/')
		throw new Error(
			`${siteUrlVariable} must be the root of a host: the guide's links start at / and would miss "${url.pathname}" (got "${raw}"). Serve the site at the root of its own host, and set ${siteUrlVariable} to that origin.`
		);
	return url.href;
}

/** Where a page says it lives, for its printed footer: the full address when the site has one, else its path. */
export function pageAddress(pathname: string, site: URL | string | undefined): string {
	return site ? new URL(pathname, site).href : pathname;
}
