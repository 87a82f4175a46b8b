/**
 * A small highlighter for the snippets the guide generates (YAML, shell, JSON), so that a widget can colour them
 * the way Expressive Code colours the site's Markdown code blocks without shipping a grammar engine. It splits
 * text into tokens and never drops or changes a character: the tokens of a line, joined, are the line.
 */

/**
 * What a token is, named after the colours Expressive Code's Night Owl themes give it: `key` a mapping key,
 * `quote` the marks around a quoted string and `string` what is inside, `value` an unquoted scalar or shell word,
 * `literal` true, false or null, `command` a shell command or one of its options, `punct` syntax, `plain` the rest.
 */
export type TokenKind =
	| 'plain'
	| 'comment'
	| 'key'
	| 'punct'
	| 'quote'
	| 'string'
	| 'value'
	| 'number'
	| 'literal'
	| 'command';

/** A run of characters of one kind. */
export interface Token {
	text: string;
	kind: TokenKind;
}

/** The languages the highlighter knows. */
export type HighlightLanguage = 'yaml' | 'shell' | 'json';

type Tokens = Token[];

function push(tokens: Tokens, text: string, kind: TokenKind): void {
	if (!text) return;
	const last = tokens.at(-1);
	if (last && last.kind === kind) last.text += text;
	else tokens.push({ text, kind });
}

/** Length of the quoted string at the start of `text` (quote marks included), or the whole text if it never closes. */
function quotedLength(text: string): number {
	const mark = text[0];
	for (let i = 1; i < text.length; i++) {
		if (mark === '"' && text[i] === '\\') i++;
		else if (text[i] === mark) {
			// YAML writes a single quote inside single quotes as two.
			if (mark === "'" && text[i + 1] === "'") i++;
			else return i + 1;
		}
	}
	return text.length;
}

/** Pushes a quoted string as its marks and its content. */
function pushQuoted(tokens: Tokens, quoted: string): void {
	const closed = quoted.length > 1 && quoted.endsWith(quoted[0] as string);
	push(tokens, quoted[0] as string, 'quote');
	push(tokens, quoted.slice(1, closed ? -1 : undefined), 'string');
	if (closed) push(tokens, quoted.slice(-1), 'quote');
}

const yamlNumber = /^[-+]?(?:\d[\d_]*(?:\.\d*)*|\.\d+)(?:[eE][-+]?\d+)?$/;
const yamlLiteral = /^(?:true|false|null|~|True|False|Null|TRUE|FALSE|NULL)$/;
const yamlKey =
	/^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)(\s*:)(?=\s|$)/;

