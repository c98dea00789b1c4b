// FalkorDB stand-in: values and the graph store.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sb {

// Error raised while compiling or running a query; `what()` is the exact
// error text sent to the client.
struct QueryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class T : uint8_t {
    Null,
    Bool,
    Int,
    Double,
    String,
    Array,
    Map,
    Point,
    Vec,
    Node,
    Edge,
    DateTime,  // localdatetime (compact code 13)
    Date,      // 14
    Time,      // localtime, 15
    Duration,  // 16
};

struct Value;
using Arr = std::vector<Value>;
using MapV = std::vector<std::pair<std::string, Value>>;

struct Value {
    T t = T::Null;
    union {
        bool b;
        int64_t i;
        double d;
        float pt[2];  // latitude, longitude
    };
    std::shared_ptr<const void> p;  // std::string / Arr / MapV / std::vector<float>

    Value() : i(0) {}
    static Value null() { return Value(); }
    static Value boolean(bool v) { Value x; x.t = T::Bool; x.i = 0; x.b = v; return x; }
    static Value integer(int64_t v) { Value x; x.t = T::Int; x.i = v; return x; }
    static Value dbl(double v) { Value x; x.t = T::Double; x.d = v; return x; }
    static Value str(std::string s) {
        Value x; x.t = T::String; x.p = std::make_shared<const std::string>(std::move(s)); return x;
    }
    static Value array(Arr a) { Value x; x.t = T::Array; x.p = std::make_shared<const Arr>(std::move(a)); return x; }
    static Value map(MapV m) { Value x; x.t = T::Map; x.p = std::make_shared<const MapV>(std::move(m)); return x; }
    static Value point(float lat, float lon) { Value x; x.t = T::Point; x.pt[0] = lat; x.pt[1] = lon; return x; }
    static Value vec(std::vector<float> v) {
        Value x; x.t = T::Vec; x.p = std::make_shared<const std::vector<float>>(std::move(v)); return x;
    }
    static Value node(uint64_t id) { Value x; x.t = T::Node; x.i = (int64_t)id; return x; }
    static Value edge(uint64_t id) { Value x; x.t = T::Edge; x.i = (int64_t)id; return x; }
    static Value temporal(T t, int64_t secs) { Value x; x.t = t; x.i = secs; return x; }

    bool isNull() const { return t == T::Null; }
    bool isNum() const { return t == T::Int || t == T::Double; }
    double num() const { return t == T::Int ? (double)i : d; }
    const std::string &s() const { return *static_cast<const std::string *>(p.get()); }
    const Arr &a() const { return *static_cast<const Arr *>(p.get()); }
    const MapV &m() const { return *static_cast<const MapV *>(p.get()); }
    const std::vector<float> &v() const { return *static_cast<const std::vector<float> *>(p.get()); }
};

const char *typeName(T t);
// SIValue_Compare-like total comparison (used by ORDER BY, min/max, equality of stored values).
int compareValues(const Value &a, const Value &b);
// Cypher equality: returns 1 true, 0 false, -1 null.
int equalsValues(const Value &a, const Value &b);
bool storable(const Value &v);  // valid property value (arrays: recursively, no null/map elements)
std::string fmtDouble15(double d);       // %.15g
std::string fmtDoubleShortest(double d);  // shortest round-trip, %g style (Redis 7.2 RESP2 doubles)
std::string hashKey(const Value &v);      // canonical key for grouping / DISTINCT
std::string temporalToString(const Value &v);

using Attrs = std::vector<std::pair<uint16_t, Value>>;

struct NodeRec {
    bool alive = false;
    std::vector<int> labels;
    Attrs attrs;
    std::vector<uint64_t> out, in;  // edge ids
};

struct EdgeRec {
    bool alive = false;
    int type = 0;
    uint64_t src = 0, dst = 0;
    Attrs attrs;
};

struct IndexField {
    std::string name;
    bool range = false, fulltext = false, vector = false;
    // vector options
    int64_t dimension = 0, M = 16, efConstruction = 200, efRuntime = 10;
    std::string similarity = "euclidean";
    double weight = 1.0;
};

struct IndexDef {
    bool node = true;  // NODE or RELATIONSHIP
    std::string label;
    std::vector<IndexField> fields;
    std::string language = "english";
    std::vector<std::string> stopwords;
};

struct ConstraintDef {
    bool unique = false;
    bool node = true;
    std::string label;
    std::vector<std::string> props;  // sorted by attribute id
    std::vector<uint16_t> attrIds;
};

struct Graph {
    std::string name;
    std::vector<NodeRec> nodes;
    std::vector<uint64_t> freeNodes;  // LIFO
    std::vector<EdgeRec> edges;
    std::vector<uint64_t> freeEdges;
    uint64_t nodeCount = 0, edgeCount = 0;
    std::vector<std::string> labels, types, attrs;
    std::unordered_map<std::string, int> labelIds, typeIds, attrIdx;
    std::vector<std::set<uint64_t>> labelNodes;  // per label id
    std::vector<uint64_t> typeEdgeCount;         // per type id
    std::vector<IndexDef> indexes;               // creation order
    std::vector<ConstraintDef> constraints;      // creation order
    std::deque<std::string> cache;               // recently compiled query texts

    // undo log for the running write query
    std::vector<std::function<void()>> undo;
    bool logging = false;

    int labelId(const std::string &n) const { auto it = labelIds.find(n); return it == labelIds.end() ? -1 : it->second; }
    int typeId(const std::string &n) const { auto it = typeIds.find(n); return it == typeIds.end() ? -1 : it->second; }
    int attrId(const std::string &n) const { auto it = attrIdx.find(n); return it == attrIdx.end() ? -1 : it->second; }
    int addLabel(const std::string &n, bool *added = nullptr);
    int addType(const std::string &n);
    int addAttr(const std::string &n);

    bool nodeAlive(uint64_t id) const { return id < nodes.size() && nodes[id].alive; }
    bool edgeAlive(uint64_t id) const { return id < edges.size() && edges[id].alive; }
    uint64_t createNode(const std::vector<int> &labels, Attrs attrs);
    uint64_t createEdge(int type, uint64_t src, uint64_t dst, Attrs attrs);
    void deleteEdge(uint64_t id);
    void deleteNode(uint64_t id);  // edges must already be gone
    void setAttrs(bool node, uint64_t id, Attrs attrs);

    // index / constraint helpers
    IndexDef *findIndex(bool node, const std::string &label);
    const Value *attr(const Attrs &a, int id) const;

    std::string serialize() const;
    static std::unique_ptr<Graph> deserialize(const std::string &blob);  // throws on malformed input
};

}  // namespace sb
