/** Limits that keep a hand-edited or hostile file from filling the database. */
export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  templates: 10_000,
  /**
   * The whole library. Measured (npm run bench): at 10,000 the options page lists it and a sidebar is ready well
   * within a second and search stays under 16 ms a keystroke; 50,000 was not usable (30 s to list).
   */
  library: 10_000,
  title: 200,
  body: 10_000,
  shortcut: 32,
  tags: 30,
  tag: 40,
  /** Fields this version does not know are kept (and exported back), within these bounds. */
  extraFields: 20,
  extraFieldChars: 2_000,
  extraFieldDepth: 5,
} as const;
