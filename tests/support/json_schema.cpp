// Applies each keyword only to the instance types it is defined for (as the specification
// says: "required" ignores a null, "minLength" ignores a number), which is what lets the
// schema write nullable objects as {"type": ["object", "null"], "required": […]}.
#include "support/json_schema.hpp"

#include <fstream>
#include <regex>
#include <set>
#include <stdexcept>

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::set<std::string> kAnnotations = {"$schema", "$id", "title", "description", "$comment",
                                            "$defs"};
const std::set<std::string> kKeywords = {"type",     "const",     "enum",      "properties",
                                         "required", "additionalProperties", "items",
                                         "minimum",  "maximum",   "minLength", "pattern", "$ref"};

bool has_type(const json& instance, const std::string& type) {
  if (type == "null") return instance.is_null();
  if (type == "boolean") return instance.is_boolean();
  if (type == "object") return instance.is_object();
  if (type == "array") return instance.is_array();
  if (type == "string") return instance.is_string();
  if (type == "number") return instance.is_number();
  if (type == "integer")
    return instance.is_number_integer() ||
           (instance.is_number_float() && instance.get<double>() == static_cast<double>(
                                                                        static_cast<long long>(instance.get<double>())));
  throw std::runtime_error("schema: unknown type '" + type + "'");
}

std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::string where(const std::string& path) { return path.empty() ? "(root)" : path; }

}  // namespace

JsonSchema::JsonSchema(json schema) : root_(std::move(schema)) {}

JsonSchema JsonSchema::thread_schema() {
  std::ifstream file(std::string(PALABRE_SOURCE_DIR) + "/schema/thread.schema.json");
  if (!file) throw std::runtime_error("cannot open schema/thread.schema.json");
  return JsonSchema(json::parse(file));
}

std::vector<std::string> JsonSchema::validate(const json& instance, const std::string& at) const {
  std::vector<std::string> problems;
  check(at.empty() ? root_ : root_.at(json::json_pointer(at)), instance, "", problems);
  return problems;
}

void JsonSchema::check(const json& schema, const json& instance, const std::string& path,
                       std::vector<std::string>& problems) const {
  if (schema.is_boolean()) {
    if (!schema.get<bool>()) problems.push_back(where(path) + ": not allowed");
    return;
  }
  for (const auto& [key, value] : schema.items())
    if (!kAnnotations.count(key) && !kKeywords.count(key))
      throw std::runtime_error("schema: keyword '" + key + "' is not supported by the test validator");

  if (auto ref = schema.find("$ref"); ref != schema.end()) {
    std::string target = ref->get<std::string>();
    if (!target.starts_with("#")) throw std::runtime_error("schema: only local $ref: " + target);
    check(root_.at(json::json_pointer(target.substr(1))), instance, path, problems);
  }
  if (auto type = schema.find("type"); type != schema.end()) {
    bool ok = false;
    if (type->is_string()) ok = has_type(instance, type->get<std::string>());
    else
      for (const json& t : *type) ok |= has_type(instance, t.get<std::string>());
    if (!ok) {
      problems.push_back(where(path) + ": expected type " + type->dump() + ", got " + instance.dump());
      return;
    }
  }
  if (auto value = schema.find("const"); value != schema.end() && instance != *value)
    problems.push_back(where(path) + ": expected " + value->dump() + ", got " + instance.dump());
  if (auto values = schema.find("enum"); values != schema.end()) {
    bool found = false;
    for (const json& v : *values) found |= instance == v;
    if (!found) problems.push_back(where(path) + ": " + instance.dump() + " is not one of " + values->dump());
  }
  if (instance.is_number()) {
    if (auto min = schema.find("minimum"); min != schema.end() && instance.get<double>() < min->get<double>())
      problems.push_back(where(path) + ": " + instance.dump() + " is below " + min->dump());
    if (auto max = schema.find("maximum"); max != schema.end() && instance.get<double>() > max->get<double>())
      problems.push_back(where(path) + ": " + instance.dump() + " is above " + max->dump());
  }
  if (instance.is_string()) {
    const std::string text = instance.get<std::string>();
    if (auto min = schema.find("minLength"); min != schema.end() && code_points(text) < min->get<std::size_t>())
      problems.push_back(where(path) + ": string shorter than " + min->dump());
    if (auto pattern = schema.find("pattern");
        pattern != schema.end() && !std::regex_search(text, std::regex(pattern->get<std::string>())))
      problems.push_back(where(path) + ": " + instance.dump() + " does not match " + pattern->dump());
  }
  if (instance.is_array())
    if (auto items = schema.find("items"); items != schema.end())
      for (std::size_t i = 0; i < instance.size(); ++i)
        check(*items, instance[i], path + "/" + std::to_string(i), problems);
  if (instance.is_object()) {
    if (auto required = schema.find("required"); required != schema.end())
      for (const json& name : *required)
        if (!instance.contains(name.get<std::string>()))
          problems.push_back(where(path) + ": missing \"" + name.get<std::string>() + "\"");
    const json properties = schema.value("properties", json::object());
    for (const auto& [name, value] : instance.items()) {
      if (auto property = properties.find(name); property != properties.end()) {
        check(*property, value, path + "/" + name, problems);
      } else if (auto extra = schema.find("additionalProperties"); extra != schema.end()) {
        check(*extra, value, path + "/" + name, problems);
      }
    }
  }
}

std::string schema_problems(const nlohmann::json& instance, const std::string& at) {
  static const JsonSchema kSchema = JsonSchema::thread_schema();
  std::string out;
  for (const std::string& problem : kSchema.validate(instance, at)) out += problem + "\n";
  return out;
}

}  // namespace palabre::testing
