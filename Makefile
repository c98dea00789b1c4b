# BrandMind Backup: build, test and the migration targets users already know.
# Every target is a thin call of brandmind-backup-cli; defaults follow the original design and can be
# overridden on the command line, e.g. `make backup-graph FALKORDB_URL=redis://db:6379 GRAPH=kg`.

BUILD_DIR      ?= build
JOBS           ?= $(shell nproc)
CLI            ?= $(BUILD_DIR)/src/cli/brandmind-backup-cli

FALKORDB_URL   ?= redis://localhost:6380
GRAPH          ?= knowledge_graph
BACKUP_DIR     ?= ./backups
MILVUS_BACKUP_URL ?= http://localhost:8080
S3_URL         ?= http://localhost:9000
S3_BUCKET      ?= a-bucket
S3_ROOT        ?= backup
MILVUS_URL     ?= http://localhost:19530
COLLECTIONS    ?= DocumentChunks,EntityDescriptions,RelationDescriptions
# The set or package to restore; defaults to the newest set under BACKUP_DIR.
SET            ?= $(shell ls -1d $(BACKUP_DIR)/*/ 2>/dev/null | sort | tail -n 1)
PACKAGE        ?= $(shell ls -1 $(BACKUP_DIR)/*.zip 2>/dev/null | sort | tail -n 1)
RESTORE_FLAGS  ?=

GRAPH_ARGS  = --falkordb $(FALKORDB_URL) --graph $(GRAPH)
VECTOR_ARGS = --milvus-backup $(MILVUS_BACKUP_URL) --s3 $(S3_URL) --s3-bucket $(S3_BUCKET) \
              --s3-root $(S3_ROOT) --milvus $(MILVUS_URL) --collections $(COLLECTIONS)

.PHONY: all configure build test bench demo clean \
        backup-graph backup-vector backup-all backup-package \
        restore-graph restore-vector restore-all restore-package list

all: build

configure:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

# The keychain tests need a session bus; dbus-run-session gives every test one of its own.
test: build
	cd $(BUILD_DIR) && dbus-run-session -- ctest --output-on-failure -j2
	bash tests/ci/check-skips.sh $(BUILD_DIR)

bench: build
	bash bench/run.sh

# Runs on local stand-ins only (see tests/sandbox/demo.sh); DEMO_KEEP=1 keeps its folder.
demo: build
	BUILD_DIR=$(BUILD_DIR) bash tests/sandbox/demo.sh

backup-graph: build
	$(CLI) backup $(GRAPH_ARGS) --components graph --out $(BACKUP_DIR)/$$(date -u +%Y%m%dT%H%M%SZ)

backup-vector: build
	$(CLI) backup $(VECTOR_ARGS) --components vector --out $(BACKUP_DIR)/$$(date -u +%Y%m%dT%H%M%SZ)

backup-all: build
	$(CLI) backup $(GRAPH_ARGS) $(VECTOR_ARGS) --out $(BACKUP_DIR)/$$(date -u +%Y%m%dT%H%M%SZ)

backup-package: backup-all
	$(CLI) package "$$(ls -1d $(BACKUP_DIR)/*/ | sort | tail -n 1)"

restore-graph: build
	$(CLI) restore "$(SET)" $(GRAPH_ARGS) --components graph $(RESTORE_FLAGS)

restore-vector: build
	$(CLI) restore "$(SET)" $(VECTOR_ARGS) --components vector $(RESTORE_FLAGS)

restore-all: build
	$(CLI) restore "$(SET)" $(GRAPH_ARGS) $(VECTOR_ARGS) $(RESTORE_FLAGS)

restore-package: build
	$(CLI) restore "$(PACKAGE)" $(GRAPH_ARGS) $(VECTOR_ARGS) $(RESTORE_FLAGS)

# The sets and packages under BACKUP_DIR (and the folders used before), with their status.
list: build
	$(CLI) list $(BACKUP_DIR)

clean:
	rm -rf $(BUILD_DIR)
