/// <reference types="vite/client" />

/** The version shown in the footer; two builds with different ids are two versions of the app. */
declare const __BUILD_ID__: string;
