// The shipped tagger model, decoded on first use and kept for the life of the process.
import { FEATURE_VERSION, lexiconHash } from './features';
import { unpackModel } from './model-codec';
import { MODEL_DATA, MODEL_META, MODEL_VERSION } from './model/weights';
import type { WeightTable } from './tagger';

export { MODEL_VERSION };

let table: WeightTable | null | undefined;

/** The shipped weight table, or null when the generated model is missing or stale. */
export function shippedModel(): WeightTable | null {
  if (table === undefined) {
    // A model trained on other features would tag garbage: better to fall back to rules.
    const valid = MODEL_META.features > 0 && MODEL_META.featureVersion === FEATURE_VERSION
      && (MODEL_META.lexicon === undefined || MODEL_META.lexicon === lexiconHash());
    table = valid ? unpackModel(MODEL_META, MODEL_DATA) : null;
  }
  return table;
}
