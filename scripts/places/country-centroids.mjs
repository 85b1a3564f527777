#!/usr/bin/env node
// Computes one point per country for data/places/countries.tsv: GeoNames' own point where
// scripts/places/geonames-country-points.tsv gives one, else a centroid of the country's shape.
//
// Run (Node.js 20, no dependencies):
//   cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
//   node scripts/places/country-centroids.mjs /tmp/package/countries-50m.json \
//        path/to/i18n-iso-countries/codes.json path/to/cities500.txt \
//        scripts/places/geonames-country-points.tsv [data/places/countries.tsv] > countries.new.tsv
//
// Arguments:
//   1. countries-50m.json from the world-atlas package (TopoJSON, ids are ISO 3166 numeric codes)
//   2. codes.json from the i18n-iso-countries package ([alpha2, alpha3, numeric, ...] rows)
//   3. GeoNames cities500.txt, used only for codes that world-atlas lacks (capital = PPLC)
//   4. geonames-country-points.tsv: GeoNames' point of each country listed there
//   5. optional: an existing countries.tsv whose NAMES and DEMONYMS columns are kept
//
// A country listed in argument 4 gets GeoNames' point, as the gazetteer's other places do
// and as GeoNames-based gold data expects. For any other, the point is the area-weighted
// centroid (computed in plain
// longitude/latitude) of its polygon of largest area, so that e.g. the United
// States point falls in the lower 48 and France's in metropolitan France.
// Output: the header comment and one TSV row per code of codes.json, in its order.

import { readFileSync } from "node:fs";

const [topoPath, codesPath, citiesPath, pointsPath, previousPath] = process.argv.slice(2);
if (!topoPath || !codesPath || !citiesPath || !pointsPath) {
  process.stderr.write(
    "usage: node country-centroids.mjs countries-50m.json codes.json cities500.txt " +
    "geonames-country-points.tsv [countries.tsv]\n");
  process.exit(2);
}

const topo = JSON.parse(readFileSync(topoPath, "utf8"));
const codes = JSON.parse(readFileSync(codesPath, "utf8"));

// --- TopoJSON decoding -------------------------------------------------------
// Arcs are quantized and delta-encoded: each position after the first is an
// offset from the previous one; the transform maps integer grid units to degrees.
const { scale, translate } = topo.transform ?? { scale: [1, 1], translate: [0, 0] };
const quantized = Boolean(topo.transform);
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    if (quantized) {
      x += dx; y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    }
    return [dx, dy];
  });
});

// An arc index i >= 0 means arc i as stored; a negative index ~i means arc i reversed.
// Consecutive arcs of a ring share their junction point, which is kept once.
function ring(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  // A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps by ~360 degrees
  // of longitude: shift such points so the ring is continuous. A ring that really goes
  // round the globe (Antarctica) does not close again after the shift and is kept as is.
  const unwrapped = [points[0]];
  for (let k = 1; k < points.length; k++) {
    let x = points[k][0];
    const prev = unwrapped[k - 1][0];
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    unwrapped.push([x, points[k][1]]);
  }
  const last = unwrapped[unwrapped.length - 1];
  return Math.abs(last[0] - unwrapped[0][0]) < 1e-9 ? unwrapped : points;
}

