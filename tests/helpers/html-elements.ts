import path from 'node:path';

// sanitize-html's own parser (CommonJS build), as in script-vectors.ts: HTML read the way a browser tokenises it.
const { Parser } = require(require.resolve('htmlparser2', { paths: [path.dirname(require.resolve('sanitize-html'))] }));

/** An element of a page: its name, its attributes (entities decoded) and the text inside it. */
export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of an HTML document in document order, each with the text it contains. */
export const htmlElements = (html: string): HtmlElement[] => {
  const elements: HtmlElement[] = [];
  const open: HtmlElement[] = [];
  const parser = new Parser(
    {
      onopentag(name: string, attributes: Record<string, string>) {
        const element = { name, attributes, text: '' };
        elements.push(element);
        open.push(element);
      },
      ontext(text: string) {
        for (const element of open) element.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return elements;
};

/** The elements with a name, optionally with an attribute of a given value. */
export const elementsNamed = (elements: HtmlElement[], name: string, attribute?: [string, string]) =>
  elements.filter((element) => element.name === name && (!attribute || element.attributes[attribute[0]] === attribute[1]));
