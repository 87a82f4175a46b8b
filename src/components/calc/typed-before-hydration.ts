import { useEffect, useRef, type MutableRef } from 'preact/hooks';

/** A calculator's settings as the page shows them: a box's or list's text, a tick box's state. */
export type Shown = Record<string, string | boolean>;

/**
 * What the reader changed in a calculator's fields before it hydrated, by setting name: the page keeps what
 * was typed (Preact leaves inputs' values alone when it hydrates), but the widget's state still holds what
 * the server rendered, so without this the answer disagrees with the boxes. A setting is looked up as the
 * element `#<id>-<name>` (a box, a list or a tick box) or the radio group `name="<id>-<name>"`.
 */
export function shownBeforeHydration(root: HTMLElement, id: string, rendered: Shown): Shown {
	const changed: Shown = {};
	for (const [name, value] of Object.entries(rendered)) {
		const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}-${name}`);
		const shown =
			field instanceof HTMLInputElement && field.type === 'checkbox'
				? field.checked
				: field
					? field.value
					: root.querySelector<HTMLInputElement>(
							`input[type="radio"][name="${id}-${name}"]:checked`
						)?.value;
		if (shown !== undefined && shown !== value) changed[name] = shown;
	}
	return changed;
}

/**
 * Once, as the widget hydrates: hands `apply` what the reader changed in its fields beforehand (see
 * `shownBeforeHydration`), if anything. Returns the ref to put on the calculator's outer element.
 */
export function useShownBeforeHydration(
	id: string,
	rendered: Shown,
	apply: (changed: Shown) => void
): MutableRef<HTMLDivElement | null> {
	const root = useRef<HTMLDivElement | null>(null);
	useEffect(() => {
		if (!root.current) return;
		const changed = shownBeforeHydration(root.current, id, rendered);
		if (Object.keys(changed).length > 0) apply(changed);
		// Only the first render's fields can hold what was typed before hydrating.
	}, []);
	return root;
}
