#include "Model.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <ctime>

namespace sb {

const char *typeName(T t) {
    switch (t) {
    case T::Null: return "Null";
    case T::Bool: return "Boolean";
    case T::Int: return "Integer";
    case T::Double: return "Float";
    case T::String: return "String";
    case T::Array: return "List";
    case T::Map: return "Map";
    case T::Point: return "Point";
    case T::Vec: return "Vectorf32";
    case T::Node: return "Node";
    case T::Edge: return "Edge";
    case T::DateTime: return "Datetime";
    case T::Date: return "Date";
    case T::Time: return "Time";
    case T::Duration: return "Duration";
    }
    return "Unknown";
}

static int typeRank(T t) {
    switch (t) {
    case T::Map: return 0;
    case T::Node: return 1;
    case T::Edge: return 2;
    case T::Array: return 3;
    case T::String: return 5;
    case T::Bool: return 6;
    case T::Int:
    case T::Double: return 7;
    case T::Point: return 8;
    case T::Vec: return 9;
    case T::DateTime: return 10;
    case T::Date: return 11;
    case T::Time: return 12;
    case T::Duration: return 13;
    case T::Null: return 100;
    }
    return 50;
}

int compareValues(const Value &a, const Value &b) {
    if (a.isNum() && b.isNum()) {
        if (a.t == T::Int && b.t == T::Int) return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
        double x = a.num(), y = b.num();
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        // NaN handling: NaN sorts after numbers
        bool nx = std::isnan(x), ny = std::isnan(y);
        return (int)nx - (int)ny;
    }
    if (a.t != b.t) return typeRank(a.t) < typeRank(b.t) ? -1 : (typeRank(a.t) > typeRank(b.t) ? 1 : 0);
    switch (a.t) {
    case T::Null: return 0;
    case T::Bool: return (int)a.b - (int)b.b;
    case T::String: {
        int c = strcmp(a.s().c_str(), b.s().c_str());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case T::Array: {
        const Arr &x = a.a(), &y = b.a();
        for (size_t k = 0; k < x.size() && k < y.size(); k++) {
            int c = compareValues(x[k], y[k]);
            if (c) return c;
        }
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    }
    case T::Map: {
        const MapV &x = a.m(), &y = b.m();
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        for (size_t k = 0; k < x.size(); k++) {
            int c = x[k].first.compare(y[k].first);
            if (c) return c < 0 ? -1 : 1;
            c = compareValues(x[k].second, y[k].second);
            if (c) return c;
        }
        return 0;
    }
    case T::Point:
        if (a.pt[1] != b.pt[1]) return a.pt[1] < b.pt[1] ? -1 : 1;
        if (a.pt[0] != b.pt[0]) return a.pt[0] < b.pt[0] ? -1 : 1;
        return 0;
    case T::Vec: {
        const auto &x = a.v(), &y = b.v();
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        for (size_t k = 0; k < x.size(); k++)
            if (x[k] != y[k]) return x[k] < y[k] ? -1 : 1;
        return 0;
    }
    default: return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
    }
}

int equalsValues(const Value &a, const Value &b) {
    if (a.isNull() || b.isNull()) return -1;
    if (a.isNum() && b.isNum()) {
        if (a.t == T::Int && b.t == T::Int) return a.i == b.i;
        return a.num() == b.num();
    }
    if (a.t != b.t) return 0;
    if (a.t == T::Array) {
        const Arr &x = a.a(), &y = b.a();
        if (x.size() != y.size()) return 0;
        bool sawNull = false;
        for (size_t k = 0; k < x.size(); k++) {
            int e = equalsValues(x[k], y[k]);
            if (e == 0) return 0;
            if (e < 0) sawNull = true;
        }
        return sawNull ? -1 : 1;
    }
    return compareValues(a, b) == 0;
}

bool storable(const Value &v) {
    switch (v.t) {
    case T::Null: case T::Map: case T::Node: case T::Edge: return false;
    case T::Array:
        for (const Value &e : v.a())
            if (!storable(e)) return false;
        return true;
    default: return true;
    }
}

std::string fmtDouble15(double d) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

std::string fmtDoubleShortest(double d) {
    char buf[64];
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    if (std::isnan(d)) return "nan";
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, nullptr) == d) return buf;
    }
    snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}

