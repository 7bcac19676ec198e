/**
 * Tabs of the game on one device tell each other what they saved (BroadcastChannel), so each
 * merges the other's rounds into its state and its next save holds both. Writes themselves are
 * serialised per profile by storage's lock; this only keeps each tab's picture up to date.
 */
export type TabMessage =
  /** A round was recorded into this profile: merge what is stored. */
  | { type: 'profile-saved'; id: string }
  /** This profile's progress was replaced (reset, trimmed): take what is stored. */
  | { type: 'profile-replaced'; id: string }
  /** Everything was replaced by an import: start again from storage. */
  | { type: 'imported' };

export interface TabChannel {
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): void;
}

export function openTabChannel(): TabChannel {
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (!Channel) return { post() {}, listen() {} };
  const channel = new Channel('fait-ou-propagande');
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closing page: the others read storage at their next save anyway.
      }
    },
    listen: (handler) => {
      channel.onmessage = (event: MessageEvent<TabMessage>) => {
        if (event.data && typeof event.data === 'object' && typeof event.data.type === 'string') handler(event.data);
      };
    },
  };
}

export const noTabs: TabChannel = { post() {}, listen() {} };
