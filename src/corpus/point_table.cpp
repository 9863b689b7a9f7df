// Runs are written in a small binary form (counts as 64-bit integers, strings with their
// length) rather than JSON: they never leave the process, and reading them back is the
// final aggregation's inner loop. All runs share one temporary file; a reader keeps its own
// offset and reads with pread, so several runs are read at once through one descriptor.
#include "palabre/corpus/point_table.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>

#include "palabre/error.hpp"

namespace palabre {
namespace {

// Runs merged at once; beyond it, the runs are first merged into one (a second pass).
constexpr std::size_t kFanIn = 16;
constexpr std::size_t kBlock = std::size_t{64} << 10;

bool article_before(const PointArticle& a, const PointArticle& b) {
  if (a.comments != b.comments) return a.comments > b.comments;
  return a.path < b.path;
}

// Heap bytes a string holds beyond its own object (short strings live inside it).
std::size_t heap_of(const std::string& text) { return text.size() >= 16 ? text.size() + 1 : 0; }

// Estimated bytes a table entry costs: the map node, the strings, the vectors.
std::size_t footprint(const std::string& key, const CorpusPoint& point) {
  constexpr std::size_t kNode = 48;  // a red-black tree node's links and colour
  std::size_t bytes = kNode + sizeof(std::string) + sizeof(CorpusPoint) + heap_of(key);
  for (const auto& [phrase, count] : point.spellings)
    bytes += kNode + sizeof(std::string) + sizeof(count) + heap_of(phrase);
  bytes += point.articles.capacity() * sizeof(PointArticle);
  for (const PointArticle& article : point.articles) bytes += heap_of(article.path);
  return bytes;
}

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir && *dir ? dir : "/tmp";
}

[[noreturn]] void fail(const std::string& what) {
  throw Error(ErrorKind::kOutput, temp_dir(), what + " the talking points' temporary file: " + std::strerror(errno));
}

void put_count(std::string& out, std::uint64_t value) {
  char bytes[sizeof value];
  std::memcpy(bytes, &value, sizeof value);
  out.append(bytes, sizeof value);
}

void put_string(std::string& out, const std::string& text) {
  put_count(out, text.size());
  out += text;
}

void put_point(std::string& out, const std::string& key, const CorpusPoint& point) {
  put_string(out, key);
  put_count(out, point.threads);
  put_count(out, point.comments);
  put_count(out, point.spellings.size());
  for (const auto& [phrase, count] : point.spellings) {
    put_string(out, phrase);
    put_count(out, count);
  }
  put_count(out, point.articles.size());
  for (const PointArticle& article : point.articles) {
    put_string(out, article.path);
    put_count(out, article.comments);
  }
}

void write_all(int fd, const std::string& bytes, std::uint64_t offset) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t written = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) fail("cannot write");
    done += static_cast<std::size_t>(written);
  }
}

// Appends points to the file from `offset`, a block at a time.
class RunWriter {
 public:
  RunWriter(int fd, std::uint64_t offset) : fd_(fd), start_(offset), end_(offset) {}
  void add(const std::string& key, const CorpusPoint& point) {
    put_point(buffer_, key, point);
    if (buffer_.size() >= kBlock) flush();
  }
  // The run written: [start, end).
  std::uint64_t finish() {
    flush();
    return end_ - start_;
  }

 private:
  void flush() {
    write_all(fd_, buffer_, end_);
    end_ += buffer_.size();
    buffer_.clear();
  }
  int fd_;
  std::uint64_t start_, end_;
  std::string buffer_;
};

// Reads one run back, point by point.
class RunReader {
 public:
  RunReader(int fd, std::uint64_t offset, std::uint64_t size) : fd_(fd), next_(offset), left_(size) {}

  bool next(std::string& key, CorpusPoint& point) {
    if (left_ == 0 && at_ == buffer_.size()) return false;
    key = get_string();
    point.threads = get_count();
    point.comments = get_count();
    point.spellings.clear();
    for (std::uint64_t n = get_count(); n > 0; --n) {
      std::string phrase = get_string();
      point.spellings[std::move(phrase)] = get_count();
    }
    point.articles.clear();
    for (std::uint64_t n = get_count(); n > 0; --n) {
      std::string path = get_string();
      point.articles.push_back({std::move(path), get_count()});
    }
    return true;
  }

 private:
  void get(char* into, std::size_t size) {
    while (size > 0) {
      if (at_ == buffer_.size()) refill();
      std::size_t take = std::min(size, buffer_.size() - at_);
      std::memcpy(into, buffer_.data() + at_, take);
      at_ += take;
      into += take;
      size -= take;
    }
  }
  std::uint64_t get_count() {
    std::uint64_t value = 0;
    get(reinterpret_cast<char*>(&value), sizeof value);
    return value;
  }
  std::string get_string() {
    std::string text(get_count(), '\0');
    get(text.data(), text.size());
    return text;
  }
  void refill() {
    if (left_ == 0) {
      errno = EIO;
      fail("truncated run in");
    }
    buffer_.resize(static_cast<std::size_t>(std::min<std::uint64_t>(left_, kBlock)));
    std::size_t done = 0;
    while (done < buffer_.size()) {
      ssize_t got = ::pread(fd_, buffer_.data() + done, buffer_.size() - done, static_cast<off_t>(next_ + done));
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        if (got == 0) errno = EIO;
        fail("cannot read back");
      }
      done += static_cast<std::size_t>(got);
    }
    next_ += done;
    left_ -= done;
    at_ = 0;
  }

  int fd_;
  std::uint64_t next_, left_;
  std::string buffer_;
  std::size_t at_ = 0;
};

}  // namespace

