/** pdf.js's worker module ships no types; it is only handed to pdf.js (pdfjs-in-thread.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
