export const SOURCE_LANGUAGE: string;
export function compareStrings(language: string, file: string, english: unknown, translated: unknown): string[];
export function checkLocales(folder: string, languages?: string[]): string[];