/** A YAML value: a quoted string, a plain scalar, and a trailing comment, in any combination. */
function yamlValue(tokens: Tokens, text: string): void {
	let rest = text;
	while (rest) {
		const space = /^\s+/.exec(rest)?.[0] ?? '';
		push(tokens, space, 'plain');
		rest = rest.slice(space.length);
		if (!rest) return;
		if (rest.startsWith('#')) return push(tokens, rest, 'comment');
		if (rest[0] === '"' || rest[0] === "'") {
			const length = quotedLength(rest);
			pushQuoted(tokens, rest.slice(0, length));
			rest = rest.slice(length);
			continue;
		}
		// A plain scalar runs to the end of the line or to a comment (a # after whitespace).
		const comment = rest.search(/\s#/);
		const scalar = comment === -1 ? rest : rest.slice(0, comment);
		const trimmed = scalar.trimEnd();
		const kind: TokenKind = yamlNumber.test(trimmed)
			? 'number'
			: yamlLiteral.test(trimmed)
				? 'literal'
				: /^(?:[|>][-+\d]*|\{\}|\[\])$/.test(trimmed)
					? 'punct'
					: 'value';
		push(tokens, trimmed, kind);
		rest = rest.slice(trimmed.length);
	}
}

function yamlLine(line: string): Tokens {
	const tokens: Tokens = [];
	const indent = /^\s*/.exec(line)?.[0] ?? '';
	push(tokens, indent, 'plain');
	let rest = line.slice(indent.length);
	if (rest.startsWith('#')) {
		push(tokens, rest, 'comment');
		return tokens;
	}
	const marker = /^(?:---|\.\.\.)(?=\s|$)/.exec(rest)?.[0];
	if (marker) {
		push(tokens, marker, 'punct');
		yamlValue(tokens, rest.slice(marker.length));
		return tokens;
	}
	for (let dash = /^-(?:\s+|$)/.exec(rest); dash; dash = /^-(?:\s+|$)/.exec(rest)) {
		push(tokens, dash[0], 'punct');
		rest = rest.slice(dash[0].length);
	}
	const key = yamlKey.exec(rest);
	if (key) {
		push(tokens, key[1] as string, 'key');
		push(tokens, key[2] as string, 'punct');
		rest = rest.slice(key[0].length);
	}
	yamlValue(tokens, rest);
	return tokens;
}

const jsonRules: readonly [RegExp, TokenKind][] = [
	[/^\s+/, 'plain'],
	[/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/, 'number'],
	[/^(?:true|false|null)\b/, 'literal'],
	[/^[{}[\],:]/, 'punct'],
];

function jsonLine(line: string): Tokens {
	const tokens: Tokens = [];
	let rest = line;
	while (rest) {
		if (rest[0] === '"') {
			const quoted = rest.slice(0, quotedLength(rest));
			// Expressive Code colours a key whole, quote marks included.
			if (/^\s*:/.test(rest.slice(quoted.length))) push(tokens, quoted, 'key');
			else pushQuoted(tokens, quoted);
			rest = rest.slice(quoted.length);
			continue;
		}
		const rule = jsonRules.find(([pattern]) => pattern.test(rest));
		const text = rule ? (rule[0].exec(rest)?.[0] as string) : rest.slice(0, 1);
		push(tokens, text, rule ? rule[1] : 'plain');
		rest = rest.slice(text.length);
	}
	return tokens;
}

/** Shell lines, with whether the next line starts a new command (it does not after a trailing backslash). */
function shellLines(lines: string[]): Tokens[] {
	let continued = false;
	return lines.map((line) => {
		const tokens: Tokens = [];
		let commandNext = !continued;
		let rest = line;
		while (rest) {
			let match: string;
			if (/^\s/.test(rest)) {
				match = /^\s+/.exec(rest)?.[0] as string;
				push(tokens, match, 'plain');
			} else if (rest[0] === '#') {
				match = rest;
				push(tokens, match, 'comment');
			} else if (rest[0] === '"' || rest[0] === "'") {
				match = rest.slice(0, quotedLength(rest));
				pushQuoted(tokens, match);
			} else if (/^(?:&&|\|\||[|;&])/.test(rest)) {
				match = /^(?:&&|\|\||[|;&])/.exec(rest)?.[0] as string;
				push(tokens, match, 'punct');
				commandNext = true;
			} else if (rest === '\\') {
				match = rest;
				push(tokens, match, 'punct');
			} else {
				match = /^(?:\\.|[^\s'"|;&\\])+|^\\/.exec(rest)?.[0] as string;
				const kind: TokenKind =
					commandNext || match.startsWith('-')
						? 'command'
						: /^\d+$/.test(match)
							? 'number'
							: 'value';
				push(tokens, match, kind);
				commandNext = false;
			}
			rest = rest.slice(match.length);
		}
		continued = /\\$/.test(line);
		return tokens;
	});
}

/** Splits `text` into lines of tokens; joining each line's token texts, then the lines with line breaks, gives `text`. */
export function highlight(text: string, language: HighlightLanguage): Token[][] {
	const lines = text.split('\n');
	if (language === 'shell') return shellLines(lines);
	return lines.map(language === 'json' ? jsonLine : yamlLine);
}
