import { PAPER, SAMPLE_COLOUR, SYNTHETIC_PATTERN_ID } from './theme';

/**
 * SVG <defs> with the hatch that marks synthetic values. Defined once per document: once in the page
 * (PagePatterns, which every chart and legend swatch on the page refers to) and once in each exported
 * image (its composition).
 */
export function ValueStatePatterns({ colour = SAMPLE_COLOUR }: { colour?: string }) {
  return (
    <defs>
      <pattern
        id={SYNTHETIC_PATTERN_ID}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={PAPER} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
      </pattern>
    </defs>
  );
}

/** The page's one copy of the patterns, in a hidden, zero-size SVG the app renders once. */
export function PagePatterns() {
  return (
    <svg className="page-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <ValueStatePatterns />
    </svg>
  );
}
