/** Facts about the lecture shown across the site (title, author, affiliation, version date). */
export const LECTURE = {
  title: 'Regionale samenwerking in internationaal perspectief',
  author: 'Ben Derudder',
  authorWithTitle: 'Prof. Dr. Ben Derudder',
  affiliation: 'KU Leuven Instituut voor de Overheid',
  programme: 'Steunpunt Bestuurlijke Vernieuwing (2021–2025)',
  /** Date of this version of the site's text; shown in print and citations. */
  versionDate: '2026-11-27',
} as const;
