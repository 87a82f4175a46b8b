/** The font the drawings are laid out in; src/styles/diagrams.css sets the same, so text fits its box. */
export const diagramFont = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Mermaid configuration, pinned so a Mermaid upgrade does not silently change the layout. Colours are
 * not set here: leanSvg() drops Mermaid's styles and src/styles/diagrams.css colours every drawing.
 */
export function mermaidConfig() {
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'base',
		look: 'classic',
		handDrawnSeed: 1,
		layout: 'dagre',
		fontFamily: diagramFont,
		// SVG text, not HTML in foreignObject: smaller, and it prints and extracts as text in the PDFs.
		htmlLabels: false,
		flowchart: {
			useMaxWidth: true,
			wrappingWidth: 180,
			nodeSpacing: 30,
			rankSpacing: 40,
			subGraphTitleMargin: { top: 6, bottom: 10 },
		},
		themeVariables: { fontFamily: diagramFont, fontSize: '14px' },
	};
}
