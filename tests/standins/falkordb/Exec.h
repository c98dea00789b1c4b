// FalkorDB stand-in: query execution.
#pragma once

#include "Cypher.h"

#include <chrono>
#include <string>
#include <vector>

namespace sb {

struct Stats {
    int labelsAdded = 0, labelsRemoved = 0, nodesCreated = 0, propsSet = 0, propsRemoved = 0, relsCreated = 0,
        nodesDeleted = 0, relsDeleted = 0, indicesCreated = 0, indicesDeleted = 0, constraintsCreated = 0,
        constraintsDeleted = 0;
    bool indexCreation = false, indexDeletion = false;
};

struct Result {
    bool hasResult = false;
    std::vector<std::string> cols;
    std::vector<std::vector<Value>> rows;
    Stats stats;
};

struct ExecOptions {
    int64_t resultsetSize = -1;  // -1 unlimited
    int64_t timeoutMs = 0;       // 0: none
    int64_t rowDelayUs = 0;      // test knob
    int version = 41609;
};

bool isWriteStatement(const Statement &st);
// Runs the statement; on error the graph is rolled back and QueryError is thrown.
Result execute(Graph &g, const Statement &st, const Params &params, const ExecOptions &opt);
std::vector<std::string> explainPlan(const Statement &st);

}  // namespace sb
