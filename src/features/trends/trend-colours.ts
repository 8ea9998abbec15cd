/** The trends' colours, shared by the panel and its export (which must look alike). */
import { SERIES_COLOURS } from '../../charts/theme';

export const NATION_COLOUR = SERIES_COLOURS[0];
export const OFFICE_COLOUR = SERIES_COLOURS[1];
/** The focus edition's tinted column (drawn at 12 % opacity behind the bars). */
export const FOCUS_FILL = '#005ea2';
export const FOCUS_OPACITY = 0.12;
