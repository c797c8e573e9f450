/**
 * Variable expansion as container-structure-test does it: Go's `os.Expand` over the image's
 * environment. `$NAME` and `${NAME}` are replaced (an unknown name by ""), `$` followed by
 * something that is not a name stays as it is, and `${}` is dropped. Commands, their
 * arguments, file paths and environment values of a test file are expanded this way, so a
 * file that relies on it (`path: $HOME/.profile`) means the same here.
 */

function isShellSpecial(c: string): boolean {
  return '*#$@!?-'.includes(c) || (c >= '0' && c <= '9');
}

function isAlphaNum(c: string): boolean {
  return c === '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** Go's getShellName: the name after `$` and how many characters it took. */
function shellName(s: string): { name: string; width: number } {
  if (s[0] === '{') {
    if (s.length > 2 && isShellSpecial(s[1] as string) && s[2] === '}') return { name: s.slice(1, 2), width: 3 };
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '}') return i === 1 ? { name: '', width: 2 } : { name: s.slice(1, i), width: i + 1 };
    }
    return { name: '', width: 1 };
  }
  if (isShellSpecial(s[0] as string)) return { name: s.slice(0, 1), width: 1 };
  let i = 0;
  while (i < s.length && isAlphaNum(s[i] as string)) i++;
  return { name: s.slice(0, i), width: i };
}

export function expandVariables(text: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  let start = 0;
  for (let j = 0; j < text.length; j++) {
    if (text[j] === '$' && j + 1 < text.length) {
      out += text.slice(start, j);
      const { name, width } = shellName(text.slice(j + 1));
      if (name === '' && width > 0) {
        // Invalid syntax ("${" or "${}"): Go drops the characters.
      } else if (name === '') {
        out += '$';
      } else {
        out += lookup(name) ?? '';
      }
      j += width;
      start = j + 1;
    }
  }
  return out + text.slice(start);
}

/** `KEY=value` lines of an image config's Env as a map (the first `=` splits). */
export function envListToMap(list: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of list) {
    const eq = entry.indexOf('=');
    if (eq < 0) map.set(entry, '');
    else map.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return map;
}
