import type { OfficeFigure } from '../domain/office-figures';
import { isSampleValue } from '../domain/shown-value';
import { VALUE_STATE_LABEL } from '../domain/value-state';
import { SampleDataMark } from './sample-data-mark';
import { SourceRefs } from './source-refs';
import { ValueText } from './value-text';

/**
 * The value, state and sources cells of one office's row, the same wherever offices are listed
 * (the headline's selected offices, the map's table): "—" is not reported, never 0; synthetic values
 * carry the SAMPLE DATA mark; sources link to the Sources panel.
 */
export function OfficeFigureCells({ figure, valueClassName }: { figure: OfficeFigure; valueClassName: string }) {
  return (
    <>
      <td className={valueClassName}>
        <ValueText display={figure.display} spoken={figure.spoken} />
      </td>
      <td>{figure.state === 'synthetic' ? <SampleDataMark /> : VALUE_STATE_LABEL[figure.state]}{figure.withheld && isSampleValue(figure) ? <> <SampleDataMark /></> : null}</td>
      <td>
        <SourceRefs sources={figure.sources} />
      </td>
    </>
  );
}
