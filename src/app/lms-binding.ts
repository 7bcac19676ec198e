/**
 * The game inside an LMS (a SCORM 1.2 package in Éléa/Moodle): finds the LMS, reads how the
 * package was made (lms.json) and what the LMS kept of an earlier visit (suspend data), starts the
 * round through the store, then reports the round as it goes: the effects module hands it each
 * round it saves. What is sent is worked out in the core (core/lms/report.ts); nothing about the
 * learner is read (no cmi.core.student_name, no student_id).
 */
import { LMS_CONFIG_FILE, type LmsConfig, encodeSuspend, parseLmsConfig, roundReport, sessionTime } from '../core/lms';
import { lmsRules } from '../core/game/lms';
import type { RoundState } from '../core/round';
import { findScormApi, ScormSession } from '../services/scorm';
import type { GameStore } from './effects';

export interface LmsLink {
  /** Starts the package's round (or the one the LMS kept), in the store. */
  start(store: GameStore): void;
  /** The round as it stands (saved after each step, or just finished). */
  report(round: RoundState): void;
}

/** Null outside an LMS: the game plays as usual. */
export async function connectLms(win: Window, now: () => number = Date.now): Promise<LmsLink | null> {
  const api = findScormApi(win);
  if (!api) return null;
  const session = ScormSession.start(api);
  if (!session) return null;
  const startedAt = now();
  const config = await readConfig();
  const status = session.get('cmi.core.lesson_status');
  // An attempt the LMS already counts as done (reviewed, or reopened): its status is left alone until a new end.
  const done = ['completed', 'passed', 'failed'].includes(status);
  if (!done) session.set('cmi.core.lesson_status', 'incomplete');
  session.commit();
  let interactions = Number.parseInt(session.get('cmi.interactions._count'), 10) || 0;
  let roundId: string | null = null;
  let reported = 0;

  const finish = () => {
    if (!session.open) return;
    session.set('cmi.core.session_time', sessionTime(now() - startedAt));
    session.finish();
  };
  win.addEventListener('pagehide', finish);
  win.addEventListener('beforeunload', finish);

  return {
    start(store) {
      const suspend = session.get('cmi.suspend_data') || null;
      // A launch starts straight into the LMS mode: its rules are here with this module.
      store.dispatch({ type: 'mode-loaded', rules: lmsRules });
      store.dispatch({ type: 'start-lms-round', config, suspend });
      // The round starts now, or once the texts have arrived (it waits for them in the state).
      const take = (round: RoundState) => {
        roundId = round.id;
        // The excerpts answered before the pupil left were reported then.
        reported = round.turns.length;
      };
      if (store.state.round) take(store.state.round);
      else {
        const stop = store.subscribe((state) => {
          if (!state.round) return;
          take(state.round);
          stop();
        });
      }
    },
    report(round) {
      if (round.id !== roundId || !session.open) return;
      const r = roundReport(round, config.passPercent);
      session.set('cmi.core.score.raw', String(r.scoreRaw));
      session.set('cmi.core.score.min', String(r.scoreMin));
      session.set('cmi.core.score.max', String(r.scoreMax));
      for (const interaction of r.interactions.slice(reported)) {
        const n = `cmi.interactions.${interactions}`;
        session.set(`${n}.id`, interaction.id);
        session.set(`${n}.type`, interaction.type);
        session.set(`${n}.student_response`, interaction.response);
        session.set(`${n}.correct_responses.0.pattern`, interaction.correct);
        session.set(`${n}.result`, interaction.result);
        interactions += 1;
      }
      reported = Math.max(reported, r.interactions.length);
      if (r.finished) {
        session.set('cmi.core.lesson_status', r.status);
        session.set('cmi.suspend_data', '');
        session.set('cmi.core.exit', '');
      } else {
        if (!done) session.set('cmi.core.lesson_status', 'incomplete');
        session.set('cmi.suspend_data', encodeSuspend(round));
        session.set('cmi.core.exit', 'suspend');
      }
      session.commit();
      if (session.errors.length > 0) console.warn('The LMS refused some values:', session.errors.splice(0));
    },
  };
}

/** The package's settings: a file of the package itself (no other request); the default when it is missing. */
async function readConfig(): Promise<LmsConfig> {
  try {
    const response = await fetch(`./${LMS_CONFIG_FILE}`, { cache: 'no-store' });
    return parseLmsConfig(response.ok ? await response.json() : null);
  } catch {
    return parseLmsConfig(null);
  }
}
