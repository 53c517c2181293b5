import { describe, expect, it } from 'vitest';
import { withoutPreloadList } from '../../../src/integrations/vite-lean-dynamic-import.ts';

const loader =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/controller.js","_astro/map-island.js"])))=>i.map(i=>d[i]);\n' +
  'import{n as e,t}from"./preload-helper.js";e(`refreg-map`,e=>t(async()=>{let{C:e}=await import(`./controller.js`);return{C:e}},__vite__mapDeps([0,1])).then(({C:t})=>new t(e)));';

describe('withoutPreloadList', () => {
  it('drops the list of chunks to preload and its use, and keeps the dynamic import', () => {
    const lean = withoutPreloadList(loader);
    expect(lean).not.toContain('__vite__mapDeps');
    expect(lean).toBe(
      'import{n as e,t}from"./preload-helper.js";e(`refreg-map`,e=>t(async()=>{let{C:e}=await import(`./controller.js`);return{C:e}}).then(({C:t})=>new t(e)));',
    );
  });

  it('leaves a chunk without a list as it is', () => {
    const plain = 'export const a = 1;';
    expect(withoutPreloadList(plain)).toBe(plain);
  });

  it('leaves the chunk as it is when the list is used in a way it does not recognise', () => {
    const odd = `${loader}\nconsole.log(__vite__mapDeps);`;
    expect(withoutPreloadList(odd)).toBe(odd);
  });
});
