import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../src/lib/node/og/indexed-png';

describe('encodeIndexedPng', () => {
  it('returns a PNG that a real decoder reads back pixel for pixel', async () => {
    const palette = Uint8Array.of(11, 79, 85, 255, 255, 255, 242, 179, 61);
    const indices = Uint8Array.of(0, 1, 2, 2, 1, 0);
    const png = await encodeIndexedPng({ width: 3, height: 2, palette, indices });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...data]).toEqual([...indices].flatMap((index) => [...palette.subarray(index * 3, index * 3 + 3)]));
  });

  it.each([
    [{ palette: new Uint8Array(0), indices: Uint8Array.of(0) }, /palette holds 1 to 256 colours/],
    [{ palette: new Uint8Array(257 * 3), indices: Uint8Array.of(0) }, /palette holds 1 to 256 colours/],
    [{ palette: Uint8Array.of(0, 0, 0), indices: Uint8Array.of(0, 0) }, /Expected 1 pixels, got 2/],
  ])('throws on a malformed image (%#)', async (image, message) => {
    await expect(encodeIndexedPng({ width: 1, height: 1, ...image })).rejects.toThrow(message);
  });
});
