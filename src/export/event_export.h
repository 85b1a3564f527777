// `vigie export`: stored events streamed out as ACLED CSV, JSON Lines (the record of
// DESIGN.md section 3) or a GeoJSON FeatureCollection, with the store's filters.
#pragma once

#include <cstdio>
#include <string>

#include "core/status.h"
#include "store/event_store.h"

namespace vigie {

enum class ExportFormat { kCsv, kJsonl, kGeoJson };

// "csv", "jsonl", "geojson" → the format; anything else → nullopt.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportSummary {
  int64_t events = 0;
  int64_t unlocated = 0;  // GeoJSON features with a null geometry
};

// Writes the events of `store` that pass `filter` to `out`, in event-date order. Streams:
// memory does not grow with the number of events. GeoJSON features carry the whole record as
// their properties and a Point geometry (null when the event has no coordinates). A write
// error (a full disk, a closed pipe) stops the export with a message.
Result<ExportSummary> ExportEvents(EventStore& store, const EventFilter& filter, ExportFormat format, FILE* out);

}  // namespace vigie
