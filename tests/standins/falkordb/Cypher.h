// FalkorDB stand-in: Cypher AST, parser and parameter ("CYPHER a=1 ...") parser.
#pragma once

#include "Model.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sb {

enum class EK { Lit, Param, Var, Prop, Index, Slice, List, Map, Unary, Binary, Func, ListComp, IsNull, Case, CountStar };

struct Expr;
using ExprP = std::shared_ptr<Expr>;

struct Expr {
    EK k = EK::Lit;
    std::string name;  // var / param / property key / lower-case function name / operator
    Value lit;
    std::vector<ExprP> args;
    std::vector<std::string> keys;  // map literal keys
    bool distinct = false;          // aggregate DISTINCT
    bool flag = false;              // IS NOT NULL / CASE has subject
    int slot = -1;                  // resolved variable slot
    int aggIdx = -1;                // index of this aggregate in its projection
    int opc = -1;                   // cached operator code (set lazily by the evaluator)
    size_t b = 0, e = 0;            // source span
};

struct NodePat {
    std::string var;
    std::vector<std::string> labels;
    ExprP props;  // map literal / parameter or null
    bool anon = false;
};

struct RelPat {
    std::string var;
    std::vector<std::string> types;
    ExprP props;
    int dir = 1;  // 1: (a)-[]->(b), -1: (a)<-[]-(b), 0: undirected
    bool anon = false;
    bool varLen = false;
};

struct PathPat {
    std::string var;  // named path (unsupported in execution)
    std::vector<NodePat> nodes;
    std::vector<RelPat> rels;
};

enum class CK { Match, Unwind, With, Return, Create, Merge, Set, Delete, Remove, Call };

struct SetItem {
    enum Kind { Prop, Replace, Merge, Labels } kind = Prop;
    std::string var, prop;
    ExprP target;  // for Prop: the entity expression
    ExprP e;
    std::vector<std::string> labels;
};

struct ProjItem {
    ExprP e;
    std::string alias;  // column name
};

struct Clause {
    CK k = CK::Match;
    size_t b = 0;
    bool optional = false;
    std::vector<PathPat> paths;
    ExprP where;
    // UNWIND
    ExprP expr;
    std::string alias;
    // WITH / RETURN
    std::vector<ProjItem> items;
    bool distinct = false, star = false;
    std::vector<std::pair<ExprP, bool>> order;  // expr, descending
    ExprP skip, limit;
    // SET / MERGE
    std::vector<SetItem> sets, onCreate, onMatch;
    // DELETE
    std::vector<ExprP> dels;
    bool detach = false;
    // CALL
    std::string proc;
    std::vector<ExprP> args;
    std::vector<std::pair<std::string, std::string>> yields;  // output, alias
    bool hasYield = false;
};

struct IndexOp {
    bool create = true;
    std::string kind = "RANGE";  // RANGE / FULLTEXT / VECTOR
    bool node = true;
    std::string label;
    std::vector<std::string> props;
    ExprP options;
};

struct Statement {
    bool isIndexOp = false;
    IndexOp index;
    std::vector<Clause> clauses;
    std::string text;
};

using Params = std::map<std::string, Value>;

// Splits "CYPHER a=1 b='x' <query>" into parameters and the query text.
// Returns the offset where the query text (without parameters) starts.
size_t parseParams(const std::string &q, Params &out);

// Parses a query; throws QueryError with FalkorDB-like messages.
Statement parseQuery(const std::string &text);

}  // namespace sb
