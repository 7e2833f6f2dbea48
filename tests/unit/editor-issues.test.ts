import { describe, expect, it } from 'vitest';
import { editorIssues, placeOf } from '../../src/lib/content-check/editor-issues';
import { compiledSchema } from '../../src/lib/content-check/schema-issues';
import { collectionDefinitions, type CollectionName } from '../../src/schemas';
import { completeEntries } from '../support/cms-samples';

/** A complete entry of the collection with some fields changed (undefined removes a field). */
function entry(name: CollectionName, changes: Record<string, unknown>): Record<string, unknown> {
  const data = structuredClone(completeEntries[name]);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    let parent = data as Record<string | number, unknown>;
    for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    if (value === undefined) delete parent[keys.at(-1)!];
    else parent[keys.at(-1)!] = value;
  }
  return data;
}

describe('editorIssues', () => {
  it('returns nothing for a valid entry', () => {
    expect(editorIssues(collectionDefinitions.stories, completeEntries.stories)).toEqual([]);
  });

  it.each([
    // a missing field, by its label
    ['stories', { title: undefined }, 'Compila «Titolo»: è obbligatorio.'],
    // length limits, with the length the editor wrote (zod counts after trimming)
    ['stories', { title: 'x'.repeat(121) }, '«Titolo»: scrivi al massimo 120 caratteri (ora sono 121).'],
    ['stories', { summary: '  Troppo breve  ' }, '«Sommario»: scrivi almeno 20 caratteri (ora sono 12).'],
    // a blank field is an empty field
    ['members', { 'logo.alt': '   ' }, 'Compila «Logo» › «Testo alternativo»: è obbligatorio.'],
    // formats, said in words
    ['members', { email: 'info(at)example.org' }, '«Email pubblica»: serve un indirizzo email completo, come nome@dominio.it.'],
    ['members', { website: 'www.example.org' }, '«Sito web»: serve un indirizzo web completo, che inizia con https://.'],
    ['services', { reviewedAt: '2025-02-30' }, '«Verificata il»: scegli dal calendario un giorno che esiste.'],
    ['news', { 'event.start': '2025-10-28 14:00' }, '«Evento» › «Inizio»: scegli dal calendario un giorno che esiste e un’ora.'],
    // choices, with their Italian labels
    [
      'services',
      { category: 'giardinaggio' },
      expect.stringMatching(/^«Categoria»: scegli una di queste voci: Consulenza[^,]*, .*Raccolta, recupero e riciclo\.$/),
    ],
    ['services', { areas: ['MI', 'TO'] }, '«Territori» n. 2: scegli una di queste voci: Milano, Monza e Brianza, Varese.'],
    ['services', { audience: [] }, '«Per chi»: scegli o aggiungi almeno un elemento.'],
    // a switch without a value: Decap cannot require it, so the message says how to set it
    ['services', { art14: undefined }, '«Commessa Art. 14» va deciso: attiva l’interruttore, oppure attivalo e spegnilo per dire di no.'],
    // nested groups and list items are named by their path
    ['news', { 'event.speakers.0.name': undefined }, 'Compila «Evento» › «Relatori» n. 1 › «Nome e cognome»: è obbligatorio.'],
    // numbers
    [
      'rules',
      { 'quotaPercent.value.percent': 150 },
      '«Quota percentuale oltre le fasce» › «Quota percentuale» › «Percentuale»: il valore più alto ammesso è 100.',
    ],
    [
      'rules',
      { 'sanctionMultiple.value': 0.5 },
      '«Sanzione per la mancata copertura» › «Multiplo del contributo esonerativo»: il valore più basso ammesso è 1.',
    ],
    ['settings', { 'impact.years': 2.5 }, '«Numeri dell’impatto» › «Anni di progetto»: serve un numero intero, senza decimali.'],
    ['settings', { 'impact.years': 'due' }, '«Numeri dell’impatto» › «Anni di progetto»: serve un numero.'],
    // the schemas' own rules have Italian messages of their own
    [
      'stories',
      { namedPeople: true, consent: undefined },
      '«Consenso delle persone nominate»: la storia nomina o ritrae persone, quindi serve il loro consenso scritto. Compila il gruppo con i dati della liberatoria firmata e attiva il consenso raccolto.',
    ],
    ['news', { 'event.end': '2025-10-28T13:00' }, '«Evento» › «Fine»: la fine dell’evento deve venire dopo l’inizio.'],
    [
      'services',
      { illustrative: false, reviewedAt: undefined },
      '«Verificata il»: indica quando la scheda è stata verificata con le cooperative; se non lo è ancora, segnala la scheda come indicativa.',
    ],
    // a field the collection does not have
    ['partners', { colore: 'blu' }, 'Il file contiene campi che questa raccolta non prevede (colore): chiedi a chi cura il sito di toglierli.'],
  ] as const)('returns the Italian message for %s with %o', (name, changes, expected) => {
    expect(editorIssues(collectionDefinitions[name], entry(name, changes))).toEqual([expected]);
  });

  // Every field of every collection, broken in every way an editor or a hand edit could break it:
  // each message is Italian and names its field, with none of zod's English left over.
  it.each(Object.keys(completeEntries) as CollectionName[])('returns Italian messages for any broken field of %s', (name) => {
    const wrongValues: unknown[] = [undefined, 12345, 'x', 'x'.repeat(2000), [], {}, true, ['x'], '2025-02-30'];
    const messages = new Set<string>();
    const paths = leafPaths(completeEntries[name]);
    for (const path of paths) {
      for (const value of wrongValues) for (const message of editorIssues(collectionDefinitions[name], entry(name, { [path]: value }))) messages.add(message);
    }
    // At least one message per field, and several kinds where there are several fields.
    expect(messages.size).toBeGreaterThanOrEqual(Math.min(6, paths.length));
    for (const message of messages) {
      expect(message).toMatch(/«.+»/);
      expect(message).not.toMatch(/Expected|expected|Invalid|Too (big|small)|received|Unrecognized|\{\w+\}/);
    }
  });
});

describe('placeOf', () => {
  const { fields } = compiledSchema(collectionDefinitions.news);
  it.each([
    [['title'], '«Titolo»'],
    [['event', 'speakers', 1, 'organisation'], '«Evento» › «Relatori» n. 2 › «Organizzazione»'],
    [['event', 'promoters', 0], '«Evento» › «Promotori» n. 1'],
    // a key the schema does not know is named as written
    [['evento'], '«evento»'],
    [[], 'La voce'],
  ] as const)('returns the editor’s name of %o', (path, expected) => {
    expect(placeOf(fields, path).field).toBe(expected);
  });
});

/** Dotted paths of every value in an entry, lists' items included. */
function leafPaths(data: unknown, prefix = ''): string[] {
  if (data === null || typeof data !== 'object') return [prefix];
  const children = Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key));
  return prefix ? [prefix, ...children] : children;
}
