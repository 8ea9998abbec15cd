/** A fixed export input for the composition tests: a small bar chart and every footer part. */
import { markEncoding, NATION_COLOUR } from '../../src/charts/theme';
import type { ChartSize, ExportInput } from '../../src/export/composition-types';
import { stateLegendEntries } from '../../src/charts/legend';

const BLUE = NATION_COLOUR;

/** Three bars (reported, approximate, and reported or synthetic) filling whatever box it is given. */
export function drawBars({ width, height }: ChartSize, sample = false) {
  const states = ['reported', 'approximate', sample ? 'synthetic' : 'reported'] as const;
  const barWidth = width / 7;
  return (
    <g>
      {states.map((state, i) => {
        const barHeight = (height * (i + 1)) / 4;
        return <rect key={i} x={barWidth * (1 + 2 * i)} y={height - barHeight} width={barWidth} height={barHeight} {...markEncoding(state, BLUE)} />;
      })}
      <text x={0} y={height - 4} fontSize={12}>
        OCC XIII
      </text>
    </g>
  );
}

/** The fixed input; `sample: true` also draws a synthetic bar, as a panel showing sample values would. */
export function fixtureInput(overrides: Partial<ExportInput> = {}): ExportInput {
  const sample = overrides.sample ?? false;
  return {
    title: 'Minor victims identified or located, by edition',
    filters: ['Minor victims identified or located', '2008–2023', 'National'],
    summary: 'In 2023, OCC XIII identified or located 59 minor victims, fewer than the 84 of OCC XII in 2022.',
    chart: { height: 300, draw: (size) => drawBars(size, sample) },
    legend: stateLegendEntries(['reported', 'approximate', 'not-reported'], BLUE),
    sources: [
      { outlet: 'FBI National Press Office', date: '2023-08-01', url: 'https://www.fbi.gov/news/press-releases/occ-xiii' },
      { outlet: 'FBI National Press Office', date: '2022-07-28', url: 'https://www.fbi.gov/news/press-releases/occ-xii' },
    ],
    dataset: { title: 'Published OCC figures', version: '1.0.0', asOf: '2026-11-28' },
    viewUrl: 'https://occ.example.gov/?metric=minor-victims',
    sample: false,
    yourData: null,
    ...overrides,
  };
}
