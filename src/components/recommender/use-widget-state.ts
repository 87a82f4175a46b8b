import { useEffect, useRef, useState } from 'preact/hooks';
import type { EnvironmentId } from '../../lib/catalog/environments';
import {
	choicesMadeBeforeHydration,
	recommenderHref,
	stateFromQuery,
	type WidgetState,
} from './state';

/**
 * The recommender's answers: the server-rendered default, then the page address's and any clicks made before
 * hydration; with `syncUrl`, kept in step with the address both ways. Give `form` to the questions' form.
 */
export function useWidgetState(fixedEnv: EnvironmentId | undefined, id: string, syncUrl: boolean) {
	const [state, setState] = useState<WidgetState>(() => stateFromQuery('', fixedEnv));
	const form = useRef<HTMLFormElement>(null);
	useEffect(() => {
		const fromUrl = location.search ? stateFromQuery(location.search, fixedEnv) : null;
		// A reader may click before the widget wakes up; hydration keeps those clicks in the page but not in state.
		const clicked = form.current
			? choicesMadeBeforeHydration(form.current, id, stateFromQuery('', fixedEnv))
			: {};
		if (!fromUrl && Object.keys(clicked).length === 0) return;
		const base = fromUrl ?? stateFromQuery('', fixedEnv);
		setState({
			...base,
			env: clicked.env ?? base.env,
			answers: { ...base.answers, ...clicked.answers },
		});
	}, [fixedEnv, id]);

	// A new environment is a new page of history (Back returns to the previous one's result); answers replace the entry.
	useEffect(() => {
		if (!syncUrl) return;
		const href = recommenderHref(state);
		if (href === location.pathname + location.search) return;
		const envInUrl = stateFromQuery(location.search, fixedEnv).env;
		if (state.env && envInUrl && state.env !== envInUrl) history.pushState(null, '', href);
		else history.replaceState(null, '', href);
	}, [state, syncUrl, fixedEnv]);
	useEffect(() => {
		if (!syncUrl) return;
		const restore = () => setState(stateFromQuery(location.search, fixedEnv));
		addEventListener('popstate', restore);
		return () => removeEventListener('popstate', restore);
	}, [syncUrl, fixedEnv]);

	return { state, setState, form };
}
