import type { LegendEntry } from './legend';

export interface SwatchBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One legend swatch in its box, drawn with the entry's encoding: on the page and in every export. */
export function LegendSwatch({ entry, box }: { entry: LegendEntry; box: SwatchBox }) {
  const { encoding } = entry;
  const paint = {
    fill: encoding.fill,
    fillOpacity: encoding.fillOpacity,
    stroke: encoding.stroke,
    strokeWidth: encoding.strokeWidth,
    strokeDasharray: encoding.strokeDasharray,
  };
  const midY = box.y + box.height / 2;
  switch (entry.shape) {
    case 'rect':
      return <rect x={box.x + 0.5} y={box.y + 0.5} width={box.width - 1} height={box.height - 1} {...paint} />;
    case 'circle':
      return <circle cx={box.x + box.width / 2} cy={midY} r={box.height / 2} {...paint} />;
    case 'line':
      return (
        <line
          x1={box.x}
          x2={box.x + box.width}
          y1={midY}
          y2={midY}
          stroke={encoding.stroke}
          strokeWidth={Math.max(2, encoding.strokeWidth)}
          strokeDasharray={encoding.strokeDasharray}
        />
      );
  }
}
