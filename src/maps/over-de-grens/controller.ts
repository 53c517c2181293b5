/**
 * The behaviour of `<grens-map>`, loaded when the figure nears the viewport: the legend entries become buttons, the
 * chosen deal lives in the URL (?regiodeal=north-sea-port-district), and the live map (a copy of the Westerschelde drawing on Leaflet) replaces it.
 * Everything comes from the model island.
 */
import { paragraph, SelectionIsland } from '../shared/selection-island.ts';
import { readChoice } from '../shared/url-state.ts';
import { layerInfo, type OverDeGrensIsland } from './view.ts';
import type { OverDeGrensLive } from './live.ts';

export class OverDeGrensController extends SelectionIsland<OverDeGrensIsland, OverDeGrensLive> {
  protected setup(): void {
    const ids = this.model.layers.map((l) => l.id);
    this.selected = readChoice(location.search, this.model.param, ids);
    this.legendButtons((id) => this.toggle(id));
  }

  /** A layer is named in the URL by its id. */
  protected urlValue(id: string | undefined): string | undefined {
    return id;
  }

  protected render(): void {
    if (this.selected) this.el.dataset['regiodeal'] = this.selected;
    else delete this.el.dataset['regiodeal'];
    this.pressLegend();
    for (const path of this.el.querySelectorAll<SVGPathElement>(':is([data-map-static], [data-map-drawing]) .odg-laag'))
      path.classList.toggle('is-selected', path.dataset['layer'] === this.selected);
    this.infoPanel()?.replaceChildren(paragraph(layerInfo(this.model, this.selected) || 'Geen deal gekozen: de kaart toont ze alle.'));
    this.live?.select(this.selected);
  }

  protected async showLive(container: HTMLElement): Promise<void> {
    const { staticSvg } = this;
    if (!staticSvg) throw new Error('<grens-map>: geen kaarttekening');
    const { createOverDeGrensLive } = await import('./live.ts');
    this.live = await createOverDeGrensLive(container, this.model, { svg: staticSvg, label: this.liveLabel() });
    this.live.select(this.selected);
  }
}
