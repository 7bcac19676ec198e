/**
 * Translation keys are typed from the French resources (the reference language): a key that
 * does not exist, or a key built from a template that can yield one that does not, fails the
 * type check. A unit test keeps the English files identical in keys.
 */
import 'i18next';
import type career from '../../locales/fr/career.json';
import type board from '../../locales/fr/board.json';
import type classroom from '../../locales/fr/classroom.json';
import type common from '../../locales/fr/common.json';
import type guide from '../../locales/fr/guide.json';
import type help from '../../locales/fr/help.json';
import type investigations from '../../locales/fr/investigations.json';
import type lessons from '../../locales/fr/lessons.json';
import type lms from '../../locales/fr/lms.json';
import type menu from '../../locales/fr/menu.json';
import type play from '../../locales/fr/play.json';
import type profiles from '../../locales/fr/profiles.json';
import type progress from '../../locales/fr/progress.json';
import type results from '../../locales/fr/results.json';
import type settings from '../../locales/fr/settings.json';
import type storage from '../../locales/fr/storage.json';
import type synthesis from '../../locales/fr/synthesis.json';
import type texts from '../../locales/fr/texts.json';
import type viewer from '../../locales/fr/viewer.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      career: typeof career;
      board: typeof board;
      classroom: typeof classroom;
      common: typeof common;
      guide: typeof guide;
      help: typeof help;
      investigations: typeof investigations;
      lessons: typeof lessons;
      lms: typeof lms;
      menu: typeof menu;
      play: typeof play;
      profiles: typeof profiles;
      progress: typeof progress;
      results: typeof results;
      settings: typeof settings;
      storage: typeof storage;
      synthesis: typeof synthesis;
      texts: typeof texts;
      viewer: typeof viewer;
    };
  }
}
