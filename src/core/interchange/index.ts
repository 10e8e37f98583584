export { exportBrat, importBrat } from './brat';
export { exportConll } from './conll';
export { csvCell, exportCsv, exportRelationsCsv } from './csv';
export { exportWebAnnotations } from './jsonld';
export {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  addImported,
  exportAnnotations,
  isExportFormat,
  relationsFileName,
} from './formats';
export type { ExportFormat } from './formats';
