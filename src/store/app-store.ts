import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { afterTaskBlockedBy, isAfterTask, type AfterTask } from '../domain/after-tasks';
import { answerError, isAnswerField, type AnswerError } from '../domain/answers';
import { careSheetError, MAX_CARE_SHEETS, type CareSheet } from '../domain/care-sheets';
import { isSavedNumber, type NumberKind } from '../domain/numbers';
import { REMINDER_IDS, type ReminderId, type ReminderMark } from '../domain/reminder-marks';
import { isDay, type Day } from '../domain/dates';
import { isDocumentId, type DocumentId } from '../domain/documents';
import { withPoint } from '../domain/document-checks';
import { NOTICE_IDS, type NoticeId } from '../domain/journey';
import { isPathId, type PathId } from '../domain/paths';
import { isStepId, type StepId } from '../domain/steps';
import { STATE_KEY } from './database';
import { createSavedStateStorage } from './idb-storage';
import type { LoadOutcome } from './load';
import { CURRENT_VERSION } from './migrations';
import { dataFingerprint } from './selectors';
import { initialSavedState, pickSaved, type SavedState } from './schema';
import { openTabChannel } from './tab-sync';

export interface AppActions {
  /** Returns false, changing nothing, when `path` is not one of the four paths. */
  choosePath(path: unknown): boolean;
  /** Marks a step done on `day`, or not done with null. */
  setStep(step: StepId, day: Day | null): boolean;
  /** Marks a document ready on `day`, or not ready with null. */
  setDocument(document: DocumentId, day: Day | null): boolean;
  /** Ticks or unticks one of the points that make a document acceptable. */
  setDocumentCheck(document: DocumentId, point: string, ticked: boolean): boolean;
  /** Keeps a prepared answer; returns why it was refused, changing nothing. */
  setAnswer(field: string, value: unknown): AnswerError | 'unknown-field' | undefined;
  setLanguage(language: string | null): void;
  /**
   * Keeps a checked, compact number (or removes it with null); also ticks step 5 or 6 the first time.
   * `asWritten` keeps a number that failed the app's check, at the student's explicit request.
   */
  setNumber(kind: NumberKind, value: string | null, today: Day, asWritten?: boolean): boolean;
  setAfterTask(task: AfterTask, day: Day | null): boolean;
  /** Adds a care sheet; returns why it was refused, changing nothing. */
  addCareSheet(sheet: Omit<CareSheet, 'id'>): CareSheetProblem | undefined;
  updateCareSheet(id: string, changes: Partial<Omit<CareSheet, 'id'>>): CareSheetProblem | undefined;
  /** Removes a care sheet and returns it with its place, so it can be put back. */
  removeCareSheet(id: string): { sheet: CareSheet; index: number } | null;
  restoreCareSheet(sheet: CareSheet, index: number): void;
  /** Records what the student did with a reminder; an undefined field clears it. */
  markReminder(id: ReminderId, mark: ReminderMark): boolean;
  setNotifications(enabled: boolean): void;
  noteNotificationShown(day: Day): void;
  /** Puts a card away on `day`, or brings it back with null. */
  dismissNotice(id: NoticeId, day: Day | null): boolean;
  /** The day the student arrived in France, or null to say they have not yet. */
  setArrivedOn(day: Day | null): boolean;
  /** The last day of the student's European Health Insurance Card, or null to forget it. */
  setCardEndsOn(day: Day | null): boolean;
  /** Records a backup export made on `day` of the data as it is now. */
  noteBackupExported(day: Day): boolean;
}

export type CareSheetProblem = NonNullable<ReturnType<typeof careSheetError>> | 'full' | 'missing';

const STEP_FOR_NUMBER = { provisional: 'provisional-attestation', definitive: 'definitive-attestation' } as const;

export type AppState = SavedState & AppActions;

/** What the session knows about storage; never persisted. */
export interface SessionStatus {
  hydrated: boolean;
  loadOutcome: LoadOutcome | null;
  recoveryKey: string | null;
  saveFailed: boolean;
  /** The stored data was written by a newer version of the app: this one must not write over it. */
  newerApp: boolean;
  /** Another window erased everything: this one must reload before doing anything else. */
  erasedElsewhere: boolean;
}

