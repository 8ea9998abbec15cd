// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index';
import { officeFigures } from '../../../src/domain/office-figures';
import { neighbourInDirection, westToEast } from '../../../src/features/office-map/layout/navigation';
import type { Direction, NavPoint } from '../../../src/features/office-map/layout/navigation';
import { symbolLayout } from '../../../src/features/office-map/layout/symbols';
import { loadCommittedDataset } from '../../published/committed-package';

const grid: NavPoint[] = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'east-near-off-axis', x: 130, y: 140 },
  { id: 'east-far-on-axis', x: 160, y: 102 },
  { id: 'north', x: 98, y: 40 },
  { id: 'west', x: 20, y: 110 },
];

describe('arrow keys on the map', () => {
  it('prefer the office straight ahead over a nearer one off to the side', () => {
    // 30 ahead + 2 × 40 across = 110 loses to 60 ahead + 2 × 2 across = 64.
    expect(neighbourInDirection(grid, 'centre', 'right')).toBe('east-far-on-axis');
    expect(neighbourInDirection(grid, 'centre', 'up')).toBe('north');
    expect(neighbourInDirection(grid, 'centre', 'left')).toBe('west');
    expect(neighbourInDirection(grid, 'centre', 'down')).toBe('east-near-off-axis');
  });

  it('stay put at the edge and ignore unknown offices', () => {
    expect(neighbourInDirection(grid, 'west', 'left')).toBeNull();
    expect(neighbourInDirection(grid, 'gotham', 'left')).toBeNull();
  });

  it('order Home and End west to east', () => {
    expect(westToEast(grid)).toEqual(['west', 'north', 'centre', 'east-near-off-axis', 'east-far-on-axis']);
  });

  describe('on the 56 published offices at 960 × 560', () => {
    const index = indexDataset(loadCommittedDataset());
    const edition = index.editionById.get('XIII');
    if (!edition) throw new Error('XIII missing');
    const { symbols } = symbolLayout(officeFigures(index, edition, 'minor-victims'), { width: 960, height: 560 });

    it('follow the geography: Denver → Omaha, Miami → San Juan, Honolulu → Anchorage', () => {
      expect(neighbourInDirection(symbols, 'denver', 'right')).toBe('omaha');
      expect(neighbourInDirection(symbols, 'miami', 'right')).toBe('san-juan');
      expect(neighbourInDirection(symbols, 'honolulu', 'left')).toBe('anchorage');
      expect(westToEast(symbols)[0]).toBe('san-francisco');
      expect(westToEast(symbols).at(-1)).toBe('san-juan');
    });

    it('reach every office, San Juan, Anchorage and Honolulu included, from Denver', () => {
      const directions: Direction[] = ['left', 'right', 'up', 'down'];
      const reached = new Set(['denver']);
      const queue = ['denver'];
      while (queue.length > 0) {
        const from = queue.shift() ?? '';
        for (const direction of directions) {
          const next = neighbourInDirection(symbols, from, direction);
          if (next && !reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
        }
      }
      expect(reached.size).toBe(56);
    });
  });
});
