import { SYNTHETIC_PATTERN_ID } from './theme';

/** SVG <defs> every chart includes once: the hatch that marks synthetic values. */
export function ValueStatePatterns({ colour = '#5c1111' }: { colour?: string }) {
  return (
    <defs>
      <pattern
        id={SYNTHETIC_PATTERN_ID}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
      </pattern>
    </defs>
  );
}
