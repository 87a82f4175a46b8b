/** Where the browser fallback loads Mermaid from, only on sites built without Chromium (a file of its own so the browser script can import it). */
export const mermaidFallbackPath = '/_diagrams/mermaid.min.js';
