#include "export/event_export.h"

#include <cerrno>
#include <cstring>

#include "export/acled_csv.h"

namespace vigie {

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "geojson") return ExportFormat::kGeoJson;
  return std::nullopt;
}

Result<ExportSummary> ExportEvents(EventStore& store, const EventFilter& filter, ExportFormat format, FILE* out) {
  ExportSummary summary;
  std::string buffer;
  bool write_failed = false;
  // Output goes out in blocks of about 1 MiB: few system calls, bounded memory.
  auto flush = [&](bool force) {
    if (write_failed || (!force && buffer.size() < (1u << 20))) return;
    if (fwrite(buffer.data(), 1, buffer.size(), out) != buffer.size()) write_failed = true;
    buffer.clear();
  };
  if (format == ExportFormat::kCsv) AppendAcledCsvHeader(buffer);
  if (format == ExportFormat::kGeoJson) buffer += "{\"type\":\"FeatureCollection\",\"features\":[\n";
  char coordinates[64];
  Status status = store.ForEachEvent(filter, [&](const StoredEvent& event) {
    const EventRecord& e = event.record;
    switch (format) {
      case ExportFormat::kCsv:
        AppendAcledCsvRow(e, buffer);
        break;
      case ExportFormat::kJsonl:
        buffer += event.json;
        buffer += '\n';
        break;
      case ExportFormat::kGeoJson:
        if (summary.events > 0) buffer += ",\n";
        buffer += "{\"type\":\"Feature\",\"geometry\":";
        if (e.located) {
          std::snprintf(coordinates, sizeof coordinates, "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}",
                        e.longitude, e.latitude);
          buffer += coordinates;
        } else {
          buffer += "null";
          ++summary.unlocated;
        }
        buffer += ",\"properties\":";
        buffer += event.json;
        buffer += '}';
        break;
    }
    ++summary.events;
    flush(false);
    return !write_failed;
  });
  if (format == ExportFormat::kGeoJson) buffer += "\n]}\n";
  flush(true);
  if (!write_failed && fflush(out) != 0) write_failed = true;
  if (write_failed) return Status::Error(std::string("cannot write the export: ") + std::strerror(errno));
  if (!status.ok()) return status;
  return summary;
}

}  // namespace vigie
