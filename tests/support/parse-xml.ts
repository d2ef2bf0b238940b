// Test support: a strict little XML parser (elements, attributes, text, the five predefined
// entities and numeric references, the XML declaration). It throws on anything not well formed —
// unbalanced or crossed tags, unquoted or duplicate attributes, a bare & or <, forbidden control
// characters — so a test can assert that a renderer's output is well-formed XML and inspect it.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function decode(raw: string, at: number): string {
  if (FORBIDDEN.test(raw)) throw new Error(`control character near offset ${at}`);
  if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare < or & near offset ${at}: ${raw.slice(0, 40)}`);
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) throw new Error('unterminated XML declaration');
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root element at ${i}`);
    } else {
      (stack[stack.length - 1] as XmlElement).text += decode(text, i);
    }
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2));
      const close = xml.indexOf('>', i);
      const open = stack.pop();
      if (!m || !open || open.name !== m[0] || xml.slice(i + 2 + m[0].length, close).trim() !== '') throw new Error(`mismatched closing tag at ${i}`);
      i = close + 1;
      continue;
    }
    if (root && stack.length === 0) throw new Error(`second root element at ${i}`);
    const m = NAME.exec(xml.slice(i + 1));
    if (!m) throw new Error(`bad tag at ${i}`);
    const element: XmlElement = { name: m[0], attributes: {}, children: [], text: '' };
    i += 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))?.[0] ?? '';
      i += ws.length;
      if (xml.startsWith('/>', i) || xml.startsWith('>', i)) break;
      if (ws === '') throw new Error(`attributes must be separated by space at ${i}`);
      const a = /^([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*"([^"]*)"/.exec(xml.slice(i));
      if (!a) throw new Error(`bad attribute at ${i}: ${xml.slice(i, i + 30)}`);
      if ((a[1] as string) in element.attributes) throw new Error(`duplicate attribute ${a[1]} at ${i}`);
      element.attributes[a[1] as string] = decode(a[2] as string, i);
      i += a[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (xml.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}
