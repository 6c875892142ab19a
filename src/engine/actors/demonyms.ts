// Demonyms of places the articles themselves name: "Tarsian" of Tarsia, "Kanduman" of Kanduma.
// News uses them as adjectives ("Tarsian forces"), never as names, and no list can hold the
// demonyms of every place a story may be about, so they are derived from the story's own places.

const ENDINGS = ['ian', 'an', 'n', 'ese', 'ish', 'i', 'ean'];

/** The stem a demonym is built on: the place name without a final vowel ("tarsia" → "tarsi"). */
export function placeStem(place: string): string {
  return /[aeiouy]$/.test(place) ? place.slice(0, -1) : place;
}

/** The stem of the place a lower-case word is the demonym of, if `isStem` knows it ("tarsians" → "tarsi"). */
export function demonymStem(word: string, isStem: (stem: string) => boolean): string | undefined {
  const k = word.endsWith('s') ? word.slice(0, -1) : word;
  for (const e of ENDINGS) {
    if (!k.endsWith(e) || k.length <= e.length + 3) continue;
    const stem = k.slice(0, -e.length);
    // "kiseni" is the place Kiseni, not a demonym of it.
    if (stem !== placeStem(k) && isStem(stem)) return stem;
  }
  return undefined;
}
