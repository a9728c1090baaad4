// tesseract.js-core's JavaScript: an Emscripten factory (CommonJS), one per build of the core.
declare module 'tesseract.js-core/tesseract-core-simd-lstm.js' {
  const factory: unknown;
  export default factory;
}
declare module 'tesseract.js-core/tesseract-core-lstm.js' {
  const factory: unknown;
  export default factory;
}
