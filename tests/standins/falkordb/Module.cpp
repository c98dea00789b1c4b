// FalkorDB stand-in: Redis module entry point, commands and reply formatting.
#include "Exec.h"
#include "RedisModuleApi.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <strings.h>

#define SB_API_DEFINE(ret, name, args) ret(*RedisModule_##name) args = nullptr;
SB_API_LIST(SB_API_DEFINE)
#undef SB_API_DEFINE

struct RedisModuleCtxHead {
    void *getapifuncptr;  // first member of every module context (see Modules API reference)
};

int StandinFetchApi(RedisModuleCtx *ctx) {
    auto getApi = reinterpret_cast<int (*)(const char *, void *)>(reinterpret_cast<RedisModuleCtxHead *>(ctx)->getapifuncptr);
    int missing = 0;
#define SB_API_FETCH(ret, fname, args) \
    if (getApi("RedisModule_" #fname, reinterpret_cast<void *>(&RedisModule_##fname)) != REDISMODULE_OK) missing++;
    SB_API_LIST(SB_API_FETCH)
#undef SB_API_FETCH
    return (missing || !RedisModule_SetModuleAttribs) ? REDISMODULE_ERR : REDISMODULE_OK;
}

int StandinModuleInit(RedisModuleCtx *ctx, const char *name, int ver) {
    if (StandinFetchApi(ctx) != REDISMODULE_OK) return REDISMODULE_ERR;
    if (RedisModule_IsModuleNameBusy && RedisModule_IsModuleNameBusy(name)) return REDISMODULE_ERR;
    RedisModule_SetModuleAttribs(ctx, name, ver, REDISMODULE_APIVER_1);
    return REDISMODULE_OK;
}

using namespace sb;

namespace {

RedisModuleType *GraphType = nullptr;

// ---------------------------------------------------------------------------
// configuration
// ---------------------------------------------------------------------------

struct ConfigEntry {
    const char *name;
    bool isString;
    bool runtime;
    int64_t value;
    std::string str;
    int minVersion;
};

std::vector<ConfigEntry> config = {
    {"TIMEOUT", false, true, 0, "", 0},
    {"TIMEOUT_DEFAULT", false, true, 0, "", 0},
    {"TIMEOUT_MAX", false, true, 0, "", 0},
    {"CACHE_SIZE", false, false, 25, "", 0},
    {"ASYNC_DELETE", false, true, 1, "", 0},
    {"OMP_THREAD_COUNT", false, false, 2, "", 0},
    {"THREAD_COUNT", false, false, 2, "", 0},
    {"RESULTSET_SIZE", false, true, -1, "", 0},
    {"VKEY_MAX_ENTITY_COUNT", false, true, 100000, "", 0},
    {"MAX_QUEUED_QUERIES", false, true, -1, "", 0},
    {"QUERY_MEM_CAPACITY", false, true, 0, "", 0},
    {"DELTA_MAX_PENDING_CHANGES", false, true, 10000, "", 0},
    {"NODE_CREATION_BUFFER", false, false, 16384, "", 0},
    {"CMD_INFO", false, true, 1, "", 0},
    {"MAX_INFO_QUERIES", false, true, 1000, "", 0},
    {"EFFECTS_THRESHOLD", false, true, 300, "", 0},
    {"BOLT_PORT", false, false, 65535, "", 0},
    {"DELAY_INDEXING", false, true, 0, "", 0},
    {"IMPORT_FOLDER", true, false, 0, "/var/lib/FalkorDB/import/", 41000},
    {"TEMP_FOLDER", true, false, 0, "/tmp", 41000},
    {"JS_HEAP_SIZE", false, true, 268435456, "", 41600},
    {"JS_STACK_SIZE", false, true, 1048576, "", 41600},
};

int g_version = 41609;
int64_t g_rowDelayUs = 0;

ConfigEntry *findConfig(const char *name) {
    for (auto &c : config)
        if (!strcasecmp(c.name, name) && g_version >= c.minVersion) return &c;
    return nullptr;
}

int64_t cfg(const char *name) { return findConfig(name)->value; }

bool parseLL(const char *s, long long &out) {
    if (!*s) return false;
    char *end = nullptr;
    errno = 0;
    out = strtoll(s, &end, 10);
    return !*end && errno == 0;
}

// ---------------------------------------------------------------------------
// value formatting
// ---------------------------------------------------------------------------

void appendToString(std::string &out, const Value &v, Graph &g);

void appendToString(std::string &out, const Value &v, Graph &g) {
    char buf[128];
    switch (v.t) {
    case T::Null: out += "NULL"; break;
    case T::Bool: out += v.b ? "true" : "false"; break;
    case T::Int: snprintf(buf, sizeof buf, "%" PRId64, v.i); out += buf; break;
    case T::Double: snprintf(buf, sizeof buf, "%f", v.d); out += buf; break;
    case T::String: out += v.s(); break;
    case T::Array:
        out += "[";
        for (size_t k = 0; k < v.a().size(); k++) {
            if (k) out += ", ";
            appendToString(out, v.a()[k], g);
        }
        out += "]";
        break;
    case T::Map:
        out += "{";
        for (size_t k = 0; k < v.m().size(); k++) {
            if (k) out += ", ";
            out += v.m()[k].first;
            out += ": ";
            appendToString(out, v.m()[k].second, g);
        }
        out += "}";
        break;
    case T::Point:
        snprintf(buf, sizeof buf, "point({latitude: %f, longitude: %f})", (double)v.pt[0], (double)v.pt[1]);
        out += buf;
        break;
    case T::Vec:
        out += "<";
        for (size_t k = 0; k < v.v().size(); k++) {
            if (k) out += ", ";
            snprintf(buf, sizeof buf, "%f", (double)v.v()[k]);
            out += buf;
        }
        out += ">";
        break;
    case T::Node: snprintf(buf, sizeof buf, "(%" PRId64 ")", v.i); out += buf; break;
    case T::Edge: snprintf(buf, sizeof buf, "[%" PRId64 "]", v.i); out += buf; break;
    default: out += temporalToString(v); break;
    }
}

void replyStr(RedisModuleCtx *ctx, const std::string &s) {
    // strings are sent up to the first NUL (FalkorDB uses strlen)
    RedisModule_ReplyWithStringBuffer(ctx, s.c_str(), strlen(s.c_str()));
}

void replyCompactValue(RedisModuleCtx *ctx, Graph &g, const Value &v);

int compactCode(const Value &v) {
    switch (v.t) {
    case T::Null: return 1;
    case T::String: return 2;
    case T::Int: return 3;
    case T::Bool: return 4;
    case T::Double: return 5;
    case T::Array: return 6;
    case T::Edge: return 7;
    case T::Node: return 8;
    case T::Map: return 10;
    case T::Point: return 11;
    case T::Vec: return g_version >= 40400 ? 12 : 6;
    case T::DateTime: return 13;
    case T::Date: return 14;
    case T::Time: return 15;
    case T::Duration: return 16;
    }
    return 0;
}

void replyProps(RedisModuleCtx *ctx, Graph &g, const Attrs &a) {
    RedisModule_ReplyWithArray(ctx, (long)a.size());
    for (auto &kv : a) {
        RedisModule_ReplyWithArray(ctx, 3);
        RedisModule_ReplyWithLongLong(ctx, kv.first);
        RedisModule_ReplyWithLongLong(ctx, compactCode(kv.second));
        replyCompactValue(ctx, g, kv.second);
    }
}

// the value part of a compact cell
void replyCompactValue(RedisModuleCtx *ctx, Graph &g, const Value &v) {
    switch (v.t) {
    case T::Null: RedisModule_ReplyWithNull(ctx); break;
    case T::String: replyStr(ctx, v.s()); break;
    case T::Int: RedisModule_ReplyWithLongLong(ctx, v.i); break;
    case T::Bool: replyStr(ctx, v.b ? "true" : "false"); break;
    case T::Double: replyStr(ctx, fmtDouble15(v.d)); break;
    case T::Array:
        RedisModule_ReplyWithArray(ctx, (long)v.a().size());
        for (auto &e : v.a()) {
            RedisModule_ReplyWithArray(ctx, 2);
            RedisModule_ReplyWithLongLong(ctx, compactCode(e));
            replyCompactValue(ctx, g, e);
        }
        break;
    case T::Map:
        RedisModule_ReplyWithArray(ctx, (long)v.m().size() * 2);
        for (auto &kv : v.m()) {
            replyStr(ctx, kv.first);
            RedisModule_ReplyWithArray(ctx, 2);
            RedisModule_ReplyWithLongLong(ctx, compactCode(kv.second));
            replyCompactValue(ctx, g, kv.second);
        }
        break;
    case T::Point:
        RedisModule_ReplyWithArray(ctx, 2);
        replyStr(ctx, fmtDouble15(v.pt[0]));
        replyStr(ctx, fmtDouble15(v.pt[1]));
        break;
    case T::Vec:
        RedisModule_ReplyWithArray(ctx, (long)v.v().size());
        for (float f : v.v()) {
            if (g_version >= 40400) {
                replyStr(ctx, fmtDoubleShortest((double)f));
            } else {
                RedisModule_ReplyWithArray(ctx, 2);
                RedisModule_ReplyWithLongLong(ctx, 5);
                replyStr(ctx, fmtDouble15((double)f));
            }
        }
        break;
    case T::Node: {
        RedisModule_ReplyWithArray(ctx, 3);
        RedisModule_ReplyWithLongLong(ctx, v.i);
        if (!g.nodeAlive(v.i)) {
            RedisModule_ReplyWithArray(ctx, 0);
            RedisModule_ReplyWithArray(ctx, 0);
            break;
        }
        const NodeRec &n = g.nodes[v.i];
        RedisModule_ReplyWithArray(ctx, (long)n.labels.size());
        for (int l : n.labels) RedisModule_ReplyWithLongLong(ctx, l);
        replyProps(ctx, g, n.attrs);
        break;
    }
    case T::Edge: {
        RedisModule_ReplyWithArray(ctx, 5);
        RedisModule_ReplyWithLongLong(ctx, v.i);
        if (!g.edgeAlive(v.i)) {
            RedisModule_ReplyWithLongLong(ctx, 0);
            RedisModule_ReplyWithLongLong(ctx, 0);
            RedisModule_ReplyWithLongLong(ctx, 0);
            RedisModule_ReplyWithArray(ctx, 0);
            break;
        }
        const EdgeRec &e = g.edges[v.i];
        RedisModule_ReplyWithLongLong(ctx, e.type);
        RedisModule_ReplyWithLongLong(ctx, (long long)e.src);
        RedisModule_ReplyWithLongLong(ctx, (long long)e.dst);
        replyProps(ctx, g, e.attrs);
        break;
    }
    default: RedisModule_ReplyWithLongLong(ctx, v.i); break;
    }
}

void replyVerboseValue(RedisModuleCtx *ctx, Graph &g, const Value &v) {
    switch (v.t) {
    case T::Null: RedisModule_ReplyWithNull(ctx); break;
    case T::String: replyStr(ctx, v.s()); break;
    case T::Int: RedisModule_ReplyWithLongLong(ctx, v.i); break;
    case T::Bool: replyStr(ctx, v.b ? "true" : "false"); break;
    case T::Double: replyStr(ctx, fmtDouble15(v.d)); break;
    case T::Point: {
        char buf[128];
        snprintf(buf, sizeof buf, "point({latitude:%f, longitude:%f})", (double)v.pt[0], (double)v.pt[1]);
        replyStr(ctx, buf);
        break;
    }
    case T::Node:
    case T::Edge: {
        bool node = v.t == T::Node;
        const Attrs *attrs = nullptr;
        RedisModule_ReplyWithArray(ctx, node ? 3 : 5);
        RedisModule_ReplyWithArray(ctx, 2);
        replyStr(ctx, "id");
        RedisModule_ReplyWithLongLong(ctx, v.i);
        if (node) {
            RedisModule_ReplyWithArray(ctx, 2);
            replyStr(ctx, "labels");
            if (g.nodeAlive(v.i)) {
                auto &n = g.nodes[v.i];
                RedisModule_ReplyWithArray(ctx, (long)n.labels.size());
                for (int l : n.labels) replyStr(ctx, g.labels[l]);
                attrs = &n.attrs;
            } else {
                RedisModule_ReplyWithArray(ctx, 0);
            }
        } else {
            bool alive = g.edgeAlive(v.i);
            const EdgeRec *e = alive ? &g.edges[v.i] : nullptr;
            RedisModule_ReplyWithArray(ctx, 2);
            replyStr(ctx, "type");
            replyStr(ctx, e ? g.types[e->type] : "");
            RedisModule_ReplyWithArray(ctx, 2);
            replyStr(ctx, "src_node");
            RedisModule_ReplyWithLongLong(ctx, e ? (long long)e->src : 0);
            RedisModule_ReplyWithArray(ctx, 2);
            replyStr(ctx, "dest_node");
            RedisModule_ReplyWithLongLong(ctx, e ? (long long)e->dst : 0);
            if (e) attrs = &e->attrs;
        }
        RedisModule_ReplyWithArray(ctx, 2);
        replyStr(ctx, "properties");
        if (!attrs) {
            RedisModule_ReplyWithArray(ctx, 0);
        } else {
            RedisModule_ReplyWithArray(ctx, (long)attrs->size());
            for (auto &kv : *attrs) {
                RedisModule_ReplyWithArray(ctx, 2);
                replyStr(ctx, g.attrs[kv.first]);
                replyVerboseValue(ctx, g, kv.second);
            }
        }
        break;
    }
    default: {
        std::string s;
        appendToString(s, v, g);
        replyStr(ctx, s);
        break;
    }
    }
}

std::vector<std::string> statsLines(const Stats &s, bool cached, double ms) {
    std::vector<std::string> out;
    char buf[128];
    auto add = [&](bool cond, const char *fmt, int n) {
        if (!cond) return;
        snprintf(buf, sizeof buf, fmt, n);
        out.push_back(buf);
    };
    add(s.labelsAdded > 0, "Labels added: %d", s.labelsAdded);
    add(s.labelsRemoved > 0, "Labels removed: %d", s.labelsRemoved);
    add(s.nodesCreated > 0, "Nodes created: %d", s.nodesCreated);
    add(s.propsSet > 0, "Properties set: %d", s.propsSet);
    add(s.propsRemoved > 0, "Properties removed: %d", s.propsRemoved);
    add(s.relsCreated > 0, "Relationships created: %d", s.relsCreated);
    add(s.nodesDeleted > 0, "Nodes deleted: %d", s.nodesDeleted);
    add(s.relsDeleted > 0, "Relationships deleted: %d", s.relsDeleted);
    add(s.indexCreation, "Indices created: %d", s.indicesCreated);
    add(s.indexDeletion, "Indices deleted: %d", s.indicesDeleted);
    add(s.constraintsCreated > 0, "Constraints created: %d", s.constraintsCreated);
    add(s.constraintsDeleted > 0, "Constraints deleted: %d", s.constraintsDeleted);
    add(true, "Cached execution: %d", cached ? 1 : 0);
    snprintf(buf, sizeof buf, "Query internal execution time: %.6f milliseconds", ms);
    out.push_back(buf);
    return out;
}

void replyResult(RedisModuleCtx *ctx, Graph &g, const Result &r, bool compact, bool cached, double ms) {
    auto stats = statsLines(r.stats, cached, ms);
    if (r.hasResult) {
        RedisModule_ReplyWithArray(ctx, 3);
        RedisModule_ReplyWithArray(ctx, (long)r.cols.size());
        for (auto &c : r.cols) {
            if (compact) {
                RedisModule_ReplyWithArray(ctx, 2);
                RedisModule_ReplyWithLongLong(ctx, 1);
            }
            replyStr(ctx, c);
        }
        RedisModule_ReplyWithArray(ctx, (long)r.rows.size());
        for (auto &row : r.rows) {
            RedisModule_ReplyWithArray(ctx, (long)row.size());
            for (auto &v : row) {
                if (compact) {
                    RedisModule_ReplyWithArray(ctx, 2);
                    RedisModule_ReplyWithLongLong(ctx, compactCode(v));
                    replyCompactValue(ctx, g, v);
                } else {
                    replyVerboseValue(ctx, g, v);
                }
            }
        }
    } else {
        RedisModule_ReplyWithArray(ctx, 1);
    }
    RedisModule_ReplyWithArray(ctx, (long)stats.size());
    for (auto &s : stats) replyStr(ctx, s);
}

// ---------------------------------------------------------------------------
// keys
// ---------------------------------------------------------------------------

enum class KeyState { Missing, Graph, WrongType };

struct OpenedKey {
    RedisModuleKey *key = nullptr;
    KeyState state = KeyState::Missing;
    Graph *graph = nullptr;
    ~OpenedKey() { if (key) RedisModule_CloseKey(key); }
};

void openGraph(RedisModuleCtx *ctx, RedisModuleString *name, bool write, OpenedKey &ok) {
    ok.key = static_cast<RedisModuleKey *>(RedisModule_OpenKey(ctx, name, REDISMODULE_READ | (write ? REDISMODULE_WRITE : 0)));
    int t = RedisModule_KeyType(ok.key);
    if (t == REDISMODULE_KEYTYPE_EMPTY) { ok.state = KeyState::Missing; return; }
    if (t == REDISMODULE_KEYTYPE_MODULE && RedisModule_ModuleTypeGetType(ok.key) == GraphType) {
        ok.state = KeyState::Graph;
        ok.graph = static_cast<Graph *>(RedisModule_ModuleTypeGetValue(ok.key));
        return;
    }
    ok.state = KeyState::WrongType;
}

Graph *createGraph(OpenedKey &ok, RedisModuleString *name) {
    auto *g = new Graph();
    size_t len;
    const char *s = RedisModule_StringPtrLen(name, &len);
    g->name.assign(s, len);
    RedisModule_ModuleTypeSetValue(ok.key, GraphType, g);
    ok.graph = g;
    ok.state = KeyState::Graph;
    return g;
}

const char *kEmptyKey = "ERR Invalid graph operation on empty key";
const char *kWrongType = "WRONGTYPE Operation against a key holding the wrong kind of value";

std::string argStr(RedisModuleString *s) {
    size_t len;
    const char *p = RedisModule_StringPtrLen(s, &len);
    return std::string(p, len);
}

double elapsedMs(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void touchCache(Graph &g, const std::string &text, bool &cached) {
    auto it = std::find(g.cache.begin(), g.cache.end(), text);
    cached = it != g.cache.end();
    if (cached) g.cache.erase(it);
    g.cache.push_front(text);
    size_t cap = (size_t)std::max<int64_t>(1, cfg("CACHE_SIZE"));
    while (g.cache.size() > cap) g.cache.pop_back();
}

bool inCache(Graph &g, const std::string &text) { return std::find(g.cache.begin(), g.cache.end(), text) != g.cache.end(); }

// ---------------------------------------------------------------------------
// GRAPH.QUERY / RO_QUERY / EXPLAIN
// ---------------------------------------------------------------------------

enum class Cmd { Query, RoQuery, Explain };

int queryCommand(RedisModuleCtx *ctx, RedisModuleString **argv, int argc, Cmd cmd) {
    auto t0 = std::chrono::steady_clock::now();
    if (argc < 3 || argc > 8) return RedisModule_WrongArity(ctx);
    bool compact = false;
    int64_t timeoutCfg = cfg("TIMEOUT_DEFAULT"), maxTimeout = cfg("TIMEOUT_MAX");
    bool timeoutRw = false;
    int64_t timeout;
    if (maxTimeout != 0 || timeoutCfg != 0) {
        timeoutRw = true;
        timeout = timeoutCfg != 0 ? timeoutCfg : maxTimeout;
    } else {
        timeout = cfg("TIMEOUT");
    }
    for (int i = 3; i < argc; i++) {
        std::string a = argStr(argv[i]);
        if (!strcasecmp(a.c_str(), "--compact")) compact = true;
        else if (!strcasecmp(a.c_str(), "timeout")) {
            bool okParse = false;
            long long v = 0;
            if (i < argc - 1) {
                i++;
                okParse = RedisModule_StringToLongLong(argv[i], &v) == REDISMODULE_OK;
                if (okParse && maxTimeout != 0 && v > maxTimeout)
                    return RedisModule_ReplyWithError(ctx, "The query TIMEOUT parameter value cannot exceed the TIMEOUT_MAX configuration parameter value");
                if (okParse) {
                    timeout = v;
                    if (v == 0 && timeoutRw) timeout = timeoutCfg != 0 ? timeoutCfg : maxTimeout;
                }
            }
            if (!okParse || v < 0) return RedisModule_ReplyWithError(ctx, "Failed to parse query timeout value");
        } else if (!strcasecmp(a.c_str(), "version")) {
            long long v = -1;
            bool okParse = false;
            if (i < argc - 1) {
                i++;
                okParse = RedisModule_StringToLongLong(argv[i], &v) == REDISMODULE_OK;
            }
            if (!okParse || v < 0 || v > (long long)UINT32_MAX) return RedisModule_ReplyWithError(ctx, "Failed to parse graph version value");
        }
    }

    OpenedKey ok;
    openGraph(ctx, argv[1], cmd == Cmd::Query, ok);
    if (ok.state == KeyState::WrongType) return RedisModule_ReplyWithError(ctx, kWrongType);
    if (ok.state == KeyState::Missing) {
        if (cmd != Cmd::Query) return RedisModule_ReplyWithError(ctx, kEmptyKey);
        createGraph(ok, argv[1]);
    }
    Graph &g = *ok.graph;

    std::string full = argStr(argv[2]);
    Params params;
    size_t off = parseParams(full, params);
    std::string text = full.substr(off);
    if (full.empty() || text.empty()) return RedisModule_ReplyWithError(ctx, "Error: empty query.");

    bool cached = inCache(g, text);
    Statement st;
    try {
        st = parseQuery(text);
    } catch (const QueryError &e) {
        return RedisModule_ReplyWithError(ctx, e.what());
    }
    if (!st.isIndexOp) touchCache(g, text, cached);
    else cached = false;

    if (cmd == Cmd::Explain) {
        auto lines = explainPlan(st);
        RedisModule_ReplyWithArray(ctx, (long)lines.size());
        for (auto &l : lines) replyStr(ctx, l);
        return REDISMODULE_OK;
    }

    bool write = isWriteStatement(st);
    if (cmd == Cmd::RoQuery && write) return RedisModule_ReplyWithError(ctx, "graph.RO_QUERY is to be executed only on read-only queries");

    ExecOptions opt;
    opt.resultsetSize = cfg("RESULTSET_SIZE");
    opt.rowDelayUs = g_rowDelayUs;
    opt.version = g_version;
    bool enforce = timeout != 0 && !st.isIndexOp && (!write || timeoutRw);
    opt.timeoutMs = enforce ? timeout : 0;
    Result r;
    try {
        r = execute(g, st, params, opt);
    } catch (const QueryError &e) {
        return RedisModule_ReplyWithError(ctx, e.what());
    }
    replyResult(ctx, g, r, compact, cached, elapsedMs(t0));
    if (write) RedisModule_ReplicateVerbatim(ctx);
    return REDISMODULE_OK;
}

int cmdQuery(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) { return queryCommand(ctx, argv, argc, Cmd::Query); }
int cmdRoQuery(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) { return queryCommand(ctx, argv, argc, Cmd::RoQuery); }
int cmdExplain(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) { return queryCommand(ctx, argv, argc, Cmd::Explain); }

// ---------------------------------------------------------------------------
// admin commands
// ---------------------------------------------------------------------------

int cmdDelete(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    if (argc != 2) return RedisModule_WrongArity(ctx);
    OpenedKey ok;
    openGraph(ctx, argv[1], true, ok);
    if (ok.state == KeyState::Missing) return RedisModule_ReplyWithError(ctx, kEmptyKey);
    if (ok.state == KeyState::WrongType) return RedisModule_ReplyWithError(ctx, kWrongType);
    RedisModule_DeleteKey(ok.key);
    RedisModule_ReplicateVerbatim(ctx);
    return RedisModule_ReplyWithSimpleString(ctx, "OK");
}

void listScanCb(RedisModuleCtx *, RedisModuleString *keyname, RedisModuleKey *key, void *priv) {
    auto *names = static_cast<std::vector<std::string> *>(priv);
    if (!key) return;
    if (RedisModule_KeyType(key) == REDISMODULE_KEYTYPE_MODULE && RedisModule_ModuleTypeGetType(key) == GraphType)
        names->push_back(argStr(keyname));
}

int cmdList(RedisModuleCtx *ctx, RedisModuleString **, int argc) {
    if (argc != 1) return RedisModule_WrongArity(ctx);
    std::vector<std::string> names;
    RedisModuleScanCursor *cur = RedisModule_ScanCursorCreate();
    while (RedisModule_Scan(ctx, cur, listScanCb, &names)) {
    }
    RedisModule_ScanCursorDestroy(cur);
    RedisModule_ReplyWithArray(ctx, (long)names.size());
    for (auto &n : names) RedisModule_ReplyWithStringBuffer(ctx, n.data(), n.size());
    return REDISMODULE_OK;
}

int cmdCopy(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    if (argc != 3) return RedisModule_WrongArity(ctx);
    OpenedKey src;
    openGraph(ctx, argv[1], false, src);
    if (src.state == KeyState::Missing) return RedisModule_ReplyWithError(ctx, kEmptyKey);
    if (src.state == KeyState::WrongType) return RedisModule_ReplyWithError(ctx, kWrongType);
    OpenedKey dst;
    openGraph(ctx, argv[2], true, dst);
    if (dst.state != KeyState::Missing) return RedisModule_ReplyWithError(ctx, "destination key already exists");
    std::unique_ptr<Graph> copy;
    try {
        copy = Graph::deserialize(src.graph->serialize());
    } catch (const QueryError &) {
        return RedisModule_ReplyWithError(ctx, "copy failed");
    }
    copy->name = argStr(argv[2]);
    RedisModule_ModuleTypeSetValue(dst.key, GraphType, copy.release());
    RedisModule_ReplicateVerbatim(ctx);
    return RedisModule_ReplyWithStringBuffer(ctx, "OK", 2);  // bulk "OK", as recorded
}

int cmdRestore(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    if (argc != 3) return RedisModule_WrongArity(ctx);
    OpenedKey dst;
    openGraph(ctx, argv[1], true, dst);
    if (dst.state != KeyState::Missing) return RedisModule_ReplyWithError(ctx, "restore graph failed, key already exists");
    std::unique_ptr<Graph> g;
    try {
        g = Graph::deserialize(argStr(argv[2]));
    } catch (const QueryError &) {
        return RedisModule_ReplyWithError(ctx, "restore graph failed");
    }
    g->name = argStr(argv[1]);
    RedisModule_ModuleTypeSetValue(dst.key, GraphType, g.release());
    RedisModule_ReplicateVerbatim(ctx);
    return RedisModule_ReplyWithSimpleString(ctx, "OK");
}

int cmdInfo(RedisModuleCtx *ctx, RedisModuleString **, int) {
    bool pool = g_version >= 41000;
    RedisModule_ReplyWithArray(ctx, pool ? 6 : 4);
    replyStr(ctx, "# Running queries");
    RedisModule_ReplyWithArray(ctx, 0);
    replyStr(ctx, "# Waiting queries");
    RedisModule_ReplyWithArray(ctx, 0);
    if (pool) {
        replyStr(ctx, "Object Pool");
        RedisModule_ReplyWithArray(ctx, 2);
        RedisModule_ReplyWithArray(ctx, 2);
        replyStr(ctx, "Unique Objects in Pool");
        RedisModule_ReplyWithLongLong(ctx, 0);
        RedisModule_ReplyWithArray(ctx, 2);
        replyStr(ctx, "Average References per Object");
        replyStr(ctx, "0");
    }
    return REDISMODULE_OK;
}

void replyConfigEntry(RedisModuleCtx *ctx, const ConfigEntry &c, const char *name) {
    RedisModule_ReplyWithArray(ctx, 2);
    replyStr(ctx, name);
    if (c.isString) replyStr(ctx, c.str);
    else RedisModule_ReplyWithLongLong(ctx, c.value);
}

bool setConfigValue(ConfigEntry &c, const char *val, bool apply) {
    if (c.isString) {
        if (apply) c.str = val;
        return true;
    }
    long long v;
    if (!strcasecmp(c.name, "ASYNC_DELETE") || !strcasecmp(c.name, "CMD_INFO") || !strcasecmp(c.name, "DELAY_INDEXING")) {
        if (!strcasecmp(val, "yes") || !strcasecmp(val, "true") || !strcmp(val, "1")) v = 1;
        else if (!strcasecmp(val, "no") || !strcasecmp(val, "false") || !strcmp(val, "0")) v = 0;
        else return false;
    } else {
        if (!parseLL(val, v)) return false;
        bool unlimitedAllowed = !strcasecmp(c.name, "RESULTSET_SIZE") || !strcasecmp(c.name, "MAX_QUEUED_QUERIES");
        if (v < 0) {
            if (!unlimitedAllowed) return false;
            v = -1;
        }
    }
    if (apply) c.value = v;
    return true;
}

int cmdConfig(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    if (argc < 3) return RedisModule_WrongArity(ctx);
    std::string action = argStr(argv[1]);
    if (!strcasecmp(action.c_str(), "GET")) {
        if (argc != 3) return RedisModule_WrongArity(ctx);
        std::string name = argStr(argv[2]);
        if (name == "*") {
            long n = 0;
            for (auto &c : config) if (g_version >= c.minVersion) n++;
            RedisModule_ReplyWithArray(ctx, n);
            for (auto &c : config) if (g_version >= c.minVersion) replyConfigEntry(ctx, c, c.name);
            return REDISMODULE_OK;
        }
        if (!strcasecmp(name.c_str(), "STANDIN_ROW_DELAY_US")) {
            RedisModule_ReplyWithArray(ctx, 2);
            replyStr(ctx, name);
            return RedisModule_ReplyWithLongLong(ctx, g_rowDelayUs);
        }
        ConfigEntry *c = findConfig(name.c_str());
        if (!c) return RedisModule_ReplyWithError(ctx, "Unknown configuration field");
        replyConfigEntry(ctx, *c, name.c_str());
        return REDISMODULE_OK;
    }
    if (!strcasecmp(action.c_str(), "SET")) {
        if (argc % 2 != 0) return RedisModule_WrongArity(ctx);
        // validate everything first
        for (int i = 2; i < argc; i += 2) {
            std::string name = argStr(argv[i]), val = argStr(argv[i + 1]);
            if (!strcasecmp(name.c_str(), "STANDIN_ROW_DELAY_US")) {
                long long v;
                if (!parseLL(val.c_str(), v) || v < 0) return RedisModule_ReplyWithError(ctx, ("Failed to set config value " + name + " to " + val).c_str());
                continue;
            }
            ConfigEntry *c = findConfig(name.c_str());
            if (!c) return RedisModule_ReplyWithError(ctx, "Unknown configuration field");
            if (!c->runtime) return RedisModule_ReplyWithError(ctx, "This configuration parameter cannot be set at run-time");
            if (!setConfigValue(*c, val.c_str(), false))
                return RedisModule_ReplyWithError(ctx, ("Failed to set config value " + name + " to " + val).c_str());
        }
        for (int i = 2; i < argc; i += 2) {
            std::string name = argStr(argv[i]), val = argStr(argv[i + 1]);
            if (!strcasecmp(name.c_str(), "STANDIN_ROW_DELAY_US")) {
                long long v = 0;
                parseLL(val.c_str(), v);
                g_rowDelayUs = v;
                continue;
            }
            setConfigValue(*findConfig(name.c_str()), val.c_str(), true);
        }
        return RedisModule_ReplyWithSimpleString(ctx, "OK");
    }
    return RedisModule_ReplyWithError(ctx, "Unknown subcommand for GRAPH.CONFIG");
}

bool validName(const std::string &s) {
    if (s.empty() || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
    for (char c : s)
        if (!(isalnum((unsigned char)c) || c == '_' || c == '$')) return false;
    return true;
}

int cmdConstraint(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    if (argc < 8) return RedisModule_WrongArity(ctx);
    std::string op = argStr(argv[1]), type = argStr(argv[3]), et = argStr(argv[4]), label = argStr(argv[5]), kw = argStr(argv[6]);
    bool create;
    if (!strcasecmp(op.c_str(), "CREATE")) create = true;
    else if (!strcasecmp(op.c_str(), "DROP")) create = false;
    else return RedisModule_ReplyWithError(ctx, "Invalid constraint operation");
    bool unique;
    if (!strcasecmp(type.c_str(), "UNIQUE")) unique = true;
    else if (!strcasecmp(type.c_str(), "MANDATORY")) unique = false;
    else return RedisModule_ReplyWithError(ctx, "Invalid constraint type");
    bool node;
    if (!strcasecmp(et.c_str(), "NODE")) node = true;
    else if (!strcasecmp(et.c_str(), "RELATIONSHIP")) node = false;
    else return RedisModule_ReplyWithError(ctx, "Invalid constraint entity type");
    if (!validName(label)) return RedisModule_ReplyWithError(ctx, ("Label name " + label + " is invalid").c_str());
    long long n = 0;
    if (strcasecmp(kw.c_str(), "PROPERTIES") != 0) return RedisModule_ReplyWithError(ctx, "missing PROPERTIES argument");
    if (RedisModule_StringToLongLong(argv[7], &n) != REDISMODULE_OK || n < 1 || n > 255)
        return RedisModule_ReplyWithError(ctx, "Number of properties must be an integer between 1 and 255");
    if (argc - 8 != n) return RedisModule_ReplyWithError(ctx, "Number of properties doesn't match property count");
    std::vector<std::string> props;
    for (int i = 8; i < argc; i++) {
        props.push_back(argStr(argv[i]));
        if (!validName(props.back())) return RedisModule_ReplyWithError(ctx, ("Property name " + props.back() + " is invalid").c_str());
    }
    OpenedKey ok;
    openGraph(ctx, argv[2], true, ok);
    if (ok.state == KeyState::WrongType) return RedisModule_ReplyWithError(ctx, kWrongType);
    if (ok.state == KeyState::Missing) {
        if (!create) return RedisModule_ReplyWithError(ctx, "Unable to drop constraint, no such constraint.");
        createGraph(ok, argv[2]);
    }
    Graph &g = *ok.graph;
    if (!create) {
        std::vector<int> ids;
        for (auto &p : props) ids.push_back(g.attrId(p));
        std::sort(ids.begin(), ids.end());
        for (size_t k = 0; k < g.constraints.size(); k++) {
            auto &c = g.constraints[k];
            std::vector<int> cids(c.attrIds.begin(), c.attrIds.end());
            if (c.unique == unique && c.node == node && c.label == label && cids == ids) {
                g.constraints.erase(g.constraints.begin() + (long)k);
                RedisModule_ReplicateVerbatim(ctx);
                return RedisModule_ReplyWithSimpleString(ctx, "OK");
            }
        }
        return RedisModule_ReplyWithError(ctx, "Unable to drop constraint, no such constraint.");
    }
    size_t attrsBefore = g.attrs.size(), labelsBefore = g.labels.size(), typesBefore = g.types.size();
    auto rollback = [&] {
        while (g.attrs.size() > attrsBefore) { g.attrIdx.erase(g.attrs.back()); g.attrs.pop_back(); }
        while (g.labels.size() > labelsBefore) { g.labelIds.erase(g.labels.back()); g.labels.pop_back(); g.labelNodes.pop_back(); }
        while (g.types.size() > typesBefore) { g.typeIds.erase(g.types.back()); g.types.pop_back(); g.typeEdgeCount.pop_back(); }
    };
    std::vector<std::pair<uint16_t, std::string>> ids;
    for (auto &p : props) ids.emplace_back((uint16_t)g.addAttr(p), p);
    std::sort(ids.begin(), ids.end());
    for (size_t k = 1; k < ids.size(); k++)
        if (ids[k].first == ids[k - 1].first) { rollback(); return RedisModule_ReplyWithError(ctx, "Properties cannot contain duplicates"); }
    if (node) g.addLabel(label);
    else g.addType(label);
    ConstraintDef cd;
    cd.unique = unique;
    cd.node = node;
    cd.label = label;
    for (auto &x : ids) { cd.attrIds.push_back(x.first); cd.props.push_back(x.second); }
    for (auto &c : g.constraints)
        if (c.unique == unique && c.node == node && c.label == label && c.attrIds == cd.attrIds) {
            rollback();
            return RedisModule_ReplyWithError(ctx, "Constraint already exists");
        }
    if (unique) {
        IndexDef *ix = g.findIndex(node, label);
        bool okIdx = ix != nullptr;
        for (auto &p : cd.props) {
            bool has = false;
            if (ix) for (auto &f : ix->fields) if (f.name == p && f.range) has = true;
            okIdx = okIdx && has;
        }
        if (!okIdx) { rollback(); return RedisModule_ReplyWithError(ctx, "missing supporting exact-match index"); }
    }
    g.constraints.push_back(cd);
    RedisModule_ReplicateVerbatim(ctx);
    return RedisModule_ReplyWithSimpleString(ctx, "PENDING");
}

// ---------------------------------------------------------------------------
// data type callbacks
// ---------------------------------------------------------------------------

void *typeLoad(RedisModuleIO *rdb, int encver) {
    if (encver != 1) return nullptr;
    size_t len = 0;
    char *buf = RedisModule_LoadStringBuffer(rdb, &len);
    if (!buf) return nullptr;
    std::string blob(buf, len);
    RedisModule_Free(buf);
    try {
        return Graph::deserialize(blob).release();
    } catch (...) {
        return nullptr;
    }
}

void typeSave(RedisModuleIO *rdb, void *value) {
    std::string blob = static_cast<Graph *>(value)->serialize();
    RedisModule_SaveStringBuffer(rdb, blob.data(), blob.size());
}

void typeAofRewrite(RedisModuleIO *aof, RedisModuleString *key, void *value) {
    std::string blob = static_cast<Graph *>(value)->serialize();
    RedisModule_EmitAOF(aof, "GRAPH.RESTORE", "sb", key, blob.data(), blob.size());
}

size_t typeMemUsage(const void *value) {
    const Graph *g = static_cast<const Graph *>(value);
    return sizeof(Graph) + g->nodes.size() * sizeof(NodeRec) + g->edges.size() * sizeof(EdgeRec);
}

void typeFree(void *value) { delete static_cast<Graph *>(value); }

}  // namespace

extern "C" __attribute__((visibility("default"))) int RedisModule_OnLoad(RedisModuleCtx *ctx, RedisModuleString **argv, int argc) {
    // module arguments first: STANDIN_VERSION decides the registered version
    if (StandinFetchApi(ctx) != REDISMODULE_OK) return REDISMODULE_ERR;
    std::vector<std::pair<std::string, std::string>> args;
    for (int i = 0; i + 1 < argc; i += 2) args.emplace_back(argStr(argv[i]), argStr(argv[i + 1]));
    if (argc % 2) {
        // argument strings are read below; an odd count is an error
    }
    for (auto &a : args)
        if (!strcasecmp(a.first.c_str(), "STANDIN_VERSION")) g_version = atoi(a.second.c_str());
    if (StandinModuleInit(ctx, "graph", g_version) != REDISMODULE_OK) return REDISMODULE_ERR;
    if (argc % 2) {
        RedisModule_Log(ctx, "warning", "falkordb stand-in: module arguments must come in name/value pairs");
        return REDISMODULE_ERR;
    }
    for (auto &a : args) {
        if (!strcasecmp(a.first.c_str(), "STANDIN_VERSION")) continue;
        if (!strcasecmp(a.first.c_str(), "STANDIN_ROW_DELAY_US")) { g_rowDelayUs = atoll(a.second.c_str()); continue; }
        ConfigEntry *c = findConfig(a.first.c_str());
        if (!c || !setConfigValue(*c, a.second.c_str(), true)) {
            RedisModule_Log(ctx, "warning", "falkordb stand-in: bad module argument %s %s", a.first.c_str(), a.second.c_str());
            return REDISMODULE_ERR;
        }
    }

    RedisModuleTypeMethods tm;
    memset(&tm, 0, sizeof tm);
    tm.version = REDISMODULE_TYPE_METHOD_VERSION_1;
    tm.rdb_load = typeLoad;
    tm.rdb_save = typeSave;
    tm.aof_rewrite = typeAofRewrite;
    tm.mem_usage = typeMemUsage;
    tm.free = typeFree;
    GraphType = RedisModule_CreateDataType(ctx, "graphdata", 1, &tm);
    if (!GraphType) return REDISMODULE_ERR;

    struct C { const char *name; RedisModuleCmdFunc f; const char *flags; int fk, lk, step; };
    const C cmds[] = {
        {"graph.QUERY", cmdQuery, "write deny-oom deny-script", 1, 1, 1},
        {"graph.RO_QUERY", cmdRoQuery, "readonly deny-script", 1, 1, 1},
        {"graph.EXPLAIN", cmdExplain, "write deny-oom deny-script", 1, 1, 1},
        {"graph.DELETE", cmdDelete, "write deny-script", 1, 1, 1},
        {"graph.LIST", cmdList, "readonly deny-script", 0, 0, 0},
        {"graph.COPY", cmdCopy, "write deny-oom deny-script", 1, 2, 1},
        {"graph.RESTORE", cmdRestore, "write deny-oom deny-script", 1, 1, 1},
        {"graph.CONFIG", cmdConfig, "readonly deny-script allow-loading", 0, 0, 0},
        {"graph.CONSTRAINT", cmdConstraint, "write deny-oom deny-script", 2, 2, 1},
        {"graph.INFO", cmdInfo, "readonly deny-script allow-busy", 0, 0, 0},
    };
    for (auto &c : cmds)
        if (RedisModule_CreateCommand(ctx, c.name, c.f, c.flags, c.fk, c.lk, c.step) != REDISMODULE_OK) return REDISMODULE_ERR;
    return REDISMODULE_OK;
}