void merge_point(CorpusPoint& into, const CorpusPoint& part) {
  for (const auto& [phrase, count] : part.spellings) into.spellings[phrase] += count;
  into.threads += part.threads;
  into.comments += part.comments;
  into.articles.insert(into.articles.end(), part.articles.begin(), part.articles.end());
  std::sort(into.articles.begin(), into.articles.end(), article_before);
  if (into.articles.size() > kArticlesPerPoint) into.articles.resize(kArticlesPerPoint);
}

PointTable::PointTable(std::size_t budget) : budget_(budget) {}

PointTable::~PointTable() {
  if (fd_ >= 0) ::close(fd_);
}

PointTable::PointTable(PointTable&& other) noexcept
    : budget_(other.budget_),
      used_(other.used_),
      memory_(std::move(other.memory_)),
      runs_(std::move(other.runs_)),
      fd_(std::exchange(other.fd_, -1)),
      end_(other.end_) {
  other.used_ = 0;
  other.memory_.clear();
  other.runs_.clear();
  other.end_ = 0;
}

PointTable& PointTable::operator=(PointTable&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    budget_ = other.budget_;
    used_ = std::exchange(other.used_, 0);
    memory_ = std::move(other.memory_);
    other.memory_.clear();
    runs_ = std::move(other.runs_);
    other.runs_.clear();
    fd_ = std::exchange(other.fd_, -1);
    end_ = std::exchange(other.end_, 0);
  }
  return *this;
}

void PointTable::add(const std::string& key, const CorpusPoint& point) {
  auto [it, inserted] = memory_.try_emplace(key);
  std::size_t before = inserted ? 0 : footprint(key, it->second);
  merge_point(it->second, point);
  used_ += footprint(key, it->second) - before;
  if (used_ > budget_) spill();
}

void PointTable::spill() {
  if (fd_ < 0) {
    std::string name = temp_dir() + "/palabre-points-XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) fail("cannot create");
    // Unlinked at once: nothing is left behind, however the process ends.
    ::unlink(name.c_str());
  }
  RunWriter writer(fd_, end_);
  for (const auto& [key, point] : memory_) writer.add(key, point);
  std::uint64_t size = writer.finish();
  runs_.push_back({end_, size});
  end_ += size;
  memory_.clear();
  used_ = 0;
  if (runs_.size() >= kFanIn) compact_runs();
}

void PointTable::compact_runs() {
  RunWriter writer(fd_, end_);
  merge_runs(runs_, false, [&](const std::string& key, const CorpusPoint& point) { writer.add(key, point); });
  std::uint64_t size = writer.finish();
  runs_.assign(1, Run{end_, size});
  end_ += size;
}

void PointTable::for_each(const std::function<void(const std::string&, const CorpusPoint&)>& visit) const {
  merge_runs(runs_, true, visit);
}

void PointTable::merge_runs(const std::vector<Run>& runs, bool with_memory,
                            const std::function<void(const std::string&, const CorpusPoint&)>& visit) const {
  // One source per run, and the in-memory map last; each holds its current point.
  struct Source {
    std::unique_ptr<RunReader> reader;
    std::map<std::string, CorpusPoint>::const_iterator at;
    bool live = false;
    std::string key;
    CorpusPoint point;
  };
  std::vector<Source> sources(runs.size() + (with_memory ? 1 : 0));
  auto advance = [&](Source& source) {
    if (source.reader) {
      source.live = source.reader->next(source.key, source.point);
    } else {
      source.live = source.at != memory_.end();
      if (source.live) {
        source.key = source.at->first;
        source.point = source.at->second;
        ++source.at;
      }
    }
  };
  for (std::size_t i = 0; i < runs.size(); ++i)
    sources[i].reader = std::make_unique<RunReader>(fd_, runs[i].offset, runs[i].size);
  if (with_memory) sources.back().at = memory_.begin();
  for (Source& source : sources) advance(source);

  std::string key;
  CorpusPoint merged;
  for (;;) {
    const std::string* smallest = nullptr;
    for (const Source& source : sources)
      if (source.live && (smallest == nullptr || source.key < *smallest)) smallest = &source.key;
    if (smallest == nullptr) break;
    key = *smallest;
    merged = CorpusPoint{};
    for (Source& source : sources)
      if (source.live && source.key == key) {
        merge_point(merged, source.point);
        advance(source);
      }
    visit(key, merged);
  }
}

}  // namespace palabre
