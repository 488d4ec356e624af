/** The build-time icon module of web/dkfds-icons.ts. */
declare module 'virtual:dkfds-icons?*' {
  const icons: Record<string, { viewBox: string; paths: string[] }>;
  export default icons;
}
