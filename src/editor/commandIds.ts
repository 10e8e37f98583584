/** Command identifiers, shared by the command handlers, hover links and tests. */
export const COMMANDS = {
  annotateSelection: 'articleAnnotator.annotateSelection',
  toggleHighlights: 'articleAnnotator.toggleHighlights',
  editNote: 'articleAnnotator.editNote',
  changeLabel: 'articleAnnotator.changeLabel',
  deleteAnnotation: 'articleAnnotator.deleteAnnotation',
  markWrong: 'articleAnnotator.markWrong',
  markAsType: 'articleAnnotator.markAsType',
  setArticleDate: 'articleAnnotator.setArticleDate',
  goToMention: 'articleAnnotator.goToMention',
  reattachOrphan: 'articleAnnotator.reattachOrphan',
  showOrphans: 'articleAnnotator.showOrphans',
  exportAnnotations: 'articleAnnotator.exportAnnotations',
  importBrat: 'articleAnnotator.importBrat',
} as const;
