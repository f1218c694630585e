/// <reference types="vite/client" />

/** The version shown in the footer; two builds with different ids are two versions of the app. */
declare const __BUILD_ID__: string;

/** Where the build put each language's strings ("locales/fr-1a2b3c4d"): see vite.config.ts. */
declare const __LOCALE_FOLDERS__: Record<string, string>;
