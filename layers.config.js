// @ts-check
/**
 * The layers of src/app, lowest first. A folder may import its own layer and the layers below it,
 * never one above (README, "Code layout"). eslint.config.js turns this table into lint rules, and
 * tools/layers.spec.mjs checks that an import against it fails `npm run lint`.
 */
const LAYERS = [
  {
    name: 'model',
    folders: ['model'],
    forbiddenPackages: ['@angular/*', '@ngrx/*', 'rxjs', 'rxjs/*', 'echarts', 'echarts/*'],
  },
  {
    name: 'format',
    folders: ['format'],
    forbiddenPackages: ['@angular/*', '@ngrx/*', 'rxjs', 'rxjs/*', 'echarts', 'echarts/*'],
  },
  {
    name: 'view builders',
    folders: ['charts'],
    forbiddenPackages: ['@angular/*', '@ngrx/*', 'rxjs', 'rxjs/*'],
  },
  {
    name: 'documents and IO',
    folders: ['scenarios', 'export', 'simulation', 'data-packs'],
    forbiddenPackages: ['@ngrx/*'],
  },
  { name: 'state', folders: ['state'], forbiddenPackages: [] },
  {
    name: 'components and pages',
    folders: [
      'dashboard',
      'briefing',
      'sources',
      'model-docs',
      'app.ts',
      'app.config.ts',
      'app.routes.ts',
      'trusted-types.ts',
    ],
    forbiddenPackages: [],
  },
];

const path = (folder) => `./src/app/${folder}`;

/** One zone per layer: its folders may not import from any folder of a higher layer. */
function layerZones(layers) {
  return layers.slice(0, -1).map((layer, i) => ({
    target: layer.folders.map(path),
    from: layers.slice(i + 1).flatMap((higher) => higher.folders.map(path)),
    message: `"${layer.name}" is below ${layers
      .slice(i + 1)
      .map((l) => `"${l.name}"`)
      .join(', ')}: move the shared code down a layer (README, "Code layout").`,
  }));
}

function packageRules(layers) {
  return layers
    .filter((layer) => layer.forbiddenPackages.length > 0)
    .map((layer) => ({
      files: layer.folders.map((folder) => `src/app/${folder}/**/*.ts`),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: layer.forbiddenPackages,
                message: `The "${layer.name}" layer does not use this package (README, "Code layout").`,
              },
            ],
          },
        ],
      },
    }));
}

module.exports = { LAYERS, layerZones, packageRules };
