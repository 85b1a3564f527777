// The dashboard's static files: our pages (web/*.html, *.js, *.css) and the third-party assets
// npm installs into web/node_modules at build time (Leaflet, its marker clusters, the
// TopoJSON reader, Natural Earth country shapes), read once into memory and served from a
// fixed table of URL paths. Nothing outside the table is ever read, so no request path can
// reach another file.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/status.h"

namespace vigie {

struct DashboardFile {
  std::string content_type;
  std::string body;
  std::string etag;  // quoted, from a hash of the body
};

class DashboardFiles {
 public:
  // Reads every file of the table from `web_dir` (the source tree's web/ by default). Fails
  // naming the first file missing, with what to run to install it.
  static Result<DashboardFiles> Load(const std::filesystem::path& web_dir);

  // The file served at `url_path` ("/" is the dashboard page), or nullptr.
  const DashboardFile* Find(const std::string& url_path) const;

 private:
  std::map<std::string, DashboardFile, std::less<>> files_;
};

// web/ in the source tree, where `make build` installs the npm assets; $VIGIE_WEB overrides it.
std::filesystem::path DefaultWebDir();

}  // namespace vigie
