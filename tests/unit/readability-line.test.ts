import { describe, expect, it } from 'vitest';
import { bodyReport, ideasReport, readabilityMessage } from '../../admin/previews/readability-line';

const ideas = (...texts: string[]) => texts.map((testo) => ({ testo }));

describe('readabilityMessage', () => {
  it.each([
    // nothing written yet
    [bodyReport(''), 'Scrivi il testo: qui vedrai l’indice Gulpease e la frase più lunga.'],
    // easy for everyone
    [
      bodyReport('La rete lavora. Le persone lavorano.'),
      'Indice Gulpease 140,7: facile anche per chi ha fatto solo la scuola elementare (da 80 in su). Frase più lunga: 3 parole.',
    ],
    // one word
    [bodyReport('Ciao.'), 'Indice Gulpease 349: facile anche per chi ha fatto solo la scuola elementare (da 80 in su). Frase più lunga: 1 parola.'],
    // prose for middle school: fine for a story
    [
      bodyReport('La rete aiuta le aziende a trovare una cooperativa sociale.'),
      'Indice Gulpease 70: facile per chi ha fatto la scuola media (da 60 in su), ma non per chi ha fatto solo la elementare (sotto 80). Frase più lunga: 10 parole.',
    ],
    // the same text in an easy-to-read entry is below its target, and names the hardest idea
    [
      ideasReport(ideas('Le cooperative sociali lavorano.', 'La rete aiuta le aziende a trovare una cooperativa sociale.')),
      'Indice Gulpease 76,9: facile per chi ha fatto la scuola media (da 60 in su), ma non per chi ha fatto solo la elementare (sotto 80). Per questa raccolta serve almeno 80. Idea più difficile: la n. 2. Frase più lunga: 10 parole.',
    ],
    // hard prose, with a sentence over the limit
    [
      bodyReport(
        'L’implementazione sistematica di metodologie organizzative particolarmente articolate, caratterizzate da un’interconnessione significativa tra amministrazioni, organizzazioni cooperative, consulenti specializzati e imprese committenti, determina inevitabilmente un’intensificazione considerevole della complessità procedurale complessiva.',
      ),
      'Indice Gulpease -8,5: difficile anche per chi ha fatto la scuola media (sotto 60). Per questa raccolta serve almeno 60. Frase più lunga: 28 parole. Dividila: qui il limite è 25 parole.',
    ],
  ])('returns the line for %#', (report, expected) => {
    expect(readabilityMessage(report)).toBe(expected);
  });
});
