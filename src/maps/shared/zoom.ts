/** The zoom range a topology declares (its foreign member `zoom: [min, max]`, written by the data pipeline), validated. */

export interface ZoomRange {
  min: number;
  max: number;
}

/** Reads `zoom` of a topology; throws naming `file` when it is missing or not two whole numbers with min ≤ max. */
export function topologyZoom(topology: unknown, file: string): ZoomRange {
  const zoom = (topology as { zoom?: unknown } | null)?.zoom;
  if (!Array.isArray(zoom) || zoom.length !== 2 || !zoom.every((z) => Number.isInteger(z) && (z as number) >= 0 && (z as number) <= 20)) {
    throw new Error(`${file}: geen zoombereik ("zoom": [min, max] met twee gehele getallen van 0 tot 20).`);
  }
  const [min, max] = zoom as [number, number];
  if (min > max) throw new Error(`${file}: zoombereik [${String(min)}, ${String(max)}] loopt achteruit.`);
  return { min, max };
}
