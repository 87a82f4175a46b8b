/** The query of an address as parameters: from a query string (with or without `?`), a whole URL, or parameters already read. Never throws; anything unreadable is an empty query. */
export function toSearchParams(input: string | URLSearchParams): URLSearchParams {
	if (input instanceof URLSearchParams) return input;
	if (typeof input !== 'string') return new URLSearchParams();
	try {
		const query = input.includes('?') ? input.slice(input.indexOf('?') + 1) : input;
		return new URLSearchParams(query.split('#')[0]);
	} catch {
		return new URLSearchParams();
	}
}
