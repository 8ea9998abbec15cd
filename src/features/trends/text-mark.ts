/** A positioned piece of chart text. `rotated` turns it to read upwards (rotate(-90) about x, y). */
export interface TextMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  rotated: boolean;
}
