/**
 * The page's entry: fonts and styles, the content index (what the menu needs of the content; the
 * texts follow once it has painted), then the game (src/app/boot.ts). The only screen made here
 * is the one that cannot use the game: a start that failed.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/shared/styles.css';
import { startGame } from './app/boot';
import { contentIndex, loadContent } from './services/content';
import { browserLanguage, i18nReady, initI18n, prefetchLanguage, t } from './services/i18n';

async function boot(): Promise<void> {
  const root = document.getElementById('ui');
  if (!root) throw new Error('index.html has no #ui element');
  // The likely language's texts, fetched while storage opens (the saved setting decides; most often they agree).
  prefetchLanguage(browserLanguage());
  await startGame(contentIndex, loadContent, root, document.getElementById('stage'));
  root.removeAttribute('aria-busy');
  document.body.dataset.ready = 'true';
  performance.mark('menu-ready');
}

/**
 * Anything that fails while starting (storage, i18n, the first render) would leave the
 * spinner turning forever: say so on the same localised screen as unreadable content.
 */
async function bootFailed(error: unknown): Promise<void> {
  console.error('The game could not start:', error);
  const root = document.getElementById('ui');
  if (!root) return;
  if (!i18nReady()) {
    try {
      await initI18n(browserLanguage());
    } catch {
      // The screen still shows, with the keys for text.
    }
  }
  showFatal(root, error instanceof Error ? error.message || error.name : String(error));
}

/** The only screen without the store: the game could not start. Plain DOM, localised (unreadable texts are the game's to say). */
function showFatal(root: HTMLElement, detail: string): void {
  const section = document.createElement('section');
  section.className = 'screen fatal';
  section.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = t('common:error.title');
  const text = document.createElement('p');
  text.textContent = t('common:error.content', { detail });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('common:error.reload');
  button.addEventListener('click', () => location.reload());
  section.append(title, text, button);
  root.replaceChildren(section);
}

boot().catch(bootFailed);
