import { describe, expect, it } from 'vitest';
import { hasEnded, splitByBuildTime } from '../../src/lib/events';

const item = (id: string, date: string, event?: { start: string; end: string }) => ({ id, data: { date: new Date(`${date}T00:00:00Z`), event } });
const convegno = item('convegno', '2025-10-28', { start: '2025-10-28T14:00', end: '2025-10-28T18:00' });
const news = item('notizia', '2025-11-10');
const later = item('later', '2025-09-01', { start: '2026-02-10T09:00', end: '2026-02-10T13:00' });
const sooner = item('sooner', '2025-09-02', { start: '2026-01-10T09:00', end: '2026-01-10T13:00' });

describe('splitByBuildTime', () => {
  it('returns events not yet ended as upcoming, soonest first, and the rest newest first', () => {
    const { upcoming, past } = splitByBuildTime([convegno, news, later, sooner], new Date('2025-12-01T00:00:00Z'));
    expect(upcoming.map((i) => i.id)).toEqual(['sooner', 'later']);
    expect(past.map((i) => i.id)).toEqual(['notizia', 'convegno']);
  });

  it('returns an event as upcoming until its end in Rome time', () => {
    // 17:59 in Rome is 16:59 UTC on 28 October 2025 (CET)
    expect(splitByBuildTime([convegno], new Date('2025-10-28T16:59:00Z')).upcoming).toHaveLength(1);
    expect(splitByBuildTime([convegno], new Date('2025-10-28T17:01:00Z')).upcoming).toHaveLength(0);
  });
});

describe('hasEnded', () => {
  it('returns true only after the end', () => {
    expect(hasEnded({ end: '2025-10-28T18:00' }, new Date('2025-10-28T16:00:00Z'))).toBe(false);
    expect(hasEnded({ end: '2025-10-28T18:00' }, new Date('2025-10-28T18:00:00Z'))).toBe(true);
  });
});