export interface AppStores {
  app: StoreApi<AppState> & { persist: { rehydrate(): Promise<void>; hasHydrated(): boolean } };
  status: StoreApi<SessionStatus>;
  /** Replaces all the student's data at once (a restored backup), already validated; resolves to the new revision. */
  replaceAll(state: SavedState): Promise<number>;
  /** The revision this window last read or wrote: it moves whenever the stored data changes. */
  revision(): number;
  /** Erases everything the app stored on this device and stops writing; the caller reloads the page. */
  eraseAll(): Promise<void>;
  /** Resolves once every change made so far has been written (or refused), and every re-read has finished. */
  flush(): Promise<void>;
  dispose(): void;
}

export interface StoreOptions {
  /** Keep other tabs in step (the app); tests that want it opt in. */
  syncTabs?: boolean;
  /** Called after the first successful save of the session (the app asks for persistent storage then). */
  onFirstSave?(): void;
}

function dayOrNull(day: unknown): day is Day | null {
  return day === null || isDay(day);
}

/** A fresh pair of stores. The app uses one; each test builds its own. */
export function createAppStores(options: StoreOptions = {}): AppStores {
  const status = createStore<SessionStatus>(() => ({
    hydrated: false,
    loadOutcome: null,
    recoveryKey: null,
    saveFailed: false,
    newerApp: false,
    erasedElsewhere: false,
  }));
  let savedOnce = false;
  const storage = createSavedStateStorage({
    onLoad: (loadOutcome, recoveryKey) =>
      status.setState((s) => ({
        loadOutcome,
        recoveryKey: recoveryKey ?? s.recoveryKey,
        newerApp: loadOutcome.kind === 'damaged' && loadOutcome.reason === 'newer',
      })),
    onWrite: (result, revision) => {
      status.setState({
        saveFailed: result === 'failed',
        newerApp: result === 'newer-app',
        erasedElsewhere: result === 'erased',
      });
      if (result === 'unchanged') return;
      if (result !== 'saved' && result !== 'merged') return;
      channel?.post({ type: 'written', revision });
      if (!savedOnce) {
        savedOnce = true;
        options.onFirstSave?.();
      }
    },
  });

  // Another tab's data is put into memory without being written back (that would echo between tabs).
  let applyingOtherTab = false;
  const app = createStore<AppState>()(
    persist(
      (set, get) => ({
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
        setDocumentCheck(document, point, ticked) {
          if (!isDocumentId(document)) return false;
          const points = withPoint(document, get().documentChecks[document] ?? [], point, ticked);
          if (!points) return false;
          set((s) => {
            const documentChecks = { ...s.documentChecks, [document]: points };
            if (points.length === 0) delete documentChecks[document];
            return { documentChecks };
          });
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
        setNumber(kind, value, today, asWritten = false) {
          if (kind !== 'provisional' && kind !== 'definitive') return false;
          if (value === null) {
            set((s) => {
              const numbers = { ...s.numbers };
              delete numbers[kind];
              return { numbers };
            });
            return true;
          }
          // Correcting a typo keeps the day the number first came: reminders count from it.
          const saved = { value, enteredOn: get().numbers[kind]?.enteredOn ?? today, ...(asWritten ? { asWritten: true as const } : {}) };
          if (!isSavedNumber(saved)) return false;
          set((s) => ({
            numbers: { ...s.numbers, [kind]: saved },
            steps: s.steps[STEP_FOR_NUMBER[kind]] ? s.steps : { ...s.steps, [STEP_FOR_NUMBER[kind]]: today },
          }));
          return true;
        },
        setAfterTask(task, day) {
          if (!isAfterTask(task) || !dayOrNull(day)) return false;
          if (day !== null && afterTaskBlockedBy(task, get().afterTasks)) return false;
          set((s) => ({ afterTasks: withDay(s.afterTasks, task, day) }));
          return true;
        },
        addCareSheet(fields) {
          if (get().careSheets.length >= MAX_CARE_SHEETS) return 'full';
          const sheet = { ...fields, id: newId() };
          const error = careSheetError(sheet);
          if (error) return error;
          set((s) => ({ careSheets: [...s.careSheets, sheet] }));
          return undefined;
        },
        updateCareSheet(id, changes) {
          const current = get().careSheets.find((sheet) => sheet.id === id);
          if (!current) return 'missing';
          const next = withoutUndefined({ ...current, ...changes, id });
          const error = careSheetError(next);
          if (error) return error;
          set((s) => ({ careSheets: s.careSheets.map((sheet) => (sheet.id === id ? next : sheet)) }));
          return undefined;
        },
        removeCareSheet(id) {
          const index = get().careSheets.findIndex((sheet) => sheet.id === id);
          const sheet = get().careSheets[index];
          if (!sheet) return null;
          set((s) => ({ careSheets: s.careSheets.filter((other) => other.id !== id) }));
          return { sheet, index };
        },
        restoreCareSheet(sheet, index) {
          const sheets = get().careSheets;
          if (careSheetError(sheet) || sheets.length >= MAX_CARE_SHEETS || sheets.some((other) => other.id === sheet.id)) return;
          set((s) => {
            const careSheets = [...s.careSheets];
            careSheets.splice(Math.min(index, careSheets.length), 0, sheet);
            return { careSheets };
          });
        },
        markReminder(id, mark) {
          if (!REMINDER_IDS.includes(id)) return false;
          if (Object.values(mark).some((day) => day !== undefined && !isDay(day))) return false;
          set((s) => ({ reminders: { ...s.reminders, [id]: withoutUndefined({ ...s.reminders[id], ...mark }) } }));
          return true;
        },
        setNotifications(enabled) {
          set((s) => ({ notifications: { ...s.notifications, enabled } }));
        },
        noteNotificationShown(day) {
          if (!isDay(day)) return;
          set((s) => ({ notifications: { ...s.notifications, lastShownOn: day } }));
        },
        setArrivedOn(day) {
          if (!dayOrNull(day)) return false;
          set({ arrivedOn: day });
          return true;
        },
        setCardEndsOn(day) {
          if (!dayOrNull(day)) return false;
          set({ cardEndsOn: day });
          return true;
        },
        noteBackupExported(day) {
          if (!isDay(day)) return false;
          set((s) => ({ backup: { exportedOn: day, fingerprint: dataFingerprint(s) } }));
          return true;
        },
        dismissNotice(id, day) {
          if (!NOTICE_IDS.includes(id) || !dayOrNull(day)) return false;
          set((s) => ({ dismissed: withDay(s.dismissed, id, day) }));
          return true;
        },
      }),
      {
        name: STATE_KEY,
        version: CURRENT_VERSION,
        storage: {
          getItem: (name) => storage.getItem(name),
          setItem: (name, value) => (applyingOtherTab ? undefined : storage.setItem(name, value)),
          removeItem: (name) => storage.removeItem(name),
        },
        // main.tsx (and each test) hydrates explicitly, once, before anything renders.
        skipHydration: true,
        partialize: (state) => pickSaved(state),
        // Our storage already migrated and validated what it read: take it whole.
        merge: (persisted, current) => ({ ...current, ...(persisted as SavedState) }),
      },
    ),
  );
  app.persist.onFinishHydration(() => {
    status.setState({ hydrated: true });
    // The first read may have started before this tab could hear the others (src/boot/early-start.ts):
    // look once more, now that it listens.
    void storage.refresh();
  });
  storage.link({
    read: () => pickSaved(app.getState()),
    replace(state) {
      applyingOtherTab = true;
      try {
        app.setState(state);
      } finally {
        applyingOtherTab = false;
      }
    },
  });
  const channel = options.syncTabs
    ? openTabChannel((message) => {
        if (message.type === 'erased') {
          storage.suspend();
          status.setState({ erasedElsewhere: true });
        } else if (message.revision > storage.knownRevision()) {
          void storage.refresh();
        }
      })
    : null;

  return {
    app,
    status,
    async replaceAll(state) {
      await storage.overwrite(pickSaved(state));
      return storage.knownRevision();
    },
    revision: () => storage.knownRevision(),
    async eraseAll() {
      await storage.eraseAll();
      channel?.post({ type: 'erased' });
    },
    flush: () => storage.flush(),
    dispose() {
      channel?.close();
    },
  };
}

function withDay<K extends string>(record: Partial<Record<K, Day>>, key: K, day: Day | null) {
  const next = { ...record };
  if (day === null) delete next[key];
  else next[key] = day;
  return next;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
