// Tabs (or the installed app and a browser tab) tell each other when they wrote: IndexedDB fires no
// cross-tab events. Every browser the app runs in has BroadcastChannel; without it, tabs still merge
// each other's data when they next write, they only see it later.
export type TabMessage = { type: 'written'; revision: number } | { type: 'erased' };

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

const NAME = 'secu-steps';

export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
