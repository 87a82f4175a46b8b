import { describe, expect, test } from 'vitest';
import { pageEnvironment } from '../../../src/components/page-environment';

const page = (environment?: string) => ({
	locals: { starlightRoute: { entry: { data: { environment } } } },
});

describe('the environment an environment-page component describes', () => {
	test.each([
		['the page’s frontmatter when no prop is given', page('aws'), undefined, 'aws'],
		['the prop when one is given', page('aws'), 'azure', 'azure'],
	] as const)('is %s', (_, astro, prop, env) => {
		expect(pageEnvironment(astro, 'EnvironmentOptions', prop)).toBe(env);
	});

	test('a typo in the prop names the component, the typo and the valid ids', () => {
		expect(() => pageEnvironment(page('aws'), 'EnvironmentOptions', 'asw')).toThrow(
			'<EnvironmentOptions> needs an environment: env="asw" is not one. Use one of on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other'
		);
	});

	test('a page without an environment says none was given', () => {
		expect(() => pageEnvironment(page(), 'DecisionDiagram')).toThrow(
			/<DecisionDiagram> needs an environment: none was given/
		);
	});
});
