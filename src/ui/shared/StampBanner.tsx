/**
 * The band above the menu and the side screens: the four category stamps on the desk. It is
 * decoration (hidden from assistive technology; the screens say everything in words), drawn by
 * the page rather than the Phaser stage, so it is there in the first frame, in the menu drawn at
 * build time too, and the stage's code only starts for the screens it animates (core/stage-slot.ts).
 */
import './stamp-banner.css';
import { CATEGORIES } from '../../core/categories';
import { useT } from './i18n';

export function StampBanner({ tall }: { tall: boolean }) {
  const t = useT();
  return (
    <div class={tall ? 'stamp-banner tall' : 'stamp-banner'} aria-hidden="true">
      <div class="stamp-desk">
        {CATEGORIES.map((category) => (
          <span key={category} class={`desk-stamp ${category}`}>
            <span class="desk-stamp-label">{t(`common:categoryShort.${category}`)}</span>
          </span>
        ))}
      </div>
    </div>
  );
}