static void hashInto(std::string &out, const Value &v) {
    out.push_back((char)('A' + (int)v.t));
    char buf[64];
    switch (v.t) {
    case T::Null: break;
    case T::Bool: out.push_back(v.b ? '1' : '0'); break;
    case T::Int: snprintf(buf, sizeof buf, "%" PRId64, v.i); out += buf; break;
    case T::Double: snprintf(buf, sizeof buf, "%a", v.d); out += buf; break;
    case T::String: snprintf(buf, sizeof buf, "%zu:", v.s().size()); out += buf; out += v.s(); break;
    case T::Array:
        snprintf(buf, sizeof buf, "%zu[", v.a().size()); out += buf;
        for (auto &e : v.a()) hashInto(out, e);
        out.push_back(']');
        break;
    case T::Map:
        snprintf(buf, sizeof buf, "%zu{", v.m().size()); out += buf;
        for (auto &e : v.m()) {
            snprintf(buf, sizeof buf, "%zu:", e.first.size()); out += buf; out += e.first;
            hashInto(out, e.second);
        }
        out.push_back('}');
        break;
    case T::Point: snprintf(buf, sizeof buf, "%a,%a", (double)v.pt[0], (double)v.pt[1]); out += buf; break;
    case T::Vec:
        out.push_back('<');
        for (float f : v.v()) { snprintf(buf, sizeof buf, "%a,", (double)f); out += buf; }
        out.push_back('>');
        break;
    default: snprintf(buf, sizeof buf, "%" PRId64, v.i); out += buf; break;
    }
}

std::string hashKey(const Value &v) {
    std::string s;
    hashInto(s, v);
    return s;
}

std::string temporalToString(const Value &v) {
    time_t t = (time_t)v.i;
    struct tm tmv;
    gmtime_r(&t, &tmv);
    char buf[96];
    switch (v.t) {
    case T::Date: strftime(buf, sizeof buf, "%Y-%m-%d", &tmv); break;
    case T::Time: strftime(buf, sizeof buf, "%H:%M:%S", &tmv); break;
    case T::DateTime: strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tmv); break;
    default: {
        int64_t s = v.i;
        snprintf(buf, sizeof buf, "PT%" PRId64 "S", s);
        break;
    }
    }
    return buf;
}

// ---------------------------------------------------------------------------
// Graph
// ---------------------------------------------------------------------------

int Graph::addLabel(const std::string &n, bool *added) {
    int id = labelId(n);
    if (added) *added = false;
    if (id >= 0) return id;
    id = (int)labels.size();
    labels.push_back(n);
    labelIds[n] = id;
    labelNodes.emplace_back();
    if (added) *added = true;
    if (logging) undo.push_back([this, n] { labels.pop_back(); labelIds.erase(n); labelNodes.pop_back(); });
    return id;
}

int Graph::addType(const std::string &n) {
    int id = typeId(n);
    if (id >= 0) return id;
    id = (int)types.size();
    types.push_back(n);
    typeIds[n] = id;
    typeEdgeCount.push_back(0);
    if (logging) undo.push_back([this, n] { types.pop_back(); typeIds.erase(n); typeEdgeCount.pop_back(); });
    return id;
}

int Graph::addAttr(const std::string &n) {
    int id = attrId(n);
    if (id >= 0) return id;
    id = (int)attrs.size();
    attrs.push_back(n);
    attrIdx[n] = id;
    if (logging) undo.push_back([this, n] { attrs.pop_back(); attrIdx.erase(n); });
    return id;
}

uint64_t Graph::createNode(const std::vector<int> &lbls, Attrs a) {
    uint64_t id;
    bool reused = false;
    if (!freeNodes.empty()) {
        id = freeNodes.back();
        freeNodes.pop_back();
        reused = true;
    } else {
        id = nodes.size();
        nodes.emplace_back();
    }
    NodeRec &n = nodes[id];
    n.alive = true;
    n.labels = lbls;
    n.attrs = std::move(a);
    n.out.clear();
    n.in.clear();
    for (int l : lbls) labelNodes[l].insert(id);
    nodeCount++;
    if (logging)
        undo.push_back([this, id, reused] {
            NodeRec &r = nodes[id];
            for (int l : r.labels) labelNodes[l].erase(id);
            r = NodeRec();
            nodeCount--;
            if (reused) freeNodes.push_back(id);
            else nodes.pop_back();
        });
    return id;
}

