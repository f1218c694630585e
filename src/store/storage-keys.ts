/** Where the student's data lives in IndexedDB (idb-keyval's "keyval-store"); see idb-storage.ts for every key. */
export const STATE_KEY = 'secu-steps/state';
export const RECOVERY_PREFIX = 'secu-steps/recovery-';
