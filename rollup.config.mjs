import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], sourceMap: false, declaration: false }),
];

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
