import type { JourneyInput } from '../domain/journey';
import { DEFAULT_PATH } from '../domain/paths';
import type { SavedState } from './schema';

/** The part of the saved state the journey rules read (a selector: use it with useShallow). */
export function journeyInput(state: SavedState): JourneyInput {
  return {
    path: state.path ?? DEFAULT_PATH,
    steps: state.steps,
    documents: state.documents,
    answers: state.answers,
    numbers: state.numbers,
    afterTasks: state.afterTasks,
    dismissed: state.dismissed,
    arrivedOn: state.arrivedOn,
  };
}
