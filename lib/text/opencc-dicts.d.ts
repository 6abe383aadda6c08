// opencc-js ships its dictionaries as modules whose default export is the dictionary text
// ("key value|key value|…"), reachable through the package's "./*" export.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
