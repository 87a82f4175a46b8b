import type { ComponentChildren } from 'preact';
import type { InputError } from '../../lib/input/errors';

/** A labelled text or number input that points at the calculator's error when the error is about it. */
export function Field(props: {
	id: string;
	name: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	error: InputError | null;
	type?: 'text' | 'number';
	placeholder?: string;
}) {
	const { id, name, label, value, onInput, error, type = 'number', placeholder } = props;
	const invalid = error?.field === name;
	return (
		<div>
			<label for={`${id}-${name}`}>{label}</label>
			<input
				id={`${id}-${name}`}
				type={type}
				inputMode={type === 'number' ? 'numeric' : undefined}
				value={value}
				placeholder={placeholder}
				aria-invalid={invalid}
				aria-describedby={invalid ? `${id}-error` : undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
		</div>
	);
}

/** The calculator's answer, or its error in words, announced politely to screen readers. */
export function Output<T>({
	id,
	result,
	error,
	children,
}: {
	id: string;
	result: T | null;
	error: InputError | null;
	children: (result: T) => ComponentChildren;
}) {
	return (
		<div aria-live="polite">
			{error ? (
				<p class="calc-error" id={`${id}-error`} role="alert">
					{error.message}
				</p>
			) : (
				result !== null && children(result)
			)}
		</div>
	);
}

/** Warnings a result carries, one paragraph each. */
export function Warnings({ list }: { list: string[] }) {
	return (
		<>
			{list.map((w) => (
				<p class="calc-warning" key={w}>
					{w}
				</p>
			))}
		</>
	);
}
