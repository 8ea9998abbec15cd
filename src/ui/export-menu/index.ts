export { ExportMenu } from './export-menu';
export type { ExportMenuProps } from './export-menu';
