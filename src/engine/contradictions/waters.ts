import type { Contradiction } from '../types';
import { type Statement, asks, perPassage, sideOf, voicesOf } from './statements';
import { round } from './numeric';
import { gated } from '../prefilter';

// Whose waters a ship was in when it was stopped, seized or sunk: "inside Vessarian territorial
// waters", "well within the twelve-mile limit" against "in international waters" or "in Kaldonian
// waters". Maritime incidents turn on it, and each side names the waters its own way.

// Where the ship was: waters named after "in", "inside", "within", with at most two words of owner.
const WATERS = /* @__PURE__ */ gated(/\b(?:in|inside|within|into|entered|out\s+of|outside)\s+(?:the\s+)?(?:(?:well|deep|far)\s+)?(?:(?:inside|within)\s+)?(?:the\s+)?([a-z'’-]+\s+)?([a-z'’-]+\s+)?waters\b/g);
const LIMIT = /* @__PURE__ */ gated(/\b(?:inside|within)\s+(?:the\s+)?(?:twelve|12)[\s-]*(?:nautical[\s-]*)?mile\s+(?:limit|zone)\b/);
// Words of the ship's being there: a place stated, not a patrol's plan or a fishing ground.
const WAS_THERE = /* @__PURE__ */ gated(/\b(?:was|were|been|being|sailing|seized|stopped|boarded|intercepted|detained|sank|sunk|anchored|approached|put\s+the\s+ship|put\s+it|caught|fishing|navigat\w*|it\s+stopped|when\s+it\s+stopped)\b/);
const NOT_OWNERS = new Set(['its', 'their', 'our', 'his', 'her', 'the', 'own', 'coastal', 'shallow', 'deep', 'open', 'calm', 'rough', 'choppy', 'icy', 'cold', 'warm', 'murky', 'flood', 'flooded', 'rising', 'surrounding', 'nearby', 'local', 'national', 'same', 'disputed', 'contested']);

type Waters = 'international' | 'territorial' | string;

/** The waters a passage puts the ship in: 'international', an owner's adjective, or 'territorial' (owner unnamed). */
const watersOf = perPassage<Waters | undefined>();
function readWaters(st: Statement): Waters | undefined {
  if (!/\bwaters\b|\bmile\s+(?:limit|zone)\b/.test(st.lower) || asks(st.lower) || !WAS_THERE.test(st.lower)) return undefined;
  if (/\b(?:if|whether|could|might|would)\b/.test(st.lower)) return undefined;
  const found = new Set<Waters>();
  for (const m of st.lower.matchAll(WATERS)) {
    // Leaving waters, or being outside them, says where the ship was not.
    if (/^(?:out\s+of|outside)\b/.test(m[0])) continue;
    const words = [m[1], m[2]].filter(Boolean).map((w) => w!.trim());
    if (words.includes('international')) found.add('international');
    else {
      const owner = words.find((w) => w !== 'territorial' && !NOT_OWNERS.has(w) && /(?:an|ian|ese|ish|ic|i)$/.test(w));
      if (owner) found.add(owner);
      else if (words.includes('territorial') || words.some((w) => w === 'its' || w === 'our')) found.add('territorial');
    }
  }
  if (LIMIT.test(st.lower)) found.add('territorial');
  // A passage giving two readings reports the dispute; it takes no side.
  if (found.size === 2 && found.has('territorial')) found.delete('territorial');
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Sources that put the ship in different waters: international against a state's, or one state's
 * against another's. Waters called territorial without an owner are the owner's whom the other
 * passages call territorial by name.
 */
export function watersContradictions(statements: Statement[]): Contradiction[] {
  const readings: Array<{ st: Statement; waters: Waters }> = [];
  for (const st of statements) {
    const w = watersOf(st, readWaters);
    if (w) readings.push({ st, waters: w });
  }
  if (readings.length < 2) return [];
  const owners = new Set(readings.map((r) => r.waters).filter((w) => w !== 'international' && w !== 'territorial'));
  // "Its territorial waters" is the coastal state's: the one state named with "territorial" elsewhere, if one.
  const territorialOwner = new Set(readings.filter((r) => r.waters !== 'international' && r.waters !== 'territorial' && new RegExp(`\\b${r.waters}\\s+territorial\\b`).test(r.st.lower)).map((r) => r.waters));
  const home = territorialOwner.size === 1 ? [...territorialOwner][0] : owners.size === 1 ? [...owners][0] : undefined;
  const camps = new Map<Waters, Statement[]>();
  for (const r of readings) {
    const w = r.waters === 'territorial' ? home ?? 'territorial' : r.waters;
    (camps.get(w) ?? camps.set(w, []).get(w)!).push(r.st);
  }
  if (camps.size < 2) return [];
  const ranked = [...camps].sort((a, b) => b[1].length - a[1].length);
  // Two sources at least must place it differently.
  if (!ranked.some(([w, sts]) => ranked.some(([v, others]) => v !== w && others.some((o) => sts.some((s) => s.file !== o.file))))) return [];
  const label = (w: Waters) => (w === 'territorial' ? 'territorial waters' : `${w.charAt(0).toUpperCase()}${w.slice(1)} waters`);
  return [{
    id: '', kind: 'polarity', topic: 'whose waters the ship was in',
    summary: `Whose waters was the ship in: ${ranked.map(([w, sts]) => `${label(w)} (${voicesOf(sts)})`).join(' vs ')}`,
    confidence: round(0.6),
    sides: ranked.flatMap(([, sts]) => sts.slice(0, 4)).map((s) => sideOf(s)),
  }];
}
