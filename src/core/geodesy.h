// Distances on the Earth's surface, for scoring places and matching events.
#pragma once

#include <algorithm>
#include <cmath>

namespace vigie {

// Great-circle distance in km between two points in decimal degrees (haversine, mean
// Earth radius 6,371 km).
inline double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace vigie
