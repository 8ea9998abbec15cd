/**
 * The key of an office's recorded position (office-positions.ts): its longitude and latitude as
 * JavaScript writes the numbers, which is how public/data/published/offices.csv writes them. In a
 * module of its own because the derivation that writes the positions uses it too, and must not
 * import the file it writes.
 */
export function positionKey(lon: number, lat: number): string {
  return `${lon},${lat}`;
}
