import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { answerError, isAnswerField, type AnswerError } from '../domain/answers';
import { isDay, type Day } from '../domain/dates';
import { isDocumentId, type DocumentId } from '../domain/documents';
import { isPathId, type PathId } from '../domain/paths';
import { isStepId, type StepId } from '../domain/steps';
import { createSavedStateStorage, STATE_KEY } from './idb-storage';
import type { LoadOutcome } from './load';
import { CURRENT_VERSION } from './migrations';
import { initialSavedState, pickSaved, type SavedState } from './schema';

export interface AppActions {
  /** Returns false, changing nothing, when `path` is not one of the four paths. */
  choosePath(path: unknown): boolean;
  /** Marks a step done on `day`, or not done with null. */
  setStep(step: StepId, day: Day | null): boolean;
  /** Marks a document ready on `day`, or not ready with null. */
  setDocument(document: DocumentId, day: Day | null): boolean;
  /** Keeps a prepared answer; returns why it was refused, changing nothing. */
  setAnswer(field: string, value: unknown): AnswerError | 'unknown-field' | undefined;
  setLanguage(language: string | null): void;
}

export type AppState = SavedState & AppActions;

/** What the session knows about storage; never persisted. */
export interface SessionStatus {
  hydrated: boolean;
  loadOutcome: LoadOutcome | null;
  recoveryKey: string | null;
  saveFailed: boolean;
}

export interface AppStores {
  app: StoreApi<AppState> & { persist: { rehydrate(): Promise<void>; hasHydrated(): boolean } };
  status: StoreApi<SessionStatus>;
}

function dayOrNull(day: unknown): day is Day | null {
  return day === null || isDay(day);
}

/** A fresh pair of stores. The app uses one; each test builds its own. */
export function createAppStores(): AppStores {
  const status = createStore<SessionStatus>(() => ({
    hydrated: false,
    loadOutcome: null,
    recoveryKey: null,
    saveFailed: false,
  }));
  const storage = createSavedStateStorage({
    onLoad: (loadOutcome, recoveryKey) => status.setState({ loadOutcome, recoveryKey: recoveryKey ?? null }),
    onWriteResult: (ok) => status.setState({ saveFailed: !ok }),
  });

  const app = createStore<AppState>()(
    persist(
      (set) => ({
        ...initialSavedState(),
        choosePath(path) {
          if (!isPathId(path)) return false;
          set({ path: path as PathId });
          return true;
        },
        setStep(step, day) {
          if (!isStepId(step) || !dayOrNull(day)) return false;
          set((s) => ({ steps: withDay(s.steps, step, day) }));
          return true;
        },
        setDocument(document, day) {
          if (!isDocumentId(document) || !dayOrNull(day)) return false;
          set((s) => ({ documents: withDay(s.documents, document, day) }));
          return true;
        },
        setAnswer(field, value) {
          if (!isAnswerField(field)) return 'unknown-field';
          const error = answerError(field, value);
          if (error) return error;
          set((s) => ({ answers: { ...s.answers, [field]: value as string } }));
          return undefined;
        },
        setLanguage(language) {
          set({ language });
        },
      }),
      {
        name: STATE_KEY,
        version: CURRENT_VERSION,
        storage,
        // main.tsx (and each test) hydrates explicitly, once, before anything renders.
        skipHydration: true,
        partialize: (state) => pickSaved(state),
        // Our storage already migrated and validated what it read: take it whole.
        merge: (persisted, current) => ({ ...current, ...(persisted as SavedState) }),
      },
    ),
  );
  app.persist.onFinishHydration(() => status.setState({ hydrated: true }));
  return { app, status };
}

function withDay<K extends string>(record: Partial<Record<K, Day>>, key: K, day: Day | null) {
  const next = { ...record };
  if (day === null) delete next[key];
  else next[key] = day;
  return next;
}
