/**
 * The content index as the build emits it (issue #15): the `virtual:content-index` module the
 * game starts with (the content-index plugin of vite.config.ts runs scripts/content-index.ts),
 * made from the same files as the bundle the game loads after the menu, read here as the game
 * reads them (through the integrity check), so the two cannot drift. The full check of those
 * files is the content-check plugin's: a build with a problem fails there.
 */
import { type ContentIndex, indexOf } from '../../src/core/content/content-index';
import { checkIntegrity } from '../../src/core/content/integrity';
import { checkTopicLabels } from '../../src/core/content/validate';
import { formatProblem, REPO_ROOT, readContent } from './read-content';

/** The index of the content in `root`/assets/content; throws with the problems when it cannot be read. */
export function emittedContentIndex(root: string = REPO_ROOT): ContentIndex {
  const { input, problems: unreadable } = readContent(root);
  const { bundle, problems } = checkIntegrity(input);
  const labels = bundle && input.topics ? checkTopicLabels(input.topics, bundle.excerpts) : { topics: [], problems: [] };
  const all = [...unreadable, ...problems, ...labels.problems];
  if (!bundle || all.length > 0) throw new Error(`the content index cannot be made: ${all.map(formatProblem).join('; ')}`);
  return indexOf(bundle, labels.topics);
}

/** The module's source: JSON.parse of a string starts quicker than the same object literal. */
export function contentIndexModule(root: string = REPO_ROOT): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(emittedContentIndex(root)))});\n`;
}
