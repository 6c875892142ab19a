// The glob patterns of the include/exclude settings, matched against paths relative to a
// workspace folder: `**` any folders, `*` and `?` within one path segment, `{a,b}` alternatives.

/** Converts a glob pattern to an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') { re += '(?:'; depth++; }
    else if (c === '}' && depth > 0) { re += ')'; depth--; }
    else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  while (depth-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** Whether a relative path is matched by any include pattern and by no exclude pattern. */
export function matchesGlobs(path: string, include: string[], exclude: string[]): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return include.some((g) => globToRegExp(g).test(p)) && !exclude.some((g) => globToRegExp(g).test(p));
}
