#include "server/dashboard_files.h"

#include <xxhash.h>

#include <cstdio>
#include <cstdlib>

#include "core/file_bytes.h"

namespace vigie {

namespace {

struct FileEntry {
  const char* url_path;
  const char* file;  // relative to the web directory
  const char* content_type;
};

constexpr char kJs[] = "text/javascript; charset=utf-8";
constexpr char kCss[] = "text/css; charset=utf-8";
constexpr char kPng[] = "image/png";

constexpr FileEntry kFiles[] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/dashboard.js", "dashboard.js", kJs},
    {"/dashboard.css", "dashboard.css", kCss},
    {"/strings.js", "strings.js", kJs},
    {"/vendor/leaflet.js", "node_modules/leaflet/dist/leaflet.js", kJs},
    {"/vendor/leaflet.css", "node_modules/leaflet/dist/leaflet.css", kCss},
    {"/vendor/images/layers.png", "node_modules/leaflet/dist/images/layers.png", kPng},
    {"/vendor/images/layers-2x.png", "node_modules/leaflet/dist/images/layers-2x.png", kPng},
    {"/vendor/images/marker-icon.png", "node_modules/leaflet/dist/images/marker-icon.png", kPng},
    {"/vendor/images/marker-icon-2x.png", "node_modules/leaflet/dist/images/marker-icon-2x.png", kPng},
    {"/vendor/images/marker-shadow.png", "node_modules/leaflet/dist/images/marker-shadow.png", kPng},
    {"/vendor/leaflet.markercluster.js", "node_modules/leaflet.markercluster/dist/leaflet.markercluster.js", kJs},
    {"/vendor/MarkerCluster.css", "node_modules/leaflet.markercluster/dist/MarkerCluster.css", kCss},
    {"/vendor/topojson-client.min.js", "node_modules/topojson-client/dist/topojson-client.min.js", kJs},
    {"/vendor/countries-50m.json", "node_modules/world-atlas/countries-50m.json", "application/json"},
};

}  // namespace

Result<DashboardFiles> DashboardFiles::Load(const std::filesystem::path& web_dir) {
  DashboardFiles files;
  for (const FileEntry& entry : kFiles) {
    const std::filesystem::path path = web_dir / entry.file;
    auto body = ReadFileBytes(path);
    if (!body.ok()) {
      return Status::Error("the dashboard's file " + path.string() + " is missing" +
                           (std::string_view(entry.file).starts_with("node_modules/")
                                ? " (`make build` installs it from npm; or pass --web DIR)"
                                : " (pass --web DIR, the folder holding index.html)"));
    }
    char etag[40];
    snprintf(etag, sizeof etag, "\"%016llx\"",
             static_cast<unsigned long long>(XXH3_64bits(body->data(), body->size())));
    files.files_[entry.url_path] = {entry.content_type, std::move(body).value(), etag};
  }
  return files;
}

const DashboardFile* DashboardFiles::Find(const std::string& url_path) const {
  auto it = files_.find(url_path);
  return it == files_.end() ? nullptr : &it->second;
}

std::filesystem::path DefaultWebDir() {
  if (const char* env = std::getenv("VIGIE_WEB"); env != nullptr && *env != '\0') return env;
  return VIGIE_DEFAULT_WEB_DIR;
}

}  // namespace vigie