uint64_t Graph::createEdge(int type, uint64_t src, uint64_t dst, Attrs a) {
    uint64_t id;
    bool reused = false;
    if (!freeEdges.empty()) {
        id = freeEdges.back();
        freeEdges.pop_back();
        reused = true;
    } else {
        id = edges.size();
        edges.emplace_back();
    }
    EdgeRec &e = edges[id];
    e.alive = true;
    e.type = type;
    e.src = src;
    e.dst = dst;
    e.attrs = std::move(a);
    nodes[src].out.push_back(id);
    nodes[dst].in.push_back(id);
    typeEdgeCount[type]++;
    edgeCount++;
    if (logging)
        undo.push_back([this, id, reused] {
            EdgeRec &r = edges[id];
            auto &o = nodes[r.src].out;
            o.erase(std::find(o.begin(), o.end(), id));
            auto &in = nodes[r.dst].in;
            in.erase(std::find(in.begin(), in.end(), id));
            typeEdgeCount[r.type]--;
            edgeCount--;
            r = EdgeRec();
            if (reused) freeEdges.push_back(id);
            else edges.pop_back();
        });
    return id;
}

void Graph::deleteEdge(uint64_t id) {
    EdgeRec saved = edges[id];
    auto &o = nodes[saved.src].out;
    size_t opos = std::find(o.begin(), o.end(), id) - o.begin();
    o.erase(o.begin() + opos);
    auto &in = nodes[saved.dst].in;
    size_t ipos = std::find(in.begin(), in.end(), id) - in.begin();
    in.erase(in.begin() + ipos);
    typeEdgeCount[saved.type]--;
    edgeCount--;
    edges[id] = EdgeRec();
    freeEdges.push_back(id);
    if (logging)
        undo.push_back([this, id, saved, opos, ipos] {
            freeEdges.pop_back();
            edges[id] = saved;
            auto &o2 = nodes[saved.src].out;
            o2.insert(o2.begin() + opos, id);
            auto &in2 = nodes[saved.dst].in;
            in2.insert(in2.begin() + ipos, id);
            typeEdgeCount[saved.type]++;
            edgeCount++;
        });
}

void Graph::deleteNode(uint64_t id) {
    NodeRec saved = nodes[id];
    for (int l : saved.labels) labelNodes[l].erase(id);
    nodes[id] = NodeRec();
    freeNodes.push_back(id);
    nodeCount--;
    if (logging)
        undo.push_back([this, id, saved] {
            freeNodes.pop_back();
            nodes[id] = saved;
            for (int l : saved.labels) labelNodes[l].insert(id);
            nodeCount++;
        });
}

void Graph::setAttrs(bool node, uint64_t id, Attrs a) {
    Attrs &target = node ? nodes[id].attrs : edges[id].attrs;
    if (logging) {
        Attrs old = target;
        undo.push_back([this, node, id, old] { (node ? nodes[id].attrs : edges[id].attrs) = old; });
    }
    target = std::move(a);
}

IndexDef *Graph::findIndex(bool node, const std::string &label) {
    for (auto &i : indexes)
        if (i.node == node && i.label == label) return &i;
    return nullptr;
}

const Value *Graph::attr(const Attrs &a, int id) const {
    if (id < 0) return nullptr;
    for (auto &kv : a)
        if (kv.first == id) return &kv.second;
    return nullptr;
}

// ---------------------------------------------------------------------------
// Serialisation (own format; used for RDB, DUMP/RESTORE and GRAPH.COPY)
// ---------------------------------------------------------------------------

