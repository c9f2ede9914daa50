/**
 * A small, strict XML 1.0 well-formedness checker for the feed tests (no XML parser is a dependency
 * here, and none is added): one root element, balanced and properly nested tags, quoted and
 * unique attributes, only predefined or numeric entity references, no "]]>" in text, only
 * characters XML 1.0 allows. Namespaces and DTDs are out of scope (a DOCTYPE is refused).
 * Returns the element tree with text and attribute values decoded.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside the element (CDATA included), concatenated. */
  text: string;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const PREDEFINED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Decodes references in text or an attribute value; throws on a bare "&" or an unknown entity. */
function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`bare & in ${where}`);
    if (body in PREDEFINED) return PREDEFINED[body]!;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new XmlError(`unknown entity &${body}; in ${where}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
    if (!isXmlChar(code)) throw new XmlError(`reference to a forbidden character &${body}; in ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(source: string): XmlElement {
  for (const char of source) {
    const code = char.codePointAt(0)!;
    // A lone surrogate iterates as itself: its code is in the surrogate range, which isXmlChar refuses.
    if (!isXmlChar(code)) throw new XmlError(`forbidden character U+${code.toString(16).padStart(4, '0')}`);
  }
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (message: string): never => {
    throw new XmlError(`${message} at offset ${at}`);
  };

  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    at = end + 2;
  }
  while (at < source.length) {
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      if (end < 0) fail('unterminated comment');
      if (source.slice(at + 4, end).includes('--')) fail('"--" inside a comment');
      at = end + 3;
    } else if (source.startsWith('<![CDATA[', at)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = source.indexOf(']]>', at);
      if (end < 0) fail('unterminated CDATA');
      stack[stack.length - 1]!.text += source.slice(at + 9, end);
      at = end + 3;
    } else if (source.startsWith('<!', at)) {
      fail('DOCTYPE and other declarations are not accepted');
    } else if (source.startsWith('<?', at)) {
      const end = source.indexOf('?>', at);
      if (end < 0) fail('unterminated processing instruction');
      at = end + 2;
    } else if (source.startsWith('</', at)) {
      const name = NAME.exec(source.slice(at + 2))?.[0] ?? fail('bad end tag');
      at += 2 + name.length;
      while (/\s/.test(source[at] ?? '')) at++;
      if (source[at] !== '>') fail(`bad end tag </${name}`);
      at++;
      const open = stack.pop() ?? fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}>`);
    } else if (source[at] === '<') {
      const name = NAME.exec(source.slice(at + 1))?.[0] ?? fail('bad start tag');
      at += 1 + name.length;
      const element: XmlElement = {name, attributes: {}, children: [], text: ''};
      for (;;) {
        const spaced = /^\s+/.exec(source.slice(at))?.[0].length ?? 0;
        at += spaced;
        if (source.startsWith('/>', at) || source[at] === '>') break;
        if (spaced === 0) fail(`attributes of <${name}> must be separated by space`);
        const attribute = NAME.exec(source.slice(at))?.[0] ?? fail(`bad attribute in <${name}>`);
        at += attribute.length;
        const value = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(at)) ?? fail(`attribute ${attribute} needs a quoted value`);
        const raw = value[2] ?? value[3] ?? '';
        if (raw.includes('<')) fail(`"<" in attribute ${attribute}`);
        if (attribute in element.attributes) fail(`duplicate attribute ${attribute}`);
        element.attributes[attribute] = decode(raw, `attribute ${attribute}`);
        at += value[0].length;
      }
      const empty = source.startsWith('/>', at);
      at += empty ? 2 : 1;
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (!empty) stack.push(element);
    } else {
      const next = source.indexOf('<', at);
      const raw = source.slice(at, next < 0 ? source.length : next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      if (stack.length === 0) {
        if (raw.trim() !== '') fail('text outside the root element');
      } else stack[stack.length - 1]!.text += decode(raw, `<${stack[stack.length - 1]!.name}>`);
      at += raw.length;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  return root ?? fail('no root element');
}

/** Depth-first: every element named `name` under (and including) `root`. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    if (element.name === name) found.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return found;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
