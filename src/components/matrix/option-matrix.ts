import {
	ignoredLine,
	matchSummary,
	matchesFilters,
	parseComparisonQuery,
	serialiseComparisonQuery,
	traitsFromDataset,
	type ComparisonFilters,
	type ComparisonQuery,
} from '../../lib/words/matrix-filters';

/** Wires a filterable comparison table to its form and to the page's URL, then shows the form. */
export function setUpFilters(block: HTMLElement): void {
	const form = block.querySelector('form');
	const notice = block.querySelector<HTMLElement>('.matrix-notice');
	const status = block.querySelector<HTMLElement>('.matrix-status');
	const viewport = block.querySelector<HTMLElement>('.matrix-viewport');
	const empty = block.querySelector<HTMLElement>('.matrix-empty');
	if (!form || !notice || !status || !viewport || !empty) return;
	const selects = [...form.querySelectorAll('select')];
	const rows = [...block.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({
		tr,
		traits: traitsFromDataset(tr.dataset),
	}));

	const show = (filters: ComparisonFilters) => {
		for (const select of selects)
			select.value = filters[select.name as keyof ComparisonFilters] ?? '';
		let matching = 0;
		for (const { tr, traits } of rows) {
			tr.hidden = !matchesFilters(traits, filters);
			if (!tr.hidden) matching++;
		}
		status.textContent = matchSummary(matching, rows.length, filters);
		viewport.hidden = matching === 0;
		empty.hidden = matching > 0;
	};

	const showIgnored = (ignored: ComparisonQuery['ignored']) => {
		notice.hidden = ignored.length === 0;
		notice.querySelector('ul')?.replaceChildren(
			...ignored.map((parameter) => {
				const line = ignoredLine(parameter);
				const item = document.createElement('li');
				const code = document.createElement('code');
				code.textContent = line.code;
				item.append(code, line.text);
				return item;
			})
		);
	};

	const fromUrl = () => {
		const { filters, ignored } = parseComparisonQuery(location.search);
		showIgnored(ignored);
		show(filters);
	};

	// Every change rewrites the URL, so the address bar is always a link to what the table shows.
	const choose = (filters: ComparisonFilters) => {
		const query = serialiseComparisonQuery(filters);
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${query ? `?${query}` : ''}${location.hash}`
		);
		showIgnored([]);
		show(filters);
	};

	form.addEventListener('change', () => {
		const params = new URLSearchParams();
		for (const select of selects) if (select.value) params.set(select.name, select.value);
		choose(parseComparisonQuery(params).filters);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	for (const button of block.querySelectorAll('[data-matrix-reset]'))
		button.addEventListener('click', () => {
			choose({});
			selects[0]?.focus();
		});
	window.addEventListener('popstate', fromUrl);
	fromUrl();
	form.hidden = false;
}
