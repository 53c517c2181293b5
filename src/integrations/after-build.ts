/** The one shape of the site's post-build steps: the base and public address from the config, then work on the built files. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';

export interface BuiltSite {
  /** The folder of the built site (`dist/`). */
  out: string;
  /** The base path the site is served under, ending in `/`. */
  base: string;
  /** The public address of the site's root, base included (`https://…/lezing/`). */
  siteRoot: string;
  /** The project's own folder (where `content/` lives). */
  projectRoot: string;
  /** The folder of the built assets inside `out` (`_astro`). */
  assets: string;
}

export interface AfterBuildOptions {
  /** Runs as soon as the config is known (to fail before building). */
  onConfig?: () => void;
  /** Vite plugins the step needs during the build (to learn about the bundle). */
  vitePlugins?: Plugin[];
}

/** An integration that runs `step` once the build is done. */
export function afterBuild(
  name: string,
  step: (site: BuiltSite, logger: AstroIntegrationLogger) => Promise<void>,
  { onConfig, vitePlugins = [] }: AfterBuildOptions = {},
): AstroIntegration {
  let base = '/';
  let siteRoot = 'http://localhost/';
  let projectRoot = '';
  let assets = '_astro';
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (vitePlugins.length > 0) updateConfig({ vite: { plugins: vitePlugins } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteRoot = new URL(base, config.site ?? 'http://localhost/').href;
        projectRoot = fileURLToPath(config.root);
        assets = config.build.assets;
        onConfig?.();
      },
      'astro:build:done': async ({ dir, logger }) => step({ out: fileURLToPath(dir), base, siteRoot, projectRoot, assets }, logger),
    },
  };
}
