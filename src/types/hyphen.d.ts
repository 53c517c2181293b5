/** Types for the `hyphen` package's Dutch entry point (the package ships none); only what src/lib/hyphenate.ts uses. */
declare module 'hyphen/nl/index.js' {
  const hyphenator: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphenator;
}
