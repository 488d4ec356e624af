/** The build-time icon classes of web/dkfds-icons.ts. */
declare module 'virtual:dkfds-icons.css';
