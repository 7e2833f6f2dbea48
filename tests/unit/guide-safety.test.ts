import { describe, expect, it } from 'vitest';
import { checkGuideBody } from '../../src/lib/markdown/guide-safety';

const file = 'content/guides/prova.mdx';
const messages = (body: string) => checkGuideBody(body, file).violations.map((v) => `${v.line}: ${v.message}`);

describe('checkGuideBody', () => {
  it('returns no violation and every id named, for a guide that uses only the guide components', () => {
    const body = [
      'Hai <Fact id="hiringRequestDays" /> per chiedere l’assunzione.<Cite id="hiringRequestDays" />',
      '',
      'Una <Term id="commessa">commessa</Term> va a una cooperativa.',
      '',
      '<Unknown id="art14SmallCompanies" />',
      '',
      '<Faq>',
      '<Question domanda="Quanto dura?">',
      'Almeno <Fact id="conventionMinMonths" />.',
      '</Question>',
      '</Faq>',
    ].join('\n');
    const { violations, uses } = checkGuideBody(body, file);
    expect(violations).toEqual([]);
    expect(uses.map((use) => [use.line, use.component, use.refersTo, use.id])).toEqual([
      [1, 'Fact', 'fact', 'hiringRequestDays'],
      [1, 'Cite', 'fact', 'hiringRequestDays'],
      [3, 'Term', 'term', 'commessa'],
      [5, 'Unknown', 'unknown', 'art14SmallCompanies'],
      [9, 'Fact', 'fact', 'conventionMinMonths'],
    ]);
  });

  it('accepts an import of a guide component, by its own name, from its folder', () => {
    expect(messages("import Fact from '../../src/components/guide/Fact.astro';\n\nTesto.")).toEqual([]);
  });

  it.each([
    // code that would run during the build, and read the build's secrets
    ["import fs from 'node:fs';\n\nTesto.", '1: Only the guide components (src/components/guide/) may be imported; "import fs from \'node:fs\';" is not one.'],
    // a component of the site, but not a guide component
    ["import BaseLayout from '../../src/layouts/BaseLayout.astro';", 'may be imported'],
    // the right folder, the wrong name
    ["import Fatto from '../../src/components/guide/Fact.astro';", 'may be imported'],
    ['export const segreto = process.env.SEGRETO;', '1: "export const segreto = process.env.SEGRETO;" runs code during the build, which a guide may not do.'],
    ['Testo {process.env.SEGRETO} qui.', '1: An expression {…} runs code during the build, which a guide may not do.'],
    ['\n{1 + 1}', '2: An expression {…} runs code during the build'],
    ['<Fact id={"x"} />', '1: The attribute id of <Fact> is an expression, which runs code.'],
    ['<Fact {...props} />', '1: <Fact> has a spread attribute {…}, which runs code.'],
    ['<Fact />', '1: <Fact> needs the attribute id.'],
    ['<Fact id="a" colore="rosso" />', '1: <Fact> has no attribute "colore".'],
    ['<Fact id="a">testo</Fact>', '1: <Fact> takes no content.'],
    ['<Callout tipo="urgente">Attenzione.</Callout>', '1: <Callout> has tipo="urgente", expected one of: nota, importante, suggerimento.'],
    ['<Grafico dati="x" />', '1: Unknown component <Grafico>.'],
    ['<script>alert(1)</script>', '1: The HTML element <script> is not allowed in a guide.'],
    ['<iframe src="https://example.org"></iframe>', 'The HTML element <iframe> is not allowed'],
    ['[clic](javascript:alert(1))', '1: A link to a javascript: address is not allowed.'],
    ['![foto](https://example.org/a.png)', '1: Guides have no images of their own.'],
    ['<Fact id="a"', 'The MDX cannot be read'],
  ])('returns a violation with its line for %j', (body, expected) => {
    expect(messages(body).join('\n')).toContain(expected);
  });
});
