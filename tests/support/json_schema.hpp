// Test support: validates JSON against schema/thread.schema.json — the subset of JSON
// Schema 2020-12 that palabre's schema uses (type, const, enum, properties, required,
// additionalProperties, items, minimum, maximum, minLength, pattern, local $ref). A keyword
// outside that subset is an error, so the schema cannot silently rely on an unchecked one;
// tests/schema/validate_outputs.py cross-checks with python3-jsonschema.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace palabre::testing {

class JsonSchema {
 public:
  explicit JsonSchema(nlohmann::json schema);
  // The schema file of the source tree.
  static JsonSchema thread_schema();

  // Problems of `instance` against the schema root, or against the subschema at the JSON
  // pointer `at` ("/$defs/comment_line"); empty when valid. Each names the instance path.
  std::vector<std::string> validate(const nlohmann::json& instance, const std::string& at = "") const;

 private:
  void check(const nlohmann::json& schema, const nlohmann::json& instance, const std::string& path,
             std::vector<std::string>& problems) const;
  nlohmann::json root_;
};

// "" when valid, else the problems one per line — for EXPECT_EQ(..., "") messages.
std::string schema_problems(const nlohmann::json& instance, const std::string& at = "");

}  // namespace palabre::testing
