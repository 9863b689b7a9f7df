#include "palabre/record.hpp"

namespace palabre {

std::string_view span_kind_name(SpanKind kind) {
  switch (kind) {
    case SpanKind::kQuote: return "quote";
    case SpanKind::kSignature: return "signature";
    case SpanKind::kDuplicate: return "duplicate";
    case SpanKind::kPingback: return "pingback";
  }
  return "quote";
}

}  // namespace palabre
