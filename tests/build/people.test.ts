import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { mainTextBlocks } from '../../scripts/lib/page-text';
import { readability } from '../../src/lib/readability';
import { urls } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';

/*
 * The section for people with disabilities and their families, /persone/: written from the
 * people-and-glossary research, with its sources, promising no job and inventing no contact.
 */
const distDir = inject('distDir');
const page = listPages(distDir).find((p) => p.path === urls.people());
if (!page) throw new Error('no built page /persone/');
const html = readFileSync(page.file, 'utf8');
const root = readPage(page.file);
const main = root.querySelector('main');
const text = main?.text.replace(/\s+/g, ' ') ?? '';

describe('the section for people, /persone/', () => {
  it('explains who can register, how, a job through Art. 14, the offices, the cooperatives and frequent questions', () => {
    const headings = main?.querySelectorAll('h2').map((h) => h.text.trim());
    expect(headings).toEqual([
      'Chi può iscriversi al collocamento mirato',
      'Come ti iscrivi e cosa portare',
      'Lavorare con una convenzione Art. 14',
      'Gli uffici pubblici a Milano, Monza e Brianza e Varese',
      'Cosa fanno le cooperative della rete',
      'Un aiuto in più in Lombardia: la Dote',
      'Domande frequenti',
    ]);
  });

  it('shows the source of its statements, each a link', () => {
    const citations = main?.querySelectorAll('.rule-source') ?? [];
    expect(citations.length).toBeGreaterThan(40);
    for (const citation of citations) expect(citation.querySelector('a[rel="external"]')?.getAttribute('href'), citation.text).toMatch(/^https?:\/\//);
  });

  it('links its terms to the glossary', () => {
    expect(main?.querySelectorAll('a.term').length).toBeGreaterThan(8);
  });

  it('invents no contact: no address to write to, no phone number, and sends people to the official offices instead', () => {
    expect(main?.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]')).toHaveLength(0);
    expect(text).not.toMatch(/\b0\d{1,3}[ .]?\d{5,8}\b|\+39|@[a-z0-9-]+\.[a-z]{2,}/i);
    expect(text.match(/[Cc]hiedi all’ufficio/g)?.length).toBeGreaterThan(5);
  });

  it('promises no job', () => {
    expect(text).toContain('Questa pagina non ti promette un lavoro.');
    expect(text).not.toMatch(/ti troviamo (un )?lavoro|ti garantiamo|avrai un lavoro/i);
  });

  it('says where the research found nothing, rather than guessing', () => {
    for (const unknown of ['Non sappiamo se', 'Non abbiamo trovato']) expect(text).toContain(unknown);
  });

  it('reads at Gulpease 60 or more, with no sentence of 25 words or more', () => {
    const score = readability(mainTextBlocks(html));
    expect(score.gulpease).toBeGreaterThanOrEqual(60);
    expect(score.longest.words, score.longest.text).toBeLessThan(25);
  });

  it('shares its frequent questions with search engines as an FAQPage, without the source lines', () => {
    const faq = root
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((s) => (JSON.parse(s.rawText) as { '@graph'?: { '@type': string }[] } & { '@type'?: string })['@graph'] ?? [])
      .find((node) => node['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] } | undefined;
    expect(faq?.mainEntity.map((q) => q.name)).toContain('La rete mi trova un lavoro?');
    for (const question of faq?.mainEntity ?? []) expect(question.acceptedAnswer.text).not.toContain('Fonte:');
  });
});
