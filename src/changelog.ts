/** The one place that reads `content/wijzigingen.json`, the committed list of substantive changes. */
import text from '../content/wijzigingen.json?raw';
import { parseChangelog } from './lib/changelog.ts';

export const CHANGES = parseChangelog(text, 'content/wijzigingen.json');
