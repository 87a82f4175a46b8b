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
 *  3. Render each diagram light and dark (themes.ts): Starlight switches theme without a reload,
 *     and paper always gets light; one id and a fixed seed keep the two drawings identical but
 *     for their colours.
 *  4. Compact the SVG (svg.ts): rounding Mermaid's 15-decimal coordinates and dropping its data-*
 *     attributes makes each diagram a third of the size.
 *  5. Merge the two into one SVG with dark overrides (svg.ts): the page carries one drawing, with
 *     the dark colours as rules that apply on screen only, when the theme is dark.
 *  6. Give each copy on the site its own id (mermaid.ts): Mermaid scopes its styles and
 *     arrowheads by the SVG's id, and one diagram can appear on several pages, or twice on one.
 *  7. At build end, print the environment PDFs in the same browser (pdf.ts): no second Chromium
 *     to start; the built site is served locally so the pages print with their styles and fonts.
 *     This step launches Chromium itself when no diagram did (and only when PDFs are wanted).
 *  8. Close it (integration.ts): so the build can exit.
 *
 * Without Chromium (or with DIAGRAMS=client) the build warns, ships each diagram's Mermaid source
 * with Mermaid itself for readers' browsers to draw, and prints no PDFs. A Chromium that is found
 * but does not start fails the build, naming its path, the launch error and the way out
 * (`DIAGRAMS=client npm run build`, or CHROMIUM_PATH).
 *
 * The renderer's state lives on globalThis (mermaid.ts): the integration is loaded with
 * astro.config.mjs and the components by Vite, as two copies of the modules, and both must share
 * one browser.
 */
export { default } from './integration';
