import { useArticleName } from '../shared/article-name';
import { dossierArticles, dossierExcerptIds } from '../../core/career/dossiers';
import type { ClassSetup } from '../../core/classroom';
import type { ArticleId } from '../../core/content/schema';
import { useContent } from '../shared/context';
import { useT } from '../shared/i18n';

/**
 * The other way to fill a class round: one article played as a dossier, all its excerpts in the
 * order of the text (the reducer deals them), instead of a seeded draw of a number of excerpts.
 */
export function DossierChoice(props: { setup: ClassSetup; onChange: (setup: ClassSetup) => void }) {
  const { setup, onChange } = props;
  const { content } = useContent();
  const t = useT();
  const articles = dossierArticles(content);
  const first = articles[0];
  if (!first) return null;
  const chosen = setup.dossier;
  const name = useArticleName();
  return (
    <div class="class-dossier">
      <label class="radio">
        <input
          type="radio"
          name="class-size"
          value="dossier"
          checked={chosen !== undefined}
          onChange={() => onChange({ ...setup, dossier: first })}
        />
        <span>{t('classroom:dossierOption')}</span>
      </label>
      {chosen !== undefined && (
        <div class="class-dossier-pick">
          <label for="class-dossier-article">{t('classroom:dossierLabel')}</label>
          <select
            id="class-dossier-article"
            value={chosen}
            aria-describedby="class-dossier-hint"
            onChange={(event) => onChange({ ...setup, dossier: event.currentTarget.value as ArticleId })}
          >
            {articles.map((id) => (
              <option key={id} value={id}>
                {t('classroom:dossierArticle', { article: name(id), count: dossierExcerptIds(content, id).length })}
              </option>
            ))}
          </select>
          <span id="class-dossier-hint" class="hint">
            {t('classroom:dossierHint')}
          </span>
        </div>
      )}
    </div>
  );
}
