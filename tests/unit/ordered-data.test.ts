import { describe, expect, it } from 'vitest';
import { orderedLike } from '../../admin/ordered-data';
import { describeCollection } from '../../src/lib/schema-fields';
import { collectionDefinitions } from '../../src/schemas';

const rulesFields = describeCollection(collectionDefinitions.rules.schema());

describe('orderedLike', () => {
  it('returns a fact of the rules with its keys in field order, however many (Decap shuffles more than 8)', () => {
    const shuffled = {
      title: 'Regole',
      facts: [
        {
          confidence: 'high',
          quantity: { unit: 'percent', amount: 60 },
          url: 'https://www.example.org',
          effectiveFrom: '2025-12-31',
          note: 'Una nota.',
          source: 'Una fonte',
          id: 'art12bisShare',
          research: '2.11',
          claim: 'Fino al {value}.',
        },
      ],
    };
    const ordered = orderedLike(shuffled, rulesFields) as typeof shuffled;
    expect(Object.keys(ordered.facts[0] ?? {})).toEqual(['id', 'claim', 'quantity', 'effectiveFrom', 'confidence', 'source', 'url', 'research', 'note']);
    expect(Object.keys(ordered.facts[0]?.quantity ?? {})).toEqual(['amount', 'unit']);
  });

  it('keeps keys the fields do not know, after the known ones, and leaves values alone', () => {
    expect(Object.keys(orderedLike({ extra: 1, validFrom: '2026-01-01', title: 'x' }, rulesFields) as object)).toEqual(['title', 'validFrom', 'extra']);
    expect(orderedLike('testo', rulesFields)).toBe('testo');
  });
});
