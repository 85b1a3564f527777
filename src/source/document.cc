#include "source/document.h"

namespace vigie {

const char* ContentTypeName(ContentType type) { return type == ContentType::kHtml ? "html" : "text"; }

}  // namespace vigie
