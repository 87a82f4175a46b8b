import { allFactList } from '../../../src/lib/facts/groups';
import { expect, test } from 'vitest';
import { factsChecked, factsCheckedSince } from '../../../src/lib/facts';
import { guideVersionText } from '../../../src/lib/words/guide-version';

test('the footer names the newest release, the older ones the widgets answer for, and the span of the checks', () => {
	expect(guideVersionText()).toMatch(
		/^Written for Calico 3\.33 \(its widgets also answer for 3\.31 and 3\.32\)\. Facts checked from \d+ \w+ \d{4} to \d+ \w+ \d{4}, each against the release or page its source names\.$/
	);
	expect(
		allFactList.every((f) => factsCheckedSince <= f.checked && f.checked <= factsChecked)
	).toBe(true);
});