namespace {
struct W {
    std::string o;
    void u(uint64_t v) { o.append(reinterpret_cast<const char *>(&v), 8); }
    void str(const std::string &s) { u(s.size()); o += s; }
    void val(const Value &v) {
        o.push_back((char)v.t);
        switch (v.t) {
        case T::Null: break;
        case T::Bool: o.push_back(v.b ? 1 : 0); break;
        case T::Double: { uint64_t x; memcpy(&x, &v.d, 8); u(x); break; }
        case T::String: str(v.s()); break;
        case T::Array: u(v.a().size()); for (auto &e : v.a()) val(e); break;
        case T::Map: u(v.m().size()); for (auto &e : v.m()) { str(e.first); val(e.second); } break;
        case T::Point: { uint64_t x = 0; memcpy(&x, v.pt, 8); u(x); break; }
        case T::Vec: { u(v.v().size()); for (float f : v.v()) { uint32_t x; memcpy(&x, &f, 4); u(x); } break; }
        default: u((uint64_t)v.i); break;
        }
    }
    void attrs(const Attrs &a) { u(a.size()); for (auto &kv : a) { u(kv.first); val(kv.second); } }
};
struct R {
    const std::string &s;
    size_t pos = 0;
    void need(size_t n) { if (pos + n > s.size()) throw QueryError("corrupt graph payload"); }
    uint64_t u() { need(8); uint64_t v; memcpy(&v, s.data() + pos, 8); pos += 8; return v; }
    std::string str() { uint64_t n = u(); need(n); std::string r = s.substr(pos, n); pos += n; return r; }
    Value val(int depth = 0) {
        if (depth > 64) throw QueryError("corrupt graph payload");
        need(1);
        T t = (T)(uint8_t)s[pos++];
        switch (t) {
        case T::Null: return Value();
        case T::Bool: need(1); return Value::boolean(s[pos++] != 0);
        case T::Double: { uint64_t x = u(); double d; memcpy(&d, &x, 8); return Value::dbl(d); }
        case T::String: return Value::str(str());
        case T::Array: { uint64_t n = u(); Arr a; for (uint64_t k = 0; k < n; k++) a.push_back(val(depth + 1)); return Value::array(std::move(a)); }
        case T::Map: { uint64_t n = u(); MapV m; for (uint64_t k = 0; k < n; k++) { std::string key = str(); m.emplace_back(key, val(depth + 1)); } return Value::map(std::move(m)); }
        case T::Point: { uint64_t x = u(); Value v = Value::point(0, 0); memcpy(v.pt, &x, 8); return v; }
        case T::Vec: { uint64_t n = u(); std::vector<float> f; for (uint64_t k = 0; k < n; k++) { uint32_t x = (uint32_t)u(); float g; memcpy(&g, &x, 4); f.push_back(g); } return Value::vec(std::move(f)); }
        case T::Int: case T::Node: case T::Edge: case T::DateTime: case T::Date: case T::Time: case T::Duration: {
            Value v; v.t = t; v.i = (int64_t)u(); return v;
        }
        }
        throw QueryError("corrupt graph payload");
    }
    Attrs attrs() { uint64_t n = u(); Attrs a; for (uint64_t k = 0; k < n; k++) { uint16_t id = (uint16_t)u(); a.emplace_back(id, val()); } return a; }
};
}  // namespace

std::string Graph::serialize() const {
    W w;
    w.o = "SBGRAPH1";
    w.str(name);
    w.u(labels.size()); for (auto &s : labels) w.str(s);
    w.u(types.size()); for (auto &s : types) w.str(s);
    w.u(attrs.size()); for (auto &s : attrs) w.str(s);
    w.u(nodes.size());
    for (auto &n : nodes) {
        w.u(n.alive);
        if (!n.alive) continue;
        w.u(n.labels.size()); for (int l : n.labels) w.u((uint64_t)l);
        w.attrs(n.attrs);
    }
    w.u(freeNodes.size()); for (auto id : freeNodes) w.u(id);
    w.u(edges.size());
    for (auto &e : edges) {
        w.u(e.alive);
        if (!e.alive) continue;
        w.u((uint64_t)e.type); w.u(e.src); w.u(e.dst);
        w.attrs(e.attrs);
    }
    w.u(freeEdges.size()); for (auto id : freeEdges) w.u(id);
    // per-node adjacency order (kept so that a copy iterates exactly like the original)
    for (auto &n : nodes) {
        if (!n.alive) continue;
        w.u(n.out.size()); for (auto id : n.out) w.u(id);
        w.u(n.in.size()); for (auto id : n.in) w.u(id);
    }
    w.u(indexes.size());
    for (auto &ix : indexes) {
        w.u(ix.node); w.str(ix.label); w.str(ix.language);
        w.u(ix.stopwords.size()); for (auto &s : ix.stopwords) w.str(s);
        w.u(ix.fields.size());
        for (auto &f : ix.fields) {
            w.str(f.name); w.u(f.range); w.u(f.fulltext); w.u(f.vector);
            w.u((uint64_t)f.dimension); w.u((uint64_t)f.M); w.u((uint64_t)f.efConstruction); w.u((uint64_t)f.efRuntime);
            w.str(f.similarity);
            uint64_t x; memcpy(&x, &f.weight, 8); w.u(x);
        }
    }
    w.u(constraints.size());
    for (auto &c : constraints) {
        w.u(c.unique); w.u(c.node); w.str(c.label);
        w.u(c.props.size());
        for (size_t k = 0; k < c.props.size(); k++) { w.str(c.props[k]); w.u(c.attrIds[k]); }
    }
    w.u(0);  // plan cache is not persisted (a loaded/copied graph starts cold)
    return w.o;
}

