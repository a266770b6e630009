import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], sourceMap: false, declaration: false }),
];

// A second copy of the classic script stops before Lit runs. Otherwise that copy would
// create a second Trusted Types policy named "lit-html", which a strict policy rejects.
const secondCopyGuard = `if (window.customElements && window.customElements.get('beeldbel-keuzehulp')) {
  console.warn('<beeldbel-keuzehulp>: the script is included more than once; the first copy is used.');
  return;
}`;

const minify = terser({
  ecma: 2021,
  module: true,
  format: { comments: false },
  compress: { passes: 2 },
});

export default [
  {
    // The widget: one self-contained file per format, with no lazy chunks.
    input: 'src/index.ts',
    plugins: plugins(),
    output: [
      { file: 'dist/beeldbel-keuzehulp.js', format: 'es', inlineDynamicImports: true, plugins: [minify] },
      {
        file: 'dist/beeldbel-keuzehulp.iife.js',
        format: 'iife',
        name: 'BeeldbelKeuzehulp',
        intro: secondCopyGuard,
        inlineDynamicImports: true,
        plugins: [minify],
      },
    ],
  },
  {
    // The decision entry point for Node and other tools: no DOM, no Lit.
    input: 'src/decision-entry.ts',
    plugins: plugins(),
    output: { file: 'dist/decision.js', format: 'es', inlineDynamicImports: true },
  },
];
