# The two commands of the quick start, and a few conveniences around CMake.
#   make demo   install what is missing, build palabre alone (Release), run it on the sample
#   make test   install what is missing, build, run the whole test suite with ctest
BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
SAMPLE ?= samples/villages-2-0-chinois.txt

FUZZ_DIR ?= build-fuzz

.PHONY: all deps deps-test build demo test test-sanitize fuzz-build fuzz-smoke golden install clean

all: build

deps:
	@bash scripts/install-deps.sh build

deps-test:
	@bash scripts/install-deps.sh test

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Only the program: the test suite (minutes on two cores) is for `make test`.
demo: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target palabre
	@$(BUILD_DIR)/palabre $(SAMPLE)

test: deps-test
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DPALABRE_BUILD_BENCH=ON >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

test-sanitize: deps-test
	@cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=Debug -DPALABRE_SANITIZERS=ON >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@cd $(SANITIZE_DIR) && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets, built with clang (ASan + UBSan), and their short fixed-seed ctest smoke runs.
fuzz-build: deps-test
	@cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_CXX_COMPILER=clang++ -DPALABRE_BUILD_FUZZERS=ON -DPALABRE_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS)

fuzz-smoke: fuzz-build
	@cd $(FUZZ_DIR) && ctest --output-on-failure -j $(JOBS)

# Regenerates the golden files from the current build; review the diff like code.
golden: build
	@bash scripts/update-golden.sh $(BUILD_DIR)/palabre

# Installs the program, its man page, the JSON schema and the shell completions under
# PREFIX (default /usr/local).
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD_DIR) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
