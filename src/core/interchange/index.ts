export { exportBrat, importBrat } from './brat';
export { exportConll } from './conll';
export { csvCell, exportCsv } from './csv';
export { exportWebAnnotations } from './jsonld';
export { EXPORT_EXTENSIONS, EXPORT_FORMATS, addImported, exportAnnotations, isExportFormat } from './formats';
export type { ExportFormat } from './formats';
