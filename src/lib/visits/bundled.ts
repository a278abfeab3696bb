/**
 * Loads a bundled visit through the one gate, as `VisitLoader.load` wants it. A `visit=` that
 * names no bundled visit is an error the page shows (the list of problems, with the ids there
 * are), never another visit in its place.
 */
import { classify, type LoadResult } from '../model/load';
import { makeError, parseVisitText } from '../model/parseVisit';
import { BUNDLED_VISITS, chooseVisit } from './list';

export { withVisit } from './links';

/** The longest `visit=` value quoted back in the error. */
const MAX_QUOTED = 64;

export async function loadBundled(id: string | null): Promise<LoadResult> {
  const choice = chooseVisit(id);
  if (choice.kind === 'unknown') {
    const ids = BUNDLED_VISITS.map((v) => `"${v.id}"`);
    const expected = `expected ${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
    const quoted = JSON.stringify(choice.id.slice(0, MAX_QUOTED));
    return {
      ok: false,
      problem: 'not-found',
      errors: [makeError('visit', 'value', expected, quoted)],
    };
  }
  return classify(parseVisitText(await choice.visit.text()));
}
