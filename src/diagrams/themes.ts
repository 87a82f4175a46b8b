/** The two renderings every diagram gets: light (also used in print) and dark. */
export type DiagramTheme = 'light' | 'dark';

/** Mermaid configuration, pinned so a Mermaid upgrade does not silently change the look or layout. */
export function mermaidConfig(theme: DiagramTheme) {
	const light = theme === 'light';
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'base',
		look: 'classic',
		// A fixed seed keeps shapes identical between the light and dark renderings (and between builds).
		handDrawnSeed: 1,
		layout: 'dagre',
		fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		// Edge labels get a solid background so that an arrow never runs through their text.
		themeCSS: [
			`.edgeLabel rect, .edgeLabel .label-container, .labelBkg { fill: ${light ? '#ffffff' : '#17181c'} !important; opacity: 1 !important; background-color: ${light ? '#ffffff' : '#17181c'} !important; }`,
		].join('\n'),
		flowchart: {
			htmlLabels: false,
			useMaxWidth: true,
			wrappingWidth: 180,
			nodeSpacing: 30,
			rankSpacing: 40,
			subGraphTitleMargin: { top: 6, bottom: 10 },
		},
		themeVariables: light
			? {
					background: '#ffffff',
					primaryColor: '#fff4ec',
					primaryBorderColor: '#a8470a',
					primaryTextColor: '#17181c',
					lineColor: '#3d3f46',
					textColor: '#17181c',
					clusterBkg: '#f6f6f7',
					clusterBorder: '#8b8d96',
					edgeLabelBackground: '#ffffff',
					fontSize: '14px',
				}
			: {
					background: '#17181c',
					primaryColor: '#2b1a0f',
					primaryBorderColor: '#ff9f5a',
					primaryTextColor: '#f0f0f2',
					lineColor: '#c8cad0',
					textColor: '#f0f0f2',
					clusterBkg: '#22242a',
					clusterBorder: '#6d6f78',
					edgeLabelBackground: '#17181c',
					fontSize: '14px',
				},
	};
}

/** Styles of the classes the diagram sources use (wrap, nat, pod, pick), per theme. */
export function classDefs(theme: DiagramTheme): string {
	const light = theme === 'light';
	return [
		`classDef wrap fill:${light ? '#e0ecff' : '#12284a'},stroke:${light ? '#2356b8' : '#8fb5ff'},color:${light ? '#0b1f44' : '#e6eeff'}`,
		`classDef nat fill:${light ? '#f3e8ff' : '#2e1a47'},stroke:${light ? '#7a3db8' : '#c9a3f5'},color:${light ? '#2a0f4a' : '#f2e8ff'}`,
		`classDef pod fill:${light ? '#e6f6ea' : '#12321c'},stroke:${light ? '#1f7a3a' : '#7fd49a'},color:${light ? '#0c2e16' : '#e6fbec'}`,
		`classDef question fill:${light ? '#fff4ec' : '#2b1a0f'},stroke:${light ? '#a8470a' : '#ff9f5a'},color:${light ? '#17181c' : '#f0f0f2'}`,
		`classDef pick fill:${light ? '#e6f6ea' : '#12321c'},stroke:${light ? '#1f7a3a' : '#7fd49a'},color:${light ? '#0c2e16' : '#e6fbec'},stroke-width:2px`,
	].join('\n');
}
