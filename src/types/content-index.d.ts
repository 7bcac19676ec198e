/** The content index the build makes from assets/content (scripts/lib/content-index.ts); typed where it is read (services/content.ts). */
declare module 'virtual:content-index' {
  const index: unknown;
  export default index;
}