// Signed area and centroid of a closed ring (shoelace formula).
function ringStats(points) {
  let a = 0, cx = 0, cy = 0;
  for (let k = 0; k < points.length; k++) {
    const [x0, y0] = points[k];
    const [x1, y1] = points[(k + 1) % points.length];
    const cross = x0 * y1 - x1 * y0;
    a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
  }
  a /= 2;
  if (a === 0) return { area: 0, x: points[0][0], y: points[0][1] };
  return { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

// Polygon = outer ring followed by holes; holes are subtracted whatever their winding.
function polygonStats(rings) {
  let area = 0, mx = 0, my = 0;
  rings.forEach((r, k) => {
    const s = ringStats(ring(r));
    const w = (k === 0 ? 1 : -1) * Math.abs(s.area);
    area += w; mx += w * s.x; my += w * s.y;
  });
  if (area <= 0) return null;
  const y = my / area;
  // Rank polygons by their approximate surface (degree area shrinks with cos(latitude)).
  return { x: mx / area, y, size: area * Math.cos((y * Math.PI) / 180) };
}

// Several geometries may carry the same id (Australia and the Ashmore and Cartier
// Islands are both 036): the largest polygon over all of them wins.
const best = new Map(); // numeric code -> polygon stats
for (const g of topo.objects.countries.geometries) {
  if (g.id === undefined) continue;
  const id = String(g.id).padStart(3, "0");
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  for (const p of polygons) {
    const s = polygonStats(p);
    if (s && (!best.has(id) || s.size > best.get(id).size)) best.set(id, s);
  }
}
const centroids = new Map(); // numeric code -> [lat, lon]
for (const [id, s] of best) centroids.set(id, [s.y, ((((s.x + 180) % 360) + 360) % 360) - 180]);

// --- Fallback: capital from GeoNames cities500 -------------------------------
const capitals = new Map(); // alpha2 -> [lat, lon, rank, population]
const featureRank = { PPLC: 3, PPLG: 2, PPLA: 1 };
for (const line of readFileSync(citiesPath, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f.length < 15) continue;
  const cc = f[8], rank = featureRank[f[7]] ?? 0, pop = Number(f[14]) || 0;
  const old = capitals.get(cc);
  if (!old || rank > old[2] || (rank === old[2] && pop > old[3])) {
    capitals.set(cc, [Number(f[4]), Number(f[5]), rank, pop]);
  }
}

// --- GeoNames' own points ----------------------------------------------------------
const geonamesPoints = new Map(); // alpha2 -> [lat, lon]
readFileSync(pointsPath, "utf8").split("\n").forEach((line, k) => {
  if (line === "" || line.startsWith("#")) return;
  const [code, lat, lon] = line.split("\t");
  const point = [Number(lat), Number(lon)];
  if (!/^[A-Z]{2}$/.test(code) || !point.every(Number.isFinite) || Math.abs(point[0]) > 90 ||
      Math.abs(point[1]) > 180) {
    process.stderr.write(`${pointsPath}:${k + 1}: expected COUNTRY<TAB>LATITUDE<TAB>LONGITUDE\n`);
    process.exit(1);
  }
  geonamesPoints.set(code, point);
});

// --- Names and demonyms kept from a previous countries.tsv --------------------
const previous = new Map();
if (previousPath) {
  for (const line of readFileSync(previousPath, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split("\t");
    previous.set(f[0], [f[3] ?? "-", f[4] ?? "-"]);
  }
}

const fmt = (v) => {
  const s = (Math.round(v * 100) / 100).toFixed(2);
  return s === "-0.00" ? "0.00" : s;
};

const out = [
  "# Countries: one row per ISO 3166 alpha-2 code of i18n-iso-countries (codes.json).",
  "# Format: COUNTRY<TAB>LATITUDE<TAB>LONGITUDE<TAB>NAMES<TAB>DEMONYMS",
  "#   COUNTRY    ISO 3166 alpha-2 code.",
  "#   LATITUDE, LONGITUDE  a representative point in decimal degrees: GeoNames' own point",
  "#              for the country (scripts/places/geonames-country-points.tsv), else the",
  "#              area-weighted centroid of the country's largest polygon in world-atlas",
  "#              countries-50m (or, for a code missing there, its capital in cities500).",
  "#              Generated by scripts/places/country-centroids.mjs; do not edit by hand.",
  "#   NAMES      extra names and abbreviations used by the French and English press, on top",
  "#              of the official English and French names, '|'-separated; '-' for none.",
  "#   DEMONYMS   nationality adjectives and nouns in English and French, all inflected",
  "#              forms, '|'-separated; '-' when not given.",
  "",
];
// Uninhabited territories with neither a world-atlas shape nor a place in cities500.
const noPlace = {
  BV: [-54.42, 3.36], // Bouvet Island
  UM: [19.28, 166.65], // United States Minor Outlying Islands: Wake Island
};
let missing = [];
for (const [alpha2, , numeric] of codes) {
  let point = geonamesPoints.get(alpha2) ?? centroids.get(numeric);
  if (!point) {
    const c = capitals.get(alpha2);
    point = c ? [c[0], c[1]] : noPlace[alpha2];
    missing.push(alpha2 + (c ? "" : "(fixed point)"));
  }
  if (!point) continue;
  const [names, demonyms] = previous.get(alpha2) ?? ["-", "-"];
  out.push([alpha2, fmt(point[0]), fmt(point[1]), names, demonyms].join("\t"));
}
process.stdout.write(out.join("\n") + "\n");
process.stderr.write(`codes not in world-atlas (capital used): ${missing.join(" ")}\n`);