std::unique_ptr<Graph> Graph::deserialize(const std::string &blob) {
    if (blob.compare(0, 8, "SBGRAPH1") != 0) throw QueryError("corrupt graph payload");
    R r{blob};
    r.pos = 8;
    auto g = std::make_unique<Graph>();
    g->name = r.str();
    uint64_t n = r.u();
    for (uint64_t k = 0; k < n; k++) g->addLabel(r.str());
    n = r.u();
    for (uint64_t k = 0; k < n; k++) g->addType(r.str());
    n = r.u();
    for (uint64_t k = 0; k < n; k++) g->addAttr(r.str());
    n = r.u();
    if (n > blob.size()) throw QueryError("corrupt graph payload");
    g->nodes.resize(n);
    for (auto &nd : g->nodes) {
        nd.alive = r.u() != 0;
        if (!nd.alive) continue;
        uint64_t lc = r.u();
        for (uint64_t k = 0; k < lc; k++) {
            uint64_t l = r.u();
            if (l >= g->labels.size()) throw QueryError("corrupt graph payload");
            nd.labels.push_back((int)l);
        }
        nd.attrs = r.attrs();
    }
    for (uint64_t id = 0; id < g->nodes.size(); id++)
        if (g->nodes[id].alive) {
            g->nodeCount++;
            for (int l : g->nodes[id].labels) g->labelNodes[l].insert(id);
        }
    n = r.u();
    for (uint64_t k = 0; k < n; k++) g->freeNodes.push_back(r.u());
    n = r.u();
    if (n > blob.size()) throw QueryError("corrupt graph payload");
    g->edges.resize(n);
    for (auto &e : g->edges) {
        e.alive = r.u() != 0;
        if (!e.alive) continue;
        e.type = (int)r.u(); e.src = r.u(); e.dst = r.u();
        if ((size_t)e.type >= g->types.size() || e.src >= g->nodes.size() || e.dst >= g->nodes.size())
            throw QueryError("corrupt graph payload");
        e.attrs = r.attrs();
        g->typeEdgeCount[e.type]++;
        g->edgeCount++;
    }
    n = r.u();
    for (uint64_t k = 0; k < n; k++) g->freeEdges.push_back(r.u());
    for (auto &nd : g->nodes) {
        if (!nd.alive) continue;
        uint64_t c = r.u();
        for (uint64_t k = 0; k < c; k++) nd.out.push_back(r.u());
        c = r.u();
        for (uint64_t k = 0; k < c; k++) nd.in.push_back(r.u());
    }
    n = r.u();
    for (uint64_t k = 0; k < n; k++) {
        IndexDef ix;
        ix.node = r.u() != 0; ix.label = r.str(); ix.language = r.str();
        uint64_t sc = r.u();
        for (uint64_t j = 0; j < sc; j++) ix.stopwords.push_back(r.str());
        uint64_t fc = r.u();
        for (uint64_t j = 0; j < fc; j++) {
            IndexField f;
            f.name = r.str(); f.range = r.u() != 0; f.fulltext = r.u() != 0; f.vector = r.u() != 0;
            f.dimension = (int64_t)r.u(); f.M = (int64_t)r.u(); f.efConstruction = (int64_t)r.u(); f.efRuntime = (int64_t)r.u();
            f.similarity = r.str();
            uint64_t x = r.u(); memcpy(&f.weight, &x, 8);
            ix.fields.push_back(f);
        }
        g->indexes.push_back(ix);
    }
    n = r.u();
    for (uint64_t k = 0; k < n; k++) {
        ConstraintDef c;
        c.unique = r.u() != 0; c.node = r.u() != 0; c.label = r.str();
        uint64_t pc = r.u();
        for (uint64_t j = 0; j < pc; j++) { c.props.push_back(r.str()); c.attrIds.push_back((uint16_t)r.u()); }
        g->constraints.push_back(c);
    }
    n = r.u();
    for (uint64_t k = 0; k < n; k++) r.str();
    return g;
}

}  // namespace sb
