// Tabs (or the installed app and a browser tab) tell each other when they wrote: IndexedDB fires no
// cross-tab events. BroadcastChannel where it exists, else a localStorage stamp and its storage event.
export type TabMessage = { type: 'written'; revision: number } | { type: 'erased' };

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

const NAME = 'secu-steps';
const STAMP_KEY = 'secu-steps/last-write';

export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(NAME);
    channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  const listener = (event: StorageEvent) => {
    if (event.key !== STAMP_KEY || !event.newValue) return;
    try {
      onMessage(JSON.parse(event.newValue) as TabMessage);
    } catch {
      // A stamp we cannot read is not ours to act on.
    }
  };
  window.addEventListener('storage', listener);
  return {
    post: (message) => {
      try {
        localStorage.setItem(STAMP_KEY, JSON.stringify({ ...message, at: Date.now() }));
      } catch {
        // Storage full or blocked: the other tabs will still read the newer data when they next write.
      }
    },
    close: () => window.removeEventListener('storage', listener),
  };
}
