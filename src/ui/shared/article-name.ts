/**
 * Articles' short names come from the content (the content index carries them, issue #15), not
 * from the locales: a new article names itself. This binds the lookup to the interface's language.
 */
import { articleName } from '../../core/content/content-index';
import { useGameState, useUi } from './context';

export function useArticleName(): (id: string) => string {
  const { index } = useUi();
  const language = useGameState().settings.language;
  return (id) => articleName(index.articles, id, language);
}
