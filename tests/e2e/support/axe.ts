/**
 * Accessibility check with axe-core: the WCAG 2.0/2.1 A and AA rules (Section 508, docs/DESIGN.md §6) plus
 * axe's best practices (unique landmark names, headings in order, content inside landmarks, …).
 * Nothing can be excluded: no rule and no region, so a failure is fixed rather than switched off.
 * A failure lists every violation as "id (impact): help", the docs link and the offending targets,
 * which is what one needs to fix it without re-running anything.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'] as const;

export interface AxeOptions {
  /** Limit the check to one region, e.g. `[data-panel="map"]`. */
  include?: string;
}

export async function axeViolationSummaries(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  if (options.include !== undefined) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.map(String).join(' ')).join(' | ');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.helpUrl}\n    targets: ${targets}`;
  });
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const summaries = await axeViolationSummaries(page, options);
  expect(summaries, `axe found ${summaries.length} violation(s):\n${summaries.join('\n')}`).toEqual([]);
}
