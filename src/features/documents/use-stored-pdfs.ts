import { useCallback, useEffect, useState } from 'react';
import { listPdfs, type StoredPdfInfo } from '../../store/database';

/** The PDFs kept on this device, by document, and a way to read them again after a change. */
export function useStoredPdfs(): [Map<string, StoredPdfInfo>, () => void] {
  const [pdfs, setPdfs] = useState(new Map<string, StoredPdfInfo>());
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reads the list again each time it is asked to (version)
  useEffect(() => {
    let live = true;
    listPdfs()
      .then((list) => live && setPdfs(new Map(list.map((info) => [info.document, info]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  return [pdfs, useCallback(() => setVersion((v) => v + 1), [])];
}
