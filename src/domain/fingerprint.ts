/**
 * A short, stable fingerprint of a text (32-bit FNV-1a, hex): enough to tell whether saved data changed since a
 * backup was exported. Not a security measure.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
