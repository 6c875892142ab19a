// Demonyms of places the articles themselves name: "Tarsian" of Tarsia, "Kanduman" of Kanduma,
// "Sadrevani" of Sadrevan, "Brislander" of Brisland.
// News uses them as adjectives ("Tarsian forces"), never as names, and no list can hold the
// demonyms of every place a story may be about, so they are derived from the story's own places.

const ENDINGS = ['ian', 'an', 'n', 'ese', 'ish', 'i', 'ean', 'er'];

/** The stem a demonym is built on: the place name without a final vowel ("tarsia" → "tarsi"). */
export function placeStem(place: string): string {
  return /[aeiouy]$/.test(place) ? place.slice(0, -1) : place;
}

/**
 * The stem of the place a lower-case word is the demonym of, if the story names such a place
 * (`placesOf`: the places, lower case, whose placeStem is the stem): "tarsians" → "tarsi" of
 * Tarsia. "-i" and "-er" are added to a whole name ("sadrevani" of Sadrevan, "brislander" of
 * Brisland): "Dorlani" beside "Dorlany" is the place spelt another way. A place that is the word
 * itself ("kiseni", the place Kiseni) has no demonym in it.
 */
export function demonymStem(word: string, placesOf: (stem: string) => Iterable<string> | undefined): string | undefined {
  const k = word.endsWith('s') ? word.slice(0, -1) : word;
  for (const e of ENDINGS) {
    if (!k.endsWith(e) || k.length <= e.length + 3) continue;
    const stem = k.slice(0, -e.length);
    for (const place of placesOf(stem) ?? []) if (place !== k && (!WHOLE_NAME_ENDINGS.has(e) || place === stem)) return stem;
  }
  return undefined;
}
const WHOLE_NAME_ENDINGS = new Set(['i', 'er']);
