/** The trends' colours, shared by the panel and its export (which must look alike). */
import { LIGHT } from '../../charts/palette';

export { NATION_COLOUR, OFFICE_COLOUR } from '../../charts/theme';
/** The focus edition's tinted column (drawn at 12 % opacity behind the bars). */
export const FOCUS_FILL = LIGHT.primary;
export const FOCUS_OPACITY = 0.12;
