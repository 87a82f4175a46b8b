import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { environmentIds } from './lib/catalog/environments';
import { distributionIds } from './lib/catalog/distributions';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				/** The environment an environment page describes; a typo fails the build with the list of valid ids. */
				environment: z
					.enum(environmentIds, {
						error: (issue) =>
							`environment ${JSON.stringify(issue.input)} is not one of the guide's environments: ${environmentIds.join(', ')}.`,
					})
					.optional(),
				/** The distribution a distribution page describes; a typo fails the build with the list of valid ids. */
				distribution: z
					.enum(distributionIds, {
						error: (issue) =>
							`distribution ${JSON.stringify(issue.input)} is not one of the guide's distributions: ${distributionIds.join(', ')}.`,
					})
					.optional(),
				/** Shows the “Print or save as PDF” button (environment pages always show it). */
				printable: z.boolean().optional(),
				/** The page is a wide widget (the recommender, the comparison table): its content column takes the width beside the sidebar, while the prose keeps the reading measure. */
				wide: z.boolean().optional(),
			}),
		}),
	}),
};
