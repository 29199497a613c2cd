/** Every page of the app: its route and its message key (nav.<key>, pages.<key>). */
export const PAGES = [
  { path: '/', key: 'ringkasan' },
  { path: '/pengangguran', key: 'pengangguran' },
  { path: '/irisan-kemiskinan', key: 'irisanKemiskinan' },
  { path: '/validasi', key: 'validasi' },
  { path: '/kesenjangan', key: 'kesenjangan' },
  { path: '/jelajah', key: 'jelajah' },
  { path: '/briefing', key: 'briefing' },
] as const;

export type PageKey = (typeof PAGES)[number]['key'];
/** Pages that are still placeholders. */
export type PlaceholderKey = Exclude<PageKey, 'ringkasan'>;
