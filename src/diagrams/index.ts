/**
 * The diagram pipeline. The decision library (src/lib/diagrams/) writes each diagram's Mermaid
 * source; this folder turns the sources into inline SVG at build time and prints the environment
 * pages to PDF, all in one Chromium session. Diagram.astro calls `renderDiagram()` (mermaid.ts);
 * astro.config.mjs installs the integration exported here (integration.ts).
 *
 * In order:
 *  1. Launch Chromium once, lazily, on the first diagram (chromium.mjs finds it, mermaid.ts
 *     launches it): Mermaid lays text out in a real browser; one start serves the whole build,
 *     and a build with nothing to render starts none.
 *  2. Queue renders one at a time on one page (mermaid.ts): Mermaid's configuration is global to
 *     the page, so two renders at once would mix their themes. A render gets 30 s, so a stuck
 *     layout fails the build naming the diagram instead of hanging it.
 *  3. Render each diagram once, with SVG text labels (themes.ts): no HTML in foreignObject, so the
 *     drawings are smaller and print and extract as text in the PDFs.
 *  4. Make the SVG lean (svg.ts): drop Mermaid's per-diagram theme stylesheet and inline styles,
 *     the arrowheads no edge uses and empty pieces; round its 15-decimal coordinates; write each
 *     line of a label as one text run. One shared stylesheet (src/styles/diagrams.css) colours
 *     every drawing: light, dark on screen when Starlight's theme is dark, light on paper.
 *  5. Give each copy on the site its own id (mermaid.ts): arrowheads and the accessible title are
 *     found by id, and one diagram can appear on several pages, or twice on one.
 *  6. At build end, print the environment PDFs in the same browser (pdf.ts): no second Chromium
 *     to start; the built site is served locally so the pages print with their styles and fonts.
 *     This step launches Chromium itself when no diagram did (and only when PDFs are wanted).
 *  7. Close it (integration.ts): so the build can exit.
 *
 * Without Chromium (or with DIAGRAMS=client) the build warns, ships each diagram's Mermaid source
 * with Mermaid itself for readers' browsers to draw (DiagramFallback.astro, through the same
 * leanSvg()), and prints no PDFs. A Chromium that is found
 * but does not start fails the build, naming its path, the launch error and the way out
 * (`DIAGRAMS=client npm run build`, or CHROMIUM_PATH).
 *
 * The renderer's state lives on globalThis (mermaid.ts): the integration is loaded with
 * astro.config.mjs and the components by Vite, as two copies of the modules, and both must share
 * one browser.
 */
export { default } from './integration';
