import { GENERATOR } from './report/build';
import { MODEL_VERSION } from './actors/model';

/**
 * Identifies the analysis a document gets: cached analyses from another version are not reused.
 * The last part counts changes to what a cached analysis holds (2: mentions as recognized, before linking; 3: the document's dates;
 * 4: speeds among the figures; 5: figures of who was aboard, of capacity, of those taken to hospital and of
 * cases of an illness, sentences ending after "a.m.", and this release's mention and speaker rules; 6: numbered sites,
 * a sentence's opening "The", abbreviated ranks and saints' names in the possessive; 7: saved pages' mastheads,
 * headline labels and year-less stamps, dotted dates, "according to the first report of …", "Chief Executive", and
 * distances "down the valley"; 8: a body "on Lipova Street" ends before the street, a year-less stamp is not dated in
 * the year after one the page names, and the new event words: people exposed, doses, burns and people in a building;
 * 9: the buried, people "moved out", and skiers, hikers, climbers and pilgrims among the people counted;
 * 10: prison terms, flights cancelled or diverted, "handed over" before a number, "Friday 10 April" as one date, and
 * a quotation "told officers and journalists" (and "told reporters and added that …"), homes damaged counted apart from those destroyed, and "remain in
 * hospital", "on the wards"; 11: counts of people by nation, "103 Talvessans" and "97 Zemlyrian prisoners"; 12: a sentence
 * ends after several footnote markers ("[1][3]"), and "Public Prosecution" names an organization; 13: "15 or more", "40 or so", "40-odd"; 14:
 * "17 sick babies and three deaths" keeps each count's own event; 15: people who crossed or entered a country, and
 * those who tested positive, failed tests or returned adverse findings; 16: company names ending in "Minerals", "Metals",
 * "Resources", "Pharma", "Aerospace" and other trades name organizations, whatever their first word; a byline's desk credit,
 * "By Staff", "By Web Desk", is no actor, nor a page's "Published" or "Updated"; photo and news agencies are known
 * organizations; a line of share links or of topics is site furniture; a
 * title in title case is read as a headline: a name there counts where the body names it; 17: so is a subheading in
 * title case, a line of its own that capitalises ordinary words, and a section's one-word label in capitals
 * ("PERMITS"); "Saturdays", "Sundays" are days; a portfolio of several words is no actor, "Internal Affairs
 * Minister X", "the Minister of External Relations"; nor a genus, "Listeria", "Cronobacter sakazakii"; demonyms
 * that add "-i" or "-er" to a place's name, "Sadrevani", "Brislander"; "Bruce Arena, who ..." is a person; the stored
 * view, keyed by these keys, leaves out one-word names the folder writes in lower case, see ordinary-words.ts, and
 * links "Tahir"/"Tohir" before one surname).
 */
export const ANALYSIS_VERSION = `${GENERATOR}/model-${MODEL_VERSION}/17`;
