// Distances on the Earth's surface, for scoring places and matching events.
#pragma once

#include <algorithm>
#include <cmath>

namespace vigie {

inline constexpr double kEarthRadiusKm = 6371.0;  // mean radius
inline constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;

// Great-circle distance in km between two points in decimal degrees (haversine).
inline double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = kRadiansPerDegree;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

struct LatLonBox {
  double min_latitude, max_latitude, min_longitude, max_longitude;
};

// A box in decimal degrees that holds every point within `km` (by HaversineKm) of (lat, lon),
// with 1% to spare for rounding. The points lie in a spherical cap of angular radius r: their
// latitudes within r of the centre's, their longitudes within asin(sin r / cos latitude) of
// the centre's, for a cap that holds no pole and does not cross the antimeridian (else the
// box takes every longitude).
inline LatLonBox BoxAround(double lat, double lon, double km) {
  const double radius = km / kEarthRadiusKm * 1.01 + 1e-9;
  const double latitude = lat * kRadiansPerDegree;
  LatLonBox box{lat - radius / kRadiansPerDegree, lat + radius / kRadiansPerDegree, -180, 180};
  if (std::abs(latitude) + radius < 89 * kRadiansPerDegree) {
    const double span = std::asin(std::min(1.0, std::sin(radius) / std::cos(latitude))) / kRadiansPerDegree;
    if (lon - span > -180 && lon + span < 180) {
      box.min_longitude = lon - span;
      box.max_longitude = lon + span;
    }
  }
  return box;
}

}  // namespace vigie
